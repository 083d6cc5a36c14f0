import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ApprovalView, ArchiveEntryView, ChecklistResponse } from '../../shared/review/reviewApi'
import { CHECKLIST_TEMPLATES } from '../../shared/review/checklistTemplates'
import { addToTeam, createDocument, createMatter, createUser, request, storedClaimSet, type TestUser } from '../support/factories'
import { connectClient, followDurable, whenDurable, whenSynced, type SyncClient } from '../support/syncClient'
import { startTestServer, type TestServer } from '../support/testServer'
import { titleText } from './reviewSupport'

let server: TestServer
let agent: TestUser
let lead: TestUser
let reviewer: TestUser
const clients: SyncClient[] = []

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
  lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
  reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(() => server.dispose())

async function claimSet(): Promise<{ matterId: string; documentId: string }> {
  const matter = await createMatter(server.url, agent)
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  return { matterId: matter.id, documentId: (await createDocument(server.url, agent, matter.id, 'claims')).id }
}

const checklist = (user: TestUser, documentId: string, method = 'GET', body?: object) =>
  request<ChecklistResponse & { error?: { message: string } }>(server.url, method, `/api/documents/${documentId}/checklist`, { token: user.token, body })

const approve = (user: TestUser, documentId: string, body: object = {}) =>
  request<ApprovalView & { error?: { code: string; message: string; reasons?: string[] } }>(server.url, 'POST', `/api/documents/${documentId}/approvals`, {
    token: user.token,
    body,
  })

const approvals = async (documentId: string) =>
  (await request<{ approvals: ApprovalView[] }>(server.url, 'GET', `/api/documents/${documentId}/approvals`, { token: agent.token })).body.approvals

/** Marks every item people decide as passed. */
const passAll = (documentId: string) =>
  checklist(reviewer, documentId, 'PUT', {
    items: CHECKLIST_TEMPLATES.claims.filter((i) => !i.rule).map((i) => ({ id: i.id, state: 'pass', note: 'checked' })),
  })

describe('checklists', () => {
  it('lists the template of the kind with rule-bound items set by the checker, a score and the pass line 70', async () => {
    const { documentId } = await claimSet()
    const response = await checklist(agent, documentId)
    expect(response.status).toBe(200)
    expect(response.body.items.map((i) => i.id)).toEqual(CHECKLIST_TEMPLATES.claims.map((i) => i.id))
    expect(response.body.passLine).toBe(70)
    const ruleBound = response.body.items.filter((i) => i.rule)
    expect(ruleBound.length).toBeGreaterThan(0)
    expect(ruleBound.every((i) => i.setBy === 'checker')).toBe(true)
    // A new claim set's description and abstract are not written: support by the description and
    // the abstract's length are not judged, not passed.
    const support = ruleBound.find((i) => i.id === 'rule.support')!
    expect(support.state).toBe('open')
    expect(support.note).toBe('The description is not written yet: there is nothing to support the claims')
    const abstract = ruleBound.find((i) => i.id === 'rule.abstract-length')!
    expect(abstract).toMatchObject({ state: 'open', note: 'The abstract is not written yet' })
    expect(ruleBound.filter((i) => i !== support && i !== abstract).every((i) => i.state === 'pass' || i.state === 'fail')).toBe(true)
    const passedWeight = response.body.items.filter((i) => i.state === 'pass').reduce((sum, i) => sum + i.weight, 0)
    expect(response.body.score).toBe(passedWeight)
  })

  it('lets a reviewer set items with a note, who and when, and sums the score to 100 when all pass', async () => {
    const { matterId } = await claimSet()
    // Written, so that support by the description and the abstract's length are judged too.
    const documentId = (
      await storedClaimSet(server.store, matterId, ['一种装置，包括壳体。'], { description: ['本发明的装置包括壳体。'], abstract: ['本发明公开了一种装置，包括壳体。'] })
    ).id
    const response = await passAll(documentId)
    expect(response.status).toBe(200)
    const item = response.body.items.find((i) => i.id === 'quality.scope')!
    expect(item).toMatchObject({ state: 'pass', note: 'checked', setBy: reviewer.id })
    expect(item.setAt).toMatch(/^\d{4}-/)
    expect(response.body.score).toBe(100)
    const na = await checklist(reviewer, documentId, 'PUT', { items: [{ id: 'quality.categories', state: 'n/a' }] })
    expect(na.body.items.find((i) => i.id === 'quality.categories')).toMatchObject({ state: 'n/a', note: 'checked' })
    expect(na.body.score).toBe(100)
    const fail = await checklist(reviewer, documentId, 'PUT', { items: [{ id: 'quality.scope', state: 'fail', note: 'too narrow' }] })
    expect(fail.body.score).toBe(Math.round((75 / 90) * 100))
  })

  it('refuses an agent (403), a rule-bound item, an unknown item and an unknown state (400)', async () => {
    const { documentId } = await claimSet()
    expect((await checklist(agent, documentId, 'PUT', { items: [{ id: 'quality.scope', state: 'pass' }] })).status).toBe(403)
    const ruleBound = await checklist(reviewer, documentId, 'PUT', { items: [{ id: 'rule.antecedent-basis', state: 'pass' }] })
    expect(ruleBound.status).toBe(400)
    expect(ruleBound.body.error?.message).toMatch(/drafting checker/)
    expect((await checklist(reviewer, documentId, 'PUT', { items: [{ id: 'nope', state: 'pass' }] })).status).toBe(400)
    expect((await checklist(reviewer, documentId, 'PUT', { items: [{ id: 'quality.scope', state: 'done' }] })).status).toBe(400)
  })
})

