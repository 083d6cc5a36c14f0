import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, TEST_PASSWORD, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let owner: TestUser

beforeAll(async () => {
  server = await startTestServer()
  owner = await createUser(server.url, server.store, { role: 'agent' })
})
afterAll(() => server.dispose())

/** A sign-in sent from a chosen loopback address, as a client elsewhere would appear. */
function signInFrom(localAddress: string, email: string, password: string): Promise<number> {
  const url = new URL('/api/auth/login', server.url)
  const body = JSON.stringify({ email, password })
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length

describe('sign-in limits', () => {
  it('counts 40 concurrent wrong passwords before hashing, and locks out the guesser’s address, not the owner', async () => {
    const statuses = await Promise.all(Array.from({ length: 40 }, () => signInFrom('127.0.0.3', owner.email, 'wrong')))
    expect(count(statuses, 401) + count(statuses, 429)).toBe(40)
    // Guessing on, one at a time: the tenth failure in all is the last one checked.
    for (let i = 0; i < 12; i++) statuses.push(await signInFrom('127.0.0.3', owner.email, 'wrong'))
    expect(count(statuses, 401)).toBe(10)
    expect(await signInFrom('127.0.0.3', owner.email, TEST_PASSWORD)).toBe(429)
    // The owner, elsewhere, signs in as usual.
    expect(await signInFrom('127.0.0.4', owner.email, TEST_PASSWORD)).toBe(200)
  })

  it('refuses a flood from one address at once instead of queueing its hashes, so a real sign-in goes through', async () => {
    const flood = Array.from({ length: 150 }, (_, i) => signInFrom('127.0.0.5', `nobody${i}@test.example`, 'guess'))
    const real = signInFrom('127.0.0.6', owner.email, TEST_PASSWORD)
    const statuses = await Promise.all(flood)
    // One check at a time per address: nearly all of the flood is refused unhashed.
    expect(count(statuses, 429)).toBeGreaterThanOrEqual(140)
    expect(await real).toBe(200)
  })
})
