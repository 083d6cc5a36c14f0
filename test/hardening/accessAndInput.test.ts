import * as decoding from 'lib0/decoding'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import type { DocumentId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import { MessageType } from '../../shared/sync/protocol'
import { addToTeam, createDocument, createMatter, createUser, request, type TestUser } from '../support/factories'
import { appendParagraph, connectClient, eventually, nextClose, whenSynced, type SyncClient } from '../support/syncClient'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let admin: TestUser
const clients: SyncClient[] = []

beforeAll(async () => {
  server = await startTestServer()
  admin = await createUser(server.url, server.store, { role: 'admin' })
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(() => server.dispose())

/** An agent on a new matter's team, editing its claim set over a socket that speaks Claimroom's messages. */
async function editingAgent() {
  const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: admin.workspaceId })
  const matter = await createMatter(server.url, admin)
  await addToTeam(server.store, matter.id, agent, 'agent')
  const document = await createDocument(server.url, admin, matter.id)
  const client = connectClient(server.url, document.id, agent.token, { acks: '1' })
  clients.push(client)
  const access: boolean[] = []
  client.provider.messageHandlers[MessageType.Access] = (_encoder, decoder) => {
    access.push(decoding.readVarUint(decoder) === 1)
  }
  await whenSynced(client)
  return { agent, matter, document, client, access }
}

async function storedText(documentId: string): Promise<string> {
  return (await server.sync.currentState(documentId as DocumentId)).getXmlFragment(BODY_FIELD).toString()
}

describe('revocation on open sockets', () => {
  it('closes a member’s socket with 4403 the moment an admin removes them from the workspace', async () => {
    const { agent, document, client } = await editingAgent()
    const closed = nextClose(client)
    const removed = await request(server.url, 'DELETE', `/api/workspaces/${admin.workspaceId}/members/${agent.id}`, { token: admin.token })
    expect(removed.status).toBe(200)
    expect(await closed).toBe(CloseCode.AccessRevoked)
    appendParagraph(client.doc, 'written after removal')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await storedText(document.id)).not.toContain('written after removal')
  })

  it('turns an agent’s socket read-only when the team makes them a reviewer, and tells the client', async () => {
    const { agent, matter, document, client, access } = await editingAgent()
    appendParagraph(client.doc, 'written as agent')
    const team = await request(server.url, 'PUT', `/api/matters/${matter.id}/members`, {
      token: admin.token,
      body: { members: [{ userId: agent.id, role: 'reviewer' }] },
    })
    expect(team.status).toBe(200)
    await eventually(() => access.at(-1) === false, 'read-only access message')
    appendParagraph(client.doc, 'written as reviewer')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const text = await storedText(document.id)
    expect(text).toContain('written as agent')
    expect(text).not.toContain('written as reviewer')
    expect(client.provider.wsconnected).toBe(true)
  })

  it('lets only admins change workspace roles (403 for a lead, 404 outside the workspace)', async () => {
    const lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: admin.workspaceId })
    const stranger = await createUser(server.url, server.store, { role: 'admin' })
    const path = `/api/workspaces/${admin.workspaceId}/members/${lead.id}`
    expect((await request(server.url, 'PUT', path, { token: lead.token, body: { role: 'admin' } })).status).toBe(403)
    expect((await request(server.url, 'PUT', path, { token: stranger.token, body: { role: 'admin' } })).status).toBe(404)
    expect((await request(server.url, 'PUT', path, { token: admin.token, body: { role: 'owner' } })).status).toBe(400)
    expect((await request(server.url, 'PUT', path, { token: admin.token, body: { role: 'reviewer' } })).status).toBe(200)
    const members = await request<{ members: { userId: string; role: string }[] }>(server.url, 'GET', `/api/workspaces/${admin.workspaceId}/members`, { token: lead.token })
    expect(members.body.members.find((m) => m.userId === lead.id)?.role).toBe('reviewer')
  })
})

describe('text with a broken character', () => {
  it('is refused with 400 rather than stored changed', async () => {
    const response = await request(server.url, 'POST', '/api/matters', {
      token: admin.token,
      rawBody: '{"title":"bad \\ud800 title"}',
    })
    expect(response.status).toBe(400)
    expect((response.body as { error: { message: string } }).error.message).toContain('title: text holds a broken character')
    const good = await request(server.url, 'POST', '/api/matters', { token: admin.token, body: { title: '好 😀 title' } })
    expect(good.status).toBe(201)
    expect((good.body as { title: string }).title).toBe('好 😀 title')
  })
})

describe('API responses', () => {
  it('are never sniffed or cached', async () => {
    const response = await request(server.url, 'GET', '/api/auth/me', { token: admin.token })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
