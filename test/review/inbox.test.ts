import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { encodeAnchorPosition } from '../../shared/review/anchor'
import type { CommentView, InboxItem, InboxResponse } from '../../shared/review/reviewApi'
import { addToTeam, approveAsIs, createDocument, createMatter, request, storedClaimSet, usersInRoles, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let people: Record<'agent' | 'reviewer' | 'lead' | 'inventor', TestUser>
let names: Record<'agent' | 'reviewer' | 'lead' | 'inventor', string>

beforeAll(async () => {
  server = await startTestServer()
  people = await usersInRoles(server.url, server.store, ['agent', 'reviewer', 'lead', 'inventor'])
  names = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([role, user]) => [role, (await server.store.findUserById(user.id))!.name]))) as typeof names
})
afterAll(() => server.dispose())

async function claimSetMatter(title: string) {
  const matter = await createMatter(server.url, people.agent, title)
  for (const role of ['reviewer', 'lead', 'inventor'] as const) await addToTeam(server.store, matter.id, people[role], role)
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具，包括底座和压板。'])
  return { matterId: matter.id, documentId: claimSet.id }
}

/** The caller's items about one matter; the matter's own turn (tested apart) and approvals given are left out unless asked for. */
const inbox = async (user: TestUser, matterId: string, kinds: 'documents' | 'all' = 'documents'): Promise<InboxItem[]> => {
  const response = await request<InboxResponse>(server.url, 'GET', '/api/inbox', { token: user.token })
  expect(response.status).toBe(200)
  return response.body.items.filter((item) => item.matter.id === matterId && (kinds === 'all' || (item.kind !== 'your-turn' && item.kind !== 'approved')))
}
const comment = (user: TestUser, documentId: string, body: Record<string, unknown>) =>
  request<CommentView>(server.url, 'POST', `/api/documents/${documentId}/comments`, { token: user.token, body })

