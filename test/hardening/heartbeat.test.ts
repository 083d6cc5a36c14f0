import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../shared/sync/closeCodes'
import { createDocument, createMatter, createUser, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let agent: TestUser
let documentId: string

beforeAll(async () => {
  server = await startTestServer({ heartbeatMs: 100 })
  agent = await createUser(server.url, server.store, { role: 'agent' })
  documentId = (await createDocument(server.url, agent, (await createMatter(server.url, agent)).id)).id
})
afterAll(() => server.dispose())

function open(autoPong: boolean): Promise<WebSocket> {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${documentId}?token=${agent.token}`, { autoPong })
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

describe('the sync heartbeat', () => {
  it('closes a socket that answers no ping with 4008 and keeps one that answers', async () => {
    const silent = await open(false)
    const answering = await open(true)
    const code = await new Promise<number>((resolve) => silent.once('close', (c) => resolve(c)))
    expect(code).toBe(CloseCode.HeartbeatTimeout)
    // Several more intervals later the answering socket is still open.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(answering.readyState).toBe(WebSocket.OPEN)
    answering.close()
  })
})