describe('approvals', () => {
  it('refuses approval while required items are open or the score is under the pass line, naming why', async () => {
    const { documentId } = await claimSet()
    const refused = await approve(lead, documentId)
    expect(refused.status).toBe(409)
    expect(refused.body.error?.code).toBe('approval_blocked')
    expect(refused.body.error?.message).toMatch(/required item .* is open/)
    expect(refused.body.error?.message).toMatch(/under the pass line 70/)
    // Each reason also on its own, in the caller's language, for a page to list.
    expect(refused.body.error?.reasons?.some((why) => /^score \d+ is under the pass line 70$/.test(why))).toBe(true)
    const inChinese = await request<{ error: { message: string; reasons: string[] } }>(server.url, 'POST', `/api/documents/${documentId}/approvals?lang=zh-CN`, { token: lead.token, body: {} })
    expect(inChinese.body.error.reasons.some((why) => /^评分 \d+ 低于合格线 70$/.test(why))).toBe(true)
    expect(inChinese.body.error.reasons.some((why) => /^必填检查项“.+”尚未填写$/.test(why))).toBe(true)
    expect(inChinese.body.error.message).toMatch(/^无法批准：.*低于合格线 70。/)
    expect((await approve(agent, documentId)).status).toBe(403)
    expect((await approve(reviewer, documentId)).status).toBe(403)
    expect((await approve(lead, documentId, { override: { reason: '' } })).status).toBe(400)
  })

  it('approves over failing checks with a written reason and keeps the reason in the archive', async () => {
    const { matterId, documentId } = await claimSet()
    const approved = await approve(lead, documentId, { override: { reason: 'Filing today to keep the priority date' } })
    expect(approved.status).toBe(201)
    expect(approved.body).toMatchObject({ state: 'valid', override: { reason: 'Filing today to keep the priority date' } })
    expect(approved.body.versionHash).toMatch(/^[0-9a-f]{64}$/)
    const archive = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: agent.token })
    const kinds = archive.body.entries.map((e) => e.kind)
    expect(kinds).toContain('approval')
    const override = archive.body.entries.find((e) => e.kind === 'approval.override')!
    // The reason as written, then what was set aside in each language the archive is read in.
    const [reason, inChinese, inEnglish] = override.note!.split('\n')
    expect(reason).toBe('Filing today to keep the priority date')
    expect(inChinese).toMatch(/^未通过而批准：.*必填检查项“.+”尚未填写/)
    expect(inEnglish).toMatch(/^Approved despite: .*required item ".+" is open/)
    expect(override.versionHash).toBe(approved.body.versionHash)
  })

  it('answers the same lead approving the same text again with the approval already given, adding nothing', async () => {
    const { matterId, documentId } = await claimSet()
    await passAll(documentId)
    const first = await approve(lead, documentId)
    expect(first.status).toBe(201)
    const again = await approve(lead, documentId)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ id: first.body.id, versionHash: first.body.versionHash, state: 'valid' })
    expect(await server.store.approvals(documentId as never)).toHaveLength(1)
    const archive = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: agent.token })
    expect(archive.body.entries.filter((e) => e.kind === 'approval')).toHaveLength(1)
  })

  it('stores one approval when the same lead sends several at once', async () => {
    const { matterId, documentId } = await claimSet()
    await passAll(documentId)
    const answers = await Promise.all(Array.from({ length: 5 }, () => approve(lead, documentId)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1)
    expect(await server.store.approvals(documentId as never)).toHaveLength(1)
    const archive = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: agent.token })
    expect(archive.body.entries.filter((e) => e.kind === 'approval')).toHaveLength(1)
  })

  it('refuses an approval of a text that changed after the lead read it (409), and approves the text read', async () => {
    const { documentId } = await claimSet()
    await passAll(documentId)
    const read = (await request<{ versionHash: string }>(server.url, 'GET', `/api/documents/${documentId}/approvals`, { token: lead.token })).body.versionHash
    const editor = connectClient(server.url, documentId, agent.token, { acks: '1' })
    clients.push(editor)
    const durable = followDurable(editor)
    await whenSynced(editor)
    titleText(editor.doc).insert(0, 'x')
    await whenDurable(editor, durable)
    const refused = await approve(lead, documentId, { versionHash: read })
    expect(refused.status).toBe(409)
    expect(refused.body.error?.code).toBe('conflict')
    const now = (await request<{ versionHash: string }>(server.url, 'GET', `/api/documents/${documentId}/approvals`, { token: lead.token })).body.versionHash
    expect((await approve(lead, documentId, { versionHash: now })).status).toBe(201)
  })

  it('binds an approval to the exact content: stale after an edit, valid again when the edit is undone', async () => {
    const { documentId } = await claimSet()
    await passAll(documentId)
    const approved = await approve(lead, documentId)
    expect(approved.status).toBe(201)
    const snapshot = (await server.store.approvals(documentId as never))[0]!.snapshot
    expect(snapshot.byteLength).toBeGreaterThan(0)
    expect((await approvals(documentId)).map((a) => a.state)).toEqual(['valid'])

    const editor = connectClient(server.url, documentId, agent.token, { acks: '1' })
    clients.push(editor)
    const durable = followDurable(editor)
    await whenSynced(editor)
    const title = titleText(editor.doc)
    const before = title.length
    title.insert(before, ' (amended)')
    await whenDurable(editor, durable)
    expect((await approvals(documentId)).map((a) => a.state)).toEqual(['stale'])

    // A deletion does not advance the client's clock, so wait for the server's answer instead.
    title.delete(before, ' (amended)'.length)
    await expect.poll(async () => (await approvals(documentId)).map((a) => a.state), { timeout: 10_000 }).toEqual(['valid'])
    const detail = await request<{ reviewState: string }>(server.url, 'GET', `/api/documents/${documentId}`, { token: agent.token })
    expect(detail.body.reviewState).toBe('approved')
  })

  it('marks an approval gone stale on the matter page, and refuses to approve or file the matter until the text as it is is approved', async () => {
    const { matterId, documentId } = await claimSet()
    const move = (to: string) => request<{ state: string; error?: { code: string; documents?: { id: string }[] } }>(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: lead.token, body: { to } })
    for (const to of ['evaluation', 'drafting', 'review']) expect((await move(to)).status).toBe(200)
    expect((await approve(lead, documentId, { override: { reason: 'first draft accepted' } })).status).toBe(201)
    const matterDocuments = async () =>
      (await request<{ documents: { id: string; approvalStale: boolean }[] }>(server.url, 'GET', `/api/matters/${matterId}`, { token: agent.token })).body.documents
    expect((await matterDocuments()).find((d) => d.id === documentId)?.approvalStale).toBe(false)

    const editor = connectClient(server.url, documentId, agent.token, { acks: '1' })
    clients.push(editor)
    const durable = followDurable(editor)
    await whenSynced(editor)
    const editTitle = async (text: string) => {
      titleText(editor.doc).insert(0, text)
      await whenDurable(editor, durable)
    }
    await editTitle('x')
    expect((await matterDocuments()).find((d) => d.id === documentId)?.approvalStale).toBe(true)
    // Neither approved for filing nor filed over an approval that no longer holds.
    for (const [to, reason] of [['approved', 'amended title accepted'], ['filed', 'second title edit accepted']] as const) {
      const refused = await move(to)
      expect(refused.status, to).toBe(409)
      expect(refused.body.error?.code).toBe('approval_stale')
      expect(refused.body.error?.documents?.map((d) => d.id)).toEqual([documentId])
      expect((await approve(lead, documentId, { override: { reason } })).status).toBe(201)
      expect((await move(to)).status, to).toBe(200)
      if (to === 'approved') await editTitle('y')
    }
  })

  it('moves a document through review: submitted by the agent, sent back by the reviewer', async () => {
    const { documentId } = await claimSet()
    const move = (user: TestUser, to: string) =>
      request<{ reviewState: string }>(server.url, 'POST', `/api/documents/${documentId}/transitions`, { token: user.token, body: { to } })
    expect((await move(reviewer, 'in-review')).status).toBe(403)
    expect((await move(agent, 'in-review')).body.reviewState).toBe('in-review')
    expect((await move(agent, 'changes-requested')).status).toBe(403)
    expect((await move(reviewer, 'changes-requested')).body.reviewState).toBe('changes-requested')
    expect((await move(agent, 'approved')).status).toBe(400)
  })
})