describe('GET /api/inbox', () => {
  it('names a mention until its person answers, then a reply waiting for whoever wrote in the thread', async () => {
    const { matterId, documentId } = await claimSetMatter('Mentions')
    const thread = await comment(people.reviewer, documentId, { text: `@${names.agent} 权利要求1过宽` })
    const [mention] = await inbox(people.agent, matterId)
    expect(mention).toMatchObject({ kind: 'mention', threadId: thread.body.id, author: { id: people.reviewer.id }, excerpt: `@${names.agent} 权利要求1过宽`, document: { id: documentId, kind: 'claims' } })
    // The reviewer waits for nobody yet; the inventor was not mentioned.
    expect(await inbox(people.reviewer, matterId)).toEqual([])
    expect(await inbox(people.inventor, matterId)).toEqual([])

    await comment(people.agent, documentId, { text: '已缩小', replyTo: thread.body.id })
    expect(await inbox(people.agent, matterId)).toEqual([])
    expect(await inbox(people.reviewer, matterId)).toEqual([expect.objectContaining({ kind: 'reply', threadId: thread.body.id, author: { id: people.agent.id, name: names.agent }, excerpt: '已缩小' })])

    await request(server.url, 'PATCH', `/api/documents/${documentId}/comments/${thread.body.id}`, { token: people.reviewer.token, body: { resolved: true } })
    expect(await inbox(people.reviewer, matterId)).toEqual([])
  })

  it('counts open suggestions for the document’s editor only', async () => {
    const { matterId, documentId } = await claimSetMatter('Suggestions')
    const position = encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getXmlFragment(BODY_FIELD), 0))
    for (const text of ['甲', '乙']) {
      const made = await request(server.url, 'POST', `/api/documents/${documentId}/suggestions`, { token: people.reviewer.token, body: { anchor: { from: position, to: position, quote: '' }, text } })
      expect(made.status).toBe(201)
    }
    expect(await inbox(people.agent, matterId)).toEqual([expect.objectContaining({ kind: 'suggestions', count: 2 })])
    expect(await inbox(people.reviewer, matterId)).toEqual([])
    expect(await inbox(people.inventor, matterId)).toEqual([])
  })

  it('asks the reviewer to review and the lead to approve a submitted document, and the lead again once the approval no longer holds', async () => {
    const { matterId, documentId } = await claimSetMatter('Approval')
    expect((await request(server.url, 'POST', `/api/documents/${documentId}/transitions`, { token: people.agent.token, body: { to: 'in-review' } })).status).toBe(200)
    expect(await inbox(people.reviewer, matterId)).toEqual([expect.objectContaining({ kind: 'review', document: expect.objectContaining({ id: documentId }) })])
    expect(await inbox(people.lead, matterId)).toEqual([expect.objectContaining({ kind: 'approval' })])
    expect(await inbox(people.agent, matterId)).toEqual([])

    await approveAsIs(server.url, people.lead, documentId)
    expect(await inbox(people.lead, matterId)).toEqual([])
    expect(await inbox(people.reviewer, matterId)).toEqual([])
    // Still at the disclosure step: a team that reviews documents before moving the matter on hears of it too.
    await server.sync.applyServerChange(documentId as never, (doc) => {
      const claim = (((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText)
      claim.insert(0, '改')
    })
    const [stale] = await inbox(people.lead, matterId)
    expect(stale).toMatchObject({ kind: 'stale-approval', document: { id: documentId } })
    // Dated by the approval that no longer holds, not by the submission before it.
    const approvals = await server.store.approvals(documentId as never)
    expect(stale!.at).toBe(approvals.at(-1)!.approvedAt)

    // Once the matter is filed, an approval changes nothing filed: it no longer waits for anyone.
    await approveAsIs(server.url, people.lead, documentId)
    for (const to of ['evaluation', 'drafting', 'review', 'approved', 'filed']) {
      expect((await request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: people.lead.token, body: { to } })).status).toBe(200)
    }
    await server.sync.applyServerChange(documentId as never, (doc) => {
      const claim = (((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText)
      claim.insert(0, '再')
    })
    expect((await inbox(people.lead, matterId)).map((item) => item.kind)).not.toContain('stale-approval')
  })

  it('stops asking for a review nobody will act on: a disclosure once the evaluation moved on, any document once the matter is closed', async () => {
    const { matterId, documentId } = await claimSetMatter('Moved on')
    const disclosure = await createDocument(server.url, people.agent, matterId, 'disclosure', '技术交底书')
    for (const id of [disclosure.id, documentId]) {
      expect((await request(server.url, 'POST', `/api/documents/${id}/transitions`, { token: people.agent.token, body: { to: 'in-review' } })).status).toBe(200)
    }
    const asked = async (user: TestUser) => (await inbox(user, matterId)).map((item) => `${item.kind} ${item.document!.kind}`).sort()
    expect(await asked(people.reviewer)).toEqual(['review claims', 'review disclosure'])
    expect(await asked(people.lead)).toEqual(['approval claims', 'approval disclosure'])

    // The step to drafting is the evaluation's decision on the disclosure; the claim set still waits.
    for (const to of ['evaluation', 'drafting']) {
      expect((await request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: people.lead.token, body: { to } })).status).toBe(200)
    }
    expect(await asked(people.reviewer)).toEqual(['review claims'])
    expect(await asked(people.lead)).toEqual(['approval claims'])

    const dashboard = await request<{ matters: { id: string; ballHolder: unknown }[] }>(server.url, 'GET', '/api/dashboard', { token: people.lead.token })
    expect(dashboard.body.matters.find((m) => m.id === matterId)?.ballHolder).toBe('reviewer')

    expect((await request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: people.lead.token, body: { to: 'withdrawn' } })).status).toBe(200)
    expect(await asked(people.reviewer)).toEqual([])
    expect(await asked(people.lead)).toEqual([])
  })

  it('tells the editor what the reviewer asked to change, on the document and in the inbox', async () => {
    const { matterId, documentId } = await claimSetMatter('Changes')
    expect((await request(server.url, 'POST', `/api/documents/${documentId}/transitions`, { token: people.agent.token, body: { to: 'in-review' } })).status).toBe(200)
    const sent = await request(server.url, 'POST', `/api/documents/${documentId}/transitions`, { token: people.reviewer.token, body: { to: 'changes-requested', note: '权利要求1缺少压板' } })
    expect(sent.status).toBe(200)
    expect(await inbox(people.agent, matterId)).toEqual([
      expect.objectContaining({ kind: 'changes-requested', author: { id: people.reviewer.id, name: names.reviewer }, excerpt: '权利要求1缺少压板' }),
    ])
    const detail = await request<{ changesRequested: unknown }>(server.url, 'GET', `/api/documents/${documentId}`, { token: people.agent.token })
    expect(detail.body.changesRequested).toMatchObject({ by: { id: people.reviewer.id }, note: '权利要求1缺少压板' })
    expect(await inbox(people.reviewer, matterId)).toEqual([])
    // Submitted again: nothing asked any more.
    await request(server.url, 'POST', `/api/documents/${documentId}/transitions`, { token: people.agent.token, body: { to: 'in-review' } })
    expect((await inbox(people.agent, matterId)).map((item) => item.kind)).toEqual([])
    expect((await request<{ changesRequested: unknown }>(server.url, 'GET', `/api/documents/${documentId}`, { token: people.agent.token })).body.changesRequested).toBeNull()
  })

  it('says whose step a matter waits for, tells an editor of an approval, and leaves out what was set aside until something new happens', async () => {
    const { matterId, documentId } = await claimSetMatter('Turns')
    // At the disclosure the inventor holds the ball.
    const [turn] = await inbox(people.inventor, matterId, 'all')
    expect(turn).toMatchObject({ kind: 'your-turn', document: null, matter: { id: matterId, state: 'disclosure' } })
    // Once the matter has its disclosure form, the step is there.
    const disclosure = await createDocument(server.url, people.agent, matterId, 'disclosure', '技术交底书')
    const [inForm] = await inbox(people.inventor, matterId, 'all')
    expect(inForm).toMatchObject({ kind: 'your-turn', document: { id: disclosure.id, kind: 'disclosure', title: '技术交底书' } })
    expect((await inbox(people.agent, matterId, 'all')).map((item) => item.kind)).toEqual([])
    await approveAsIs(server.url, people.lead, documentId)
    const approved = (await inbox(people.agent, matterId, 'all')).find((item) => item.kind === 'approved')!
    expect(approved).toMatchObject({ author: { id: people.lead.id }, document: { id: documentId } })

    expect((await request(server.url, 'POST', '/api/inbox/dismiss', { token: people.agent.token, body: { key: approved.key } })).status).toBe(200)
    expect((await inbox(people.agent, matterId, 'all')).map((item) => item.kind)).toEqual([])
    // Approved again after a change: a new approval, heard of again.
    await server.sync.applyServerChange(documentId as never, (doc) => {
      ;(((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, '新')
    })
    await approveAsIs(server.url, people.lead, documentId)
    expect((await inbox(people.agent, matterId, 'all')).map((item) => item.kind)).toEqual(['approved'])
    expect((await request(server.url, 'POST', '/api/inbox/dismiss', { token: people.agent.token, body: {} })).status).toBe(400)
  })

  it('asks for credentials', async () => {
    expect((await request(server.url, 'GET', '/api/inbox')).status).toBe(401)
  })
})
