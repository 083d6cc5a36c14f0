import { readVarString } from 'lib0/decoding'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds'
import { canOnDocument } from '../../shared/domain/policy'
import type { Role } from '../../shared/domain/roles'
import { encodeAnchorPosition, type TextAnchor } from '../../shared/review/anchor'
import type { ArchiveEntryView, ChecklistResponse, CommentView, SuggestionView, TriageView } from '../../shared/review/reviewApi'
import { MessageType } from '../../shared/sync/protocol'
import { CHECKLIST_TEMPLATES } from '../../shared/review/checklistTemplates'
import { addToTeam, createDocument, createMatter, createUser, request, type TestUser } from '../support/factories'
import { connectClient, eventually, followDurable, whenDurable, whenSynced, type SyncClient } from '../support/syncClient'
import { startTestServer, type TestServer } from '../support/testServer'
import { firstClaimText } from './reviewSupport'

let server: TestServer
const members = {} as Record<Role, TestUser>
let offTeam: TestUser
let matterId: string
const documents = {} as Record<DocumentKind, string>
const clients: SyncClient[] = []
const ROLES_IN_MATTER: Role[] = ['inventor', 'agent', 'reviewer', 'lead', 'admin']

/** An anchor on the start of the document, well formed for the API. */
const anchor = (quote = ''): TextAnchor => {
  const position = encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getXmlFragment('body'), 0))
  return { from: position, to: position, quote }
}