describe('the demo workspace', () => {
  it('puts every demo user on the demo matter and fills in an example of each checklist', async () => {
    const demo = await startTestServer({ seed: true })
    try {
      const login = await request<{ token: string }>(demo.url, 'POST', '/api/auth/login', {
        body: { email: 'reviewer@demo.test', password: 'demo-password' },
      })
      const token = login.body.token
      const matters = await request<{ matters: { id: string }[] }>(demo.url, 'GET', '/api/matters', { token })
      expect(matters.body.matters).toHaveLength(1)
      const matterId = matters.body.matters[0]!.id
      const team = await request<{ members: { email: string }[] }>(demo.url, 'GET', `/api/matters/${matterId}/members`, { token })
      expect(team.body.members.map((m) => m.email).sort()).toEqual(['agent@demo.test', 'inventor@demo.test', 'lead@demo.test', 'reviewer@demo.test'])
      const detail = await request<{ documents: { id: string; kind: string }[] }>(demo.url, 'GET', `/api/matters/${matterId}`, { token })
      for (const document of detail.body.documents) {
        const list = await request<ChecklistResponse>(demo.url, 'GET', `/api/documents/${document.id}/checklist`, { token })
        expect(list.body.items.filter((i) => !i.rule).every((i) => i.state !== 'open'), document.kind).toBe(true)
        expect(list.body.score).toBeGreaterThanOrEqual(list.body.passLine)
      }
    } finally {
      await demo.dispose()
    }
  })
})
