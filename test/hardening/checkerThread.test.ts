import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_CLAIMS_TEXT } from '../../server/routes/analyzeRoutes'
import { createUser, request, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let agent: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
})
afterAll(() => server.dispose())

/** A long claim set: many claims, each referring back and introducing terms. */
function longClaims(characters: number): string {
  const claims: string[] = []
  for (let n = 1; claims.join('\n').length < characters; n++) {
    claims.push(n === 1
      ? '1. A device comprising a housing, a lever pivotable about a pin, and a spring biasing the lever.'
      : `${n}. The device according to claim ${n - 1}, wherein the lever has a first arm and a second arm of a length of about ${n} mm.`)
  }
  return claims.join('\n').slice(0, characters)
}

describe('the drafting checker on its own thread', () => {
  it('answers /healthz while a long claim set is analysed', async () => {
    const order: string[] = []
    const analysis = request(server.url, 'POST', '/api/analyze/claims', {
      token: agent.token,
      body: { text: longClaims(120_000), jurisdiction: 'US' },
    }).then((response) => {
      order.push('analysis')
      return response
    })
    // Let the request reach the server before asking for health.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const health = await fetch(`${server.url}/healthz`)
    order.push('healthz')
    const response = await analysis
    expect(health.status).toBe(200)
    expect(response.status).toBe(200)
    expect((response.body as { claims: unknown[] }).claims.length).toBeGreaterThan(500)
    expect(order).toEqual(['healthz', 'analysis'])
  })

  it('refuses a claims text over the cap with 400', async () => {
    const response = await request(server.url, 'POST', '/api/analyze/claims', {
      token: agent.token,
      body: { text: 'x'.repeat(MAX_CLAIMS_TEXT + 1), jurisdiction: 'CN' },
    })
    expect(response.status).toBe(400)
  })
})
