import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, MatterDetail, MatterView } from '../shared/domain/api'
import { addToTeam, createDocument, createMatter, createUser, request, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let agent: TestUser
let reviewer: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
  reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
})
afterAll(() => server.dispose())

describe('renaming and archiving', () => {
  it('renames and archives a matter, hides it from the list but keeps it, and records both in the archive', async () => {
    const matter = await createMatter(server.url, agent, 'Old title')
    const renamed = await request<MatterView>(server.url, 'PATCH', `/api/matters/${matter.id}`, { token: agent.token, body: { title: 'New title' } })
    expect(renamed.status).toBe(200)
    expect(renamed.body.title).toBe('New title')
    const archived = await request<MatterView>(server.url, 'PATCH', `/api/matters/${matter.id}`, { token: agent.token, body: { archived: true } })
    expect(archived.body.archivedAt).not.toBeNull()

    const listed = await request<{ matters: MatterView[] }>(server.url, 'GET', '/api/matters', { token: agent.token })
    expect(listed.body.matters.map((m) => m.id)).not.toContain(matter.id)
    const all = await request<{ matters: MatterView[] }>(server.url, 'GET', '/api/matters?archived=1', { token: agent.token })
    expect(all.body.matters.find((m) => m.id === matter.id)?.title).toBe('New title')
    expect((await request(server.url, 'GET', `/api/matters/${matter.id}`, { token: agent.token })).status).toBe(200)

    const restored = await request<MatterView>(server.url, 'PATCH', `/api/matters/${matter.id}`, { token: agent.token, body: { archived: false } })
    expect(restored.body.archivedAt).toBeNull()
    const archive = await request<{ entries: { kind: string; from: string | null; to: string | null }[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: agent.token })
    expect(archive.body.entries.map((e) => [e.kind, e.from, e.to])).toEqual(
      expect.arrayContaining([
        ['matter.renamed', 'Old title', 'New title'],
        ['matter.archived', 'active', 'archived'],
        ['matter.archived', 'archived', 'active'],
      ]),
    )
  })

  it('renames and archives a document for those who run the matter, 403 for a reviewer, 400 for an empty change', async () => {
    const matter = await createMatter(server.url, agent)
    await addToTeam(server.store, matter.id, reviewer, 'reviewer')
    const document = await createDocument(server.url, agent, matter.id, 'claims', 'Claims v1')
    const path = `/api/documents/${document.id}`
    expect((await request(server.url, 'PATCH', path, { token: reviewer.token, body: { title: 'x' } })).status).toBe(403)
    expect((await request(server.url, 'PATCH', path, { token: agent.token, body: {} })).status).toBe(400)
    expect((await request(server.url, 'PATCH', path, { token: agent.token, body: { title: '   ' } })).status).toBe(400)
    const changed = await request<DocumentView>(server.url, 'PATCH', path, { token: agent.token, body: { title: 'Claims v2', archived: true } })
    expect(changed.status).toBe(200)
    expect(changed.body.title).toBe('Claims v2')
    const detail = await request<MatterDetail>(server.url, 'GET', `/api/matters/${matter.id}`, { token: agent.token })
    const listed = detail.body.documents.find((d) => d.id === document.id)!
    expect(listed.title).toBe('Claims v2')
    expect(listed.archivedAt).not.toBeNull()
    // Archived, not deleted: it still opens.
    expect((await request(server.url, 'GET', path, { token: reviewer.token })).status).toBe(200)
    // The archive has the document from its making on.
    const archive = await request<{ entries: { kind: string; documentId: string | null; to: string | null }[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: agent.token })
    expect(archive.headers.get('content-disposition')).toBe(`attachment; filename="archive-${matter.id}.json"`)
    expect(archive.body.entries.filter((e) => e.documentId === document.id).map((e) => [e.kind, e.to])).toEqual([
      ['document.created', 'claims'],
      ['document.renamed', 'Claims v2'],
      ['document.archived', 'archived'],
    ])
  })
})