beforeAll(async () => {
  server = await startTestServer()
  members.agent = await createUser(server.url, server.store, { role: 'agent' })
  for (const role of ['inventor', 'reviewer', 'lead', 'admin'] as const) {
    members[role] = await createUser(server.url, server.store, { role, workspaceId: members.agent.workspaceId })
  }
  offTeam = await createUser(server.url, server.store, { role: 'agent', workspaceId: members.agent.workspaceId })
  matterId = (await createMatter(server.url, members.agent)).id
  await addToTeam(server.store, matterId, members.inventor, 'inventor')
  await addToTeam(server.store, matterId, members.reviewer, 'reviewer')
  for (const kind of DOCUMENT_KINDS) documents[kind] = (await createDocument(server.url, members.agent, matterId, kind)).id
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(() => server.dispose())

const post = <T>(user: TestUser, path: string, body: object) =>
  request<T & { error?: { message: string } }>(server.url, 'POST', path, { token: user.token, body })

describe.each(DOCUMENT_KINDS)('who may comment, suggest and decide on a %s', (kind) => {
  it.each(ROLES_IN_MATTER)('follows the policy table for a %s', async (role) => {
    const user = members[role]
    const base = `/api/documents/${documents[kind]}`
    const comment = await post(user, `${base}/comments`, { text: `comment by ${role}` })
    expect(comment.status).toBe(canOnDocument(role, kind, 'document.comment') ? 201 : 403)
    const suggestion = await post<SuggestionView>(user, `${base}/suggestions`, { anchor: anchor(), text: `suggested by ${role}` })
    expect(suggestion.status).toBe(canOnDocument(role, kind, 'document.suggest') ? 201 : 403)
    // Decide on a suggestion the reviewer made.
    const made = await post<SuggestionView>(members.reviewer, `${base}/suggestions`, { anchor: anchor(), text: 'x' })
    const decided = await request(server.url, 'PATCH', `${base}/suggestions/${made.body.id}`, { token: user.token, body: { state: 'rejected' } })
    expect(decided.status).toBe(canOnDocument(role, kind, 'document.edit') ? 200 : 403)
    const triage = await post(user, `${base}/triage`, { key: 'no such finding', decision: 'acknowledged' })
    expect(triage.status).toBe(canOnDocument(role, kind, 'finding.triage') ? 400 : 403)
    const firstItem = CHECKLIST_TEMPLATES[kind].find((i) => !i.rule)!
    const fill = await request(server.url, 'PUT', `${base}/checklist`, { token: user.token, body: { items: [{ id: firstItem.id, state: 'open' }] } })
    expect(fill.status).toBe(canOnDocument(role, kind, 'checklist.fill') ? 200 : 403)
    // A fresh template's checklist fails its checks: an approver is refused for that (409), anyone else for the role (403).
    const approval = await post(user, `${base}/approvals`, {})
    expect(approval.status).toBe(canOnDocument(role, kind, 'document.approve') ? 409 : 403)
  })
})

describe('comments', () => {
  it('keeps threads with replies, mentions of team members, and resolve and reopen', async () => {
    const base = `/api/documents/${documents.claims}`
    const thread = await post<CommentView>(members.reviewer, `${base}/comments`, {
      text: '@agent claim 1 is too broad',
      anchor: anchor('一种'),
      mentions: [members.agent.id],
    })
    expect(thread.status).toBe(201)
    expect(thread.body).toMatchObject({ text: '@agent claim 1 is too broad', resolved: false, replies: [], anchor: { quote: '一种' } })
    expect(thread.body.mentions.map((m) => m.id)).toEqual([members.agent.id])
    const reply = await post<CommentView>(members.agent, `${base}/comments`, { text: 'Narrowed it.', replyTo: thread.body.id })
    expect(reply.status).toBe(201)
    const resolved = await request<CommentView>(server.url, 'PATCH', `${base}/comments/${thread.body.id}`, {
      token: members.agent.token,
      body: { resolved: true },
    })
    expect(resolved.body).toMatchObject({ resolved: true, resolvedBy: { id: members.agent.id } })
    expect(resolved.body.replies.map((r) => r.text)).toEqual(['Narrowed it.'])
    const reopened = await request<CommentView>(server.url, 'PATCH', `${base}/comments/${thread.body.id}`, {
      token: members.reviewer.token,
      body: { resolved: false },
    })
    expect(reopened.body).toMatchObject({ resolved: false, resolvedBy: null })
    const list = await request<{ comments: CommentView[] }>(server.url, 'GET', `${base}/comments`, { token: members.inventor.token })
    expect(list.body.comments.find((c) => c.id === thread.body.id)?.replies).toHaveLength(1)
  })

  it('mentions the team members whose @name is typed, in a thread or a reply, and nobody off the team', async () => {
    const base = `/api/documents/${documents.claims}`
    const inventor = (await server.store.findUserById(members.inventor.id))!
    const outsider = (await server.store.findUserById(offTeam.id))!
    const thread = await post<CommentView>(members.reviewer, `${base}/comments`, { text: `请@${inventor.name}确认，cc @${outsider.name}` })
    expect(thread.body.mentions.map((m) => m.id)).toEqual([members.inventor.id])
    const reply = await post<CommentView & { replies: CommentView[] }>(members.agent, `${base}/comments`, { text: `@${inventor.name} 已改`, replyTo: thread.body.id })
    expect(reply.status).toBe(201)
    const listed = await request<{ comments: CommentView[] }>(server.url, 'GET', `${base}/comments`, { token: members.agent.token })
    expect(listed.body.comments.find((c) => c.id === thread.body.id)?.replies[0]?.mentions.map((m) => m.id)).toEqual([members.inventor.id])
  })

  it('refuses a mention of someone off the team, a reply with an anchor, an empty text and a bad anchor (400)', async () => {
    const base = `/api/documents/${documents.claims}`
    const root = await post<CommentView>(members.reviewer, `${base}/comments`, { text: 'root' })
    const cases = [
      { text: 'hi', mentions: [offTeam.id] },
      { text: 'hi', replyTo: root.body.id, anchor: anchor() },
      { text: '   ' },
      { text: 'hi', anchor: { from: 'not base64!', to: 'x', quote: '' } },
      { text: 'hi', replyTo: 'AAAAAAAAAAAAAAAA' },
    ]
    for (const body of cases) expect((await post(members.reviewer, `${base}/comments`, body)).status, JSON.stringify(body)).toBe(400)
  })

  it('tells every open socket of the document that the comments changed', async () => {
    const listener = connectClient(server.url, documents.disclosure, members.inventor.token, { acks: '1' })
    clients.push(listener)
    const topics: string[] = []
    listener.provider.messageHandlers[MessageType.ReviewChanged] = (_encoder, decoder) => {
      topics.push(readVarString(decoder))
    }
    await whenSynced(listener)
    await post(members.reviewer, `/api/documents/${documents.disclosure}/comments`, { text: 'live?' })
    await eventually(() => topics.includes('comments'), 'a comments notice')
  })
})

describe('suggestions', () => {
  it('are accepted once by an editor and never change the text by themselves', async () => {
    const base = `/api/documents/${documents.claims}`
    const made = await post<SuggestionView>(members.inventor, `${base}/suggestions`, { anchor: anchor('一种'), text: '一种改进的' })
    expect(made.body).toMatchObject({ state: 'open', text: '一种改进的', author: { id: members.inventor.id } })
    const accept = () =>
      request<SuggestionView>(server.url, 'PATCH', `${base}/suggestions/${made.body.id}`, { token: members.agent.token, body: { state: 'accepted' } })
    expect((await accept()).body).toMatchObject({ state: 'accepted', decidedBy: { id: members.agent.id } })
    expect((await accept()).status).toBe(409)
    const findings = await request<{ findings: unknown[] }>(server.url, 'GET', `${base}/findings`, { token: members.agent.token })
    expect(findings.status).toBe(200)
    expect((await post(members.inventor, `${base}/suggestions`, { anchor: anchor(''), text: '' })).status).toBe(400)
  })

  it('are withdrawn by their author only, while open', async () => {
    const base = `/api/documents/${documents.claims}`
    const made = await post<SuggestionView>(members.reviewer, `${base}/suggestions`, { anchor: anchor('一种'), text: '一种新的' })
    const withdraw = (user: TestUser) =>
      request<SuggestionView>(server.url, 'PATCH', `${base}/suggestions/${made.body.id}`, { token: user.token, body: { state: 'withdrawn' } })
    expect((await withdraw(members.agent)).status).toBe(403)
    expect((await withdraw(members.reviewer)).body).toMatchObject({ state: 'withdrawn', decidedBy: { id: members.reviewer.id } })
    expect((await withdraw(members.reviewer)).status).toBe(409)
  })
})

describe('finding triage', () => {
  it('dismisses a finding with a reason until its text changes, and the dismissal lifts the rule-bound item and enters the archive', async () => {
    const id = (await createDocument(server.url, members.agent, matterId, 'claims')).id
    const editor = connectClient(server.url, id, members.agent.token, { acks: '1' })
    clients.push(editor)
    const durable = followDurable(editor)
    await whenSynced(editor)
    const claim = firstClaimText(editor.doc)
    claim.delete(0, claim.length)
    claim.insert(0, '一种装置，包括支架，其特征在于，所述壳体连接所述支架。')
    await whenDurable(editor, durable)

    type Finding = { rule: string; key: string; severity: string; triage: TriageView | null }
    const findings = async () =>
      (await request<{ findings: Finding[] }>(server.url, 'GET', `/api/documents/${id}/findings`, { token: members.agent.token })).body.findings
    const item = async () =>
      (await request<ChecklistResponse>(server.url, 'GET', `/api/documents/${id}/checklist`, { token: members.agent.token })).body.items.find(
        (i) => i.id === 'rule.antecedent-basis',
      )
    const finding = (await findings()).find((f) => f.rule === 'claims.antecedent-basis')!
    expect(finding).toBeDefined()
    expect((await item())?.state).toBe('fail')

    expect((await post(members.reviewer, `/api/documents/${id}/triage`, { key: finding.key, decision: 'dismissed' })).status).toBe(400)
    const dismissed = await post<TriageView>(members.reviewer, `/api/documents/${id}/triage`, {
      key: finding.key,
      decision: 'dismissed',
      reason: '壳体 is introduced in the description as a known part',
    })
    expect(dismissed.status).toBe(201)
    expect(dismissed.body).toMatchObject({ decision: 'dismissed', rule: 'claims.antecedent-basis', by: { id: members.reviewer.id } })
    expect((await findings()).find((f) => f.key === finding.key)?.triage).toMatchObject({ decision: 'dismissed' })
    expect((await item())?.state).toBe('pass')
    // The same dismissal again (a double click) is the one already given, archived once.
    const again = await post<TriageView>(members.reviewer, `/api/documents/${id}/triage`, { key: finding.key, decision: 'dismissed', reason: '壳体 is introduced in the description as a known part' })
    expect(again.status).toBe(200)
    const archive = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: members.agent.token })
    expect(archive.body.entries.filter((e) => e.kind === 'finding.dismissed')).toEqual([expect.objectContaining({ to: 'claims.antecedent-basis', documentId: id })])

    // A reply started from this claim set keeps the decision on the same text, without a second archive entry.
    const reply = await post<{ id: string }>(members.agent, `/api/matters/${matterId}/documents`, { kind: 'oa-reply', claimSet: id })
    expect(reply.status).toBe(201)
    const inReply = (await request<{ findings: Finding[] }>(server.url, 'GET', `/api/documents/${reply.body.id}/findings`, { token: members.agent.token })).body.findings
    expect(inReply.filter((f) => f.rule === 'claims.antecedent-basis').map((f) => f.triage)).toEqual([
      expect.objectContaining({ decision: 'dismissed', reason: '壳体 is introduced in the description as a known part', by: expect.objectContaining({ id: members.reviewer.id }) }),
    ])
    const archiveAfter = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: members.agent.token })
    expect(archiveAfter.body.entries.filter((e) => e.kind === 'finding.dismissed')).toHaveLength(1)

    // Changing the flagged text brings the finding back undismissed.
    const at = claim.toString().indexOf('壳体')
    claim.delete(at, 2)
    claim.insert(at, '外壳')
    await whenDurable(editor, durable)
    const back = (await findings()).filter((f) => f.rule === 'claims.antecedent-basis')
    expect(back.length).toBeGreaterThan(0)
    expect(back.every((f) => f.triage === null)).toBe(true)
    expect((await item())?.state).toBe('fail')
  })
})
