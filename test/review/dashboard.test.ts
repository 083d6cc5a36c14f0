import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import type { DashboardResponse } from '../../shared/review/reviewApi'
import { createDocument as createStoredDocument } from '../../server/documents/createDocument'
import { newId } from '../../server/newId'
import { demoOfficeActionReply } from '../../server/seed/demoContent'
import { approvedClaimSet, createDocument, createMatter, createUser, request, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let agent: TestUser
let lead: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
  lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
})
afterAll(() => server.dispose())

const dashboard = (user: TestUser, query = '') =>
  request<DashboardResponse>(server.url, 'GET', `/api/dashboard${query}`, { token: user.token })

describe('the portfolio dashboard', () => {
  it('shows leads every matter with state, next deadline, open errors, lowest score and who holds the ball', async () => {
    const quiet = await createMatter(server.url, agent, 'B quiet matter')
    await createDocument(server.url, agent, quiet.id, 'disclosure')
    const busy = await createMatter(server.url, agent, 'A matter in prosecution')
    const record = (await server.store.findMatter(busy.id as MatterId))!
    await createStoredDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'oa-reply', title: 'Reply', content: demoOfficeActionReply() })
    await approvedClaimSet(server.url, server.store, lead, busy.id)
    for (const to of ['evaluation', 'drafting', 'review', 'approved', 'filed', 'office-action']) {
      expect((await request(server.url, 'POST', `/api/matters/${busy.id}/transitions`, { token: lead.token, body: { to } })).status).toBe(200)
    }
    const response = await dashboard(lead)
    expect(response.status).toBe(200)
    const rows = response.body.matters
    expect(rows.map((m) => m.id)).toEqual([busy.id, quiet.id])
    expect(rows[0]).toMatchObject({ state: 'office-action', nextDeadline: '2027-01-01', ballHolder: 'agent', passLine: 70 })
    expect(rows[1]).toMatchObject({ state: 'disclosure', nextDeadline: null, ballHolder: 'inventor' })
    // The agent, who has no dashboard, reads the same deadline in the matters list and on the matter.
    const listed = await request<{ matters: { id: string; replyDeadline: string | null }[] }>(server.url, 'GET', '/api/matters', { token: agent.token })
    expect(listed.body.matters.find((m) => m.id === busy.id)?.replyDeadline).toBe('2027-01-01')
    expect(listed.body.matters.find((m) => m.id === quiet.id)?.replyDeadline).toBeNull()
    const detail = await request<{ replyDeadline: string | null }>(server.url, 'GET', `/api/matters/${busy.id}`, { token: agent.token })
    expect(detail.body.replyDeadline).toBe('2027-01-01')
    // The empty disclosure template lacks its required fields: errors, and a low score.
    expect(rows[1]!.openErrorFindings).toBeGreaterThan(0)
    expect(rows[1]!.checklistScore).toBeLessThan(70)
    expect(rows[1]!.documents[0]).toMatchObject({ kind: 'disclosure', reviewState: 'draft', approval: null })

    // By name too: the agent who opened the matter; nobody on the quiet matter's team is an inventor.
    expect(rows[0]!.ballHolderPeople.map((p) => p.id)).toContain(agent.id)
    expect(rows[1]!.ballHolderPeople).toEqual([])

    const filtered = await dashboard(lead, '?state=disclosure&sort=title')
    expect(filtered.body.matters.map((m) => m.id)).toEqual([quiet.id])
    expect((await dashboard(lead, '?sort=nonsense')).status).toBe(400)
  })

  it('gives a matter whose claim set was approved before the matter moved on to the lead, by name', async () => {
    const matter = await createMatter(server.url, agent, 'E matter approved at its disclosure step')
    await approvedClaimSet(server.url, server.store, lead, matter.id)
    const row = (await dashboard(lead)).body.matters.find((m) => m.id === matter.id)!
    expect(row).toMatchObject({ state: 'disclosure', ballHolder: 'lead' })
    const leads = (await server.store.team(matter.id as MatterId)).filter((p) => p.role === 'lead')
    expect(row.ballHolderPeople).toEqual(leads.map((p) => ({ id: p.userId, name: p.name })))
  })

  it('names each matter’s office and application number, and an approval given over failed checks', async () => {
    const matter = await createMatter(server.url, agent, 'F matter filed')
    await approvedClaimSet(server.url, server.store, lead, matter.id)
    for (const to of ['evaluation', 'drafting', 'review', 'approved']) {
      expect((await request(server.url, 'POST', `/api/matters/${matter.id}/transitions`, { token: lead.token, body: { to } })).status).toBe(200)
    }
    const filing = { to: 'filed', applicationNumber: '202611234567.8', filingDate: '2026-12-03' }
    expect((await request(server.url, 'POST', `/api/matters/${matter.id}/transitions`, { token: lead.token, body: filing })).status).toBe(200)
    const row = (await dashboard(lead)).body.matters.find((m) => m.id === matter.id)!
    expect(row).toMatchObject({ jurisdiction: 'CN', applicationNumber: '202611234567.8' })
    expect(row.documents).toEqual([expect.objectContaining({ kind: 'claims', approval: 'valid', approvalForced: true })])
  })

  it('leaves archived documents out of the open errors, the score and the list', async () => {
    const matter = await createMatter(server.url, agent, 'D matter with a draft set aside')
    const kept = await createDocument(server.url, agent, matter.id, 'disclosure')
    const setAside = await createDocument(server.url, agent, matter.id, 'disclosure')
    const before = (await dashboard(lead)).body.matters.find((m) => m.id === matter.id)!
    expect(before.documents).toHaveLength(2)
    expect((await request(server.url, 'PATCH', `/api/documents/${setAside.id}`, { token: lead.token, body: { archived: true } })).status).toBe(200)
    const after = (await dashboard(lead)).body.matters.find((m) => m.id === matter.id)!
    expect(after.documents.map((d) => d.id)).toEqual([kept.id])
    expect(after.openErrorFindings).toBe(before.openErrorFindings / 2)
  })

  it('opens for a portfolio with more documents than the checker takes waiting at once', async () => {
    const { body: before } = await dashboard(lead)
    const matter = await createMatter(server.url, agent, 'C matter with many drafts')
    for (let i = 0; i < 12; i++) await createDocument(server.url, agent, matter.id, i % 2 === 0 ? 'claims' : 'disclosure')
    const response = await dashboard(lead)
    expect(response.status).toBe(200)
    expect(response.body.matters).toHaveLength(before.matters.length + 1)
    expect(response.body.matters.find((m) => m.id === matter.id)!.documents).toHaveLength(12)
    // Opened again, nothing changed: the same rows.
    expect((await dashboard(lead)).body).toEqual(response.body)
  })

  it('still opens when one stored document cannot be read, and names that document as unreadable', async () => {
    const matter = await createMatter(server.url, agent, 'D matter with a damaged document')
    const damaged = await createDocument(server.url, agent, matter.id, 'claims')
    const sound = await createDocument(server.url, agent, matter.id, 'disclosure')
    // A row that decodes as nothing Yjs can apply, as a damaged disk or a bad migration would leave.
    await server.store.appendUpdates(damaged.id as DocumentId, [new Uint8Array([0xff, 0xff, 0xff, 0x01])])
    const response = await dashboard(lead)
    expect(response.status).toBe(200)
    const row = response.body.matters.find((m) => m.id === matter.id)!
    expect(row.documents.find((d) => d.id === damaged.id)).toMatchObject({ unreadable: true, score: null, approval: null })
    const readable = row.documents.find((d) => d.id === sound.id)!
    expect(readable).toMatchObject({ unreadable: false })
    expect(row.checklistScore).toBe(readable.score)
    // Every other matter is there as before.
    expect(response.body.matters.length).toBeGreaterThan(1)
    // Asked for on its own, the damaged document is named as unreadable, not as an internal error.
    const checklist = await request<{ error: { code: string; documentId: string } }>(server.url, 'GET', `/api/documents/${damaged.id}/checklist`, { token: lead.token })
    expect(checklist.status).toBe(500)
    expect(checklist.body.error).toMatchObject({ code: 'document_unreadable', documentId: damaged.id })
  })

  it('is refused to agents, inventors and reviewers (403)', async () => {
    expect((await dashboard(agent)).status).toBe(403)
  })
})
