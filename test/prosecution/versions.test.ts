import { updateYFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import type { ClaimComparison } from '../../shared/editor/compareClaims'
import { claimList, documentTitle, patentDocument, section } from '../../shared/editor/documentBuilders'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { readPatentDocument } from '../../shared/editor/readPatentDocument'
import type { BaselineClaim } from '../../shared/editor/claimBaseline'
import type { ComparisonResponse, VersionDetail, VersionView } from '../../shared/editor/versionApi'
import type { ArchiveEntryView } from '../../shared/review/reviewApi'
import { createDocument as storeDocument } from '../../server/documents/createDocument'
import { readBody, schemaFor } from '../../shared/editor/documentBody'
import { newId } from '../../server/newId'
import { contentHash } from '../../server/review/reviewedDocument'
import { addToTeam, approveAsIs, createMatter, createUser, request, usersInRoles, type TestUser } from '../support/factories'
import { bodyText, connectClient, eventually, whenSynced } from '../support/syncClient'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let users: Record<'lead' | 'agent' | 'reviewer', TestUser>
let outsider: TestUser

beforeAll(async () => {
  server = await startTestServer()
  users = await usersInRoles(server.url, server.store, ['lead', 'agent', 'reviewer'])
  outsider = await createUser(server.url, server.store, { role: 'agent', workspaceId: users.lead.workspaceId })
})
afterAll(async () => {
  await server?.dispose()
})

const EXAMINED: BaselineClaim[] = [
  { id: 'c1', text: '一种装置，包括支架。' },
  { id: 'c2', text: '根据权利要求1所述的装置，还包括弹簧。' },
  { id: 'c3', text: '根据权利要求2所述的装置，所述弹簧为钢制。' },
  { id: 'c4', text: '根据权利要求1所述的装置，还包括底座。' },
]

/** Claim 2 merged into claim 1 and cancelled, claims 3 and 4 renumbered, a new claim at the end. */
const AMENDED: BaselineClaim[] = [
  { id: 'c1', text: '一种装置，包括支架和弹簧。' },
  { id: 'c3', text: '根据权利要求1所述的装置，所述弹簧为钢制。' },
  { id: 'c4', text: '根据权利要求1所述的装置，还包括底座。' },
  { id: 'c5', text: '根据权利要求1所述的装置，还包括显示屏。' },
]

const claimSetContent = (claims: BaselineClaim[]) =>
  patentDocument(documentTitle('覆冰监测装置'), claimList(claims), section('abstract'), section('description'))

async function claimSetMatter(): Promise<{ matterId: MatterId; documentId: DocumentId }> {
  const matter = await createMatter(server.url, users.lead, '覆冰监测装置')
  await addToTeam(server.store, matter.id, users.agent, 'agent')
  await addToTeam(server.store, matter.id, users.reviewer, 'reviewer')
  const record = (await server.store.findMatter(matter.id as MatterId))!
  const document = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '权利要求书', content: claimSetContent(EXAMINED) })
  return { matterId: record.id, documentId: document.id }
}

/** Rewrites the claim set as the editor would, through the sync core, so that everyone sees it. */
async function rewriteClaims(documentId: DocumentId, claims: BaselineClaim[]): Promise<void> {
  const target = schemaFor('claims').nodeFromJSON(claimSetContent(claims))
  await server.sync.applyServerChange(documentId, (doc) => updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), target, { mapping: new Map(), isOMark: new Map() }))
}

/** Writes a reply's amended claims as the agent would, keeping the list's baseline. */
async function amendReply(replyId: DocumentId, claims: BaselineClaim[]): Promise<void> {
  await server.sync.applyServerChange(replyId, (doc) => {
    const json = readBody('oa-reply', doc).toJSON() as { content: { type: string; attrs?: Record<string, unknown> }[] }
    const index = json.content.findIndex((node) => node.type === 'claimList')
    json.content[index] = { ...claimList(claims), type: 'claimList', attrs: json.content[index]!.attrs }
    const target = schemaFor('oa-reply').nodeFromJSON(json)
    updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), target, { mapping: new Map(), isOMark: new Map() })
  })
}

async function saveVersion(documentId: DocumentId, name: string, user = users.agent) {
  return request<VersionView>(server.url, 'POST', `/api/documents/${documentId}/versions`, { token: user.token, body: { name } })
}

async function currentHash(documentId: DocumentId): Promise<string> {
  const doc = await server.sync.currentState(documentId)
  const hash = contentHash(readBody('claims', doc))
  doc.destroy()
  return hash
}

describe('versions', () => {
  it('saves named versions and lists them newest first', async () => {
    const { documentId } = await claimSetMatter()
    const first = await saveVersion(documentId, '初稿')
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ name: '初稿', origin: 'named', versionHash: await currentHash(documentId) })
    await rewriteClaims(documentId, AMENDED)
    const second = await saveVersion(documentId, '修改稿')
    const list = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: users.reviewer.token })
    expect(list.body.versions.map((v) => v.name)).toEqual(['修改稿', '初稿'])
    expect(second.body.versionHash).not.toBe(first.body.versionHash)
  })

  it('lets only those who may edit save or restore a version, and hides versions outside the team', async () => {
    const { documentId } = await claimSetMatter()
    expect((await saveVersion(documentId, '审核人的版本', users.reviewer)).status).toBe(403)
    expect((await saveVersion(documentId, '   ')).status).toBe(400)
    const version = (await saveVersion(documentId, '初稿')).body
    const restore = `/api/documents/${documentId}/versions/${version.id}/restore`
    expect((await request(server.url, 'POST', restore, { token: users.reviewer.token })).status).toBe(403)
    expect((await request(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: outsider.token })).status).toBe(404)
    expect((await request(server.url, 'GET', `/api/documents/${documentId}/versions/${version.id}`, { token: outsider.token })).status).toBe(404)
    // A version of one document cannot be reached through another.
    const other = await claimSetMatter()
    expect((await request(server.url, 'GET', `/api/documents/${other.documentId}/versions/${version.id}`, { token: users.agent.token })).status).toBe(404)
  })

  it('opens an old version read-only with its content and claims', async () => {
    const { documentId } = await claimSetMatter()
    const version = (await saveVersion(documentId, '初稿')).body
    await rewriteClaims(documentId, AMENDED)
    const opened = await request<VersionDetail>(server.url, 'GET', `/api/documents/${documentId}/versions/${version.id}`, { token: users.reviewer.token })
    expect(opened.body.claims).toEqual(EXAMINED.map((c, i) => ({ number: i + 1, text: c.text })))
    expect(opened.body.content.type).toBe('doc')
  })

  it('compares two versions claim by claim, matching claims across renumbering', async () => {
    const { documentId } = await claimSetMatter()
    const before = (await saveVersion(documentId, '初稿')).body
    await rewriteClaims(documentId, AMENDED)
    const after = (await saveVersion(documentId, '修改稿')).body
    const compared = await request<ComparisonResponse>(server.url, 'GET', `/api/documents/${documentId}/compare?from=${before.id}&to=${after.id}`, {
      token: users.reviewer.token,
    })
    const summary = (c: ClaimComparison) => [c.number, c.previousNumber, c.status, c.insertions.map((i) => i.text), c.deletions.map((d) => d.text)]
    expect(compared.body.claims.map(summary)).toEqual([
      [1, 1, 'amended', ['和弹簧'], []],
      [null, 2, 'cancelled', [], [EXAMINED[1]!.text]],
      [2, 3, 'renumbered', ['1'], ['2']],
      [3, 4, 'renumbered', [], []],
      [4, null, 'new', [AMENDED[3]!.text], []],
    ])
    const withNow = await request<ComparisonResponse>(server.url, 'GET', `/api/documents/${documentId}/compare?from=${before.id}&to=current`, { token: users.agent.token })
    expect(withNow.body.claims.map(summary)).toEqual(compared.body.claims.map(summary))
    expect((await request(server.url, 'GET', `/api/documents/${documentId}/compare?from=${before.id}`, { token: users.agent.token })).status).toBe(400)
  })

  it('restores a version as a new change everyone sees, keeps what it replaced and records it in the archive', async () => {
    const { matterId, documentId } = await claimSetMatter()
    const version = (await saveVersion(documentId, '初稿')).body
    await rewriteClaims(documentId, AMENDED)
    const watcher = connectClient(server.url, documentId, users.reviewer.token)
    await whenSynced(watcher)
    expect(bodyText(watcher.doc)).toContain('显示屏')

    const restored = await request<{ restored: VersionView; backup: VersionView }>(server.url, 'POST', `/api/documents/${documentId}/versions/${version.id}/restore`, {
      token: users.agent.token,
    })
    expect(restored.status).toBe(200)
    expect(await currentHash(documentId)).toBe(version.versionHash)
    await eventually(() => !bodyText(watcher.doc).includes('显示屏') && bodyText(watcher.doc).includes('还包括弹簧'), 'the watcher sees the restored claims')
    // The open client's copy reads exactly as the version.
    expect(contentHash(readBody('claims', watcher.doc))).toBe(version.versionHash)
    watcher.destroy()

    const versions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: users.agent.token })
    expect(versions.body.versions[0]).toMatchObject({ id: restored.body.backup.id, origin: 'before-restore' })
    const archive = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: users.lead.token })
    expect(archive.body.entries.find((e) => e.kind === 'version.restored')).toMatchObject({ documentId, note: '初稿', versionHash: version.versionHash })
    // And it stays restored after the document is unloaded and loaded again.
    await eventually(() => server.sync.loadedDocuments === 0, 'the document unloads')
    expect(await currentHash(documentId)).toBe(version.versionHash)
  })

  it('keeps the claim set as a version when the matter is filed and when an office action is recorded', async () => {
    const { matterId, documentId } = await claimSetMatter()
    await approveAsIs(server.url, users.lead, documentId)
    // A draft set aside is neither approved nor filed: nothing of it is kept as filed.
    const record = (await server.store.findMatter(matterId))!
    const setAside = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '旧稿', content: claimSetContent(EXAMINED) })
    expect((await request(server.url, 'PATCH', `/api/documents/${setAside.id}`, { token: users.lead.token, body: { archived: true } })).status).toBe(200)
    for (const to of ['evaluation', 'drafting', 'review', 'approved', 'filed', 'office-action']) {
      const moved = await request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: users.lead.token, body: { to } })
      expect(moved.status).toBe(200)
    }
    const versions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: users.agent.token })
    expect(versions.body.versions.map((v) => v.origin)).toEqual(['office-action', 'filing', 'approval'])
    expect(versions.body.versions[0]!.name).toMatch(/^收到审查意见通知书时 \d{4}-\d{2}-\d{2}$/)
    const setAsideVersions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${setAside.id}/versions`, { token: users.agent.token })
    expect(setAsideVersions.body.versions).toEqual([])
  })

  it('starts a reply’s amended claims from a chosen version of the claim set, with their ids', async () => {
    const { matterId, documentId } = await claimSetMatter()
    const examined = (await saveVersion(documentId, '审查的文本')).body
    await rewriteClaims(documentId, AMENDED)
    const newReply = (claimsVersion: string) =>
      request<{ id: DocumentId }>(server.url, 'POST', `/api/matters/${matterId}/documents`, { token: users.agent.token, body: { kind: 'oa-reply', title: '答复', claimsVersion } })
    const reply = await newReply(examined.id)
    expect(reply.status).toBe(201)
    const doc = await server.sync.currentState(reply.body.id)
    const body = readBody('oa-reply', doc)
    doc.destroy()
    expect(readPatentDocument(body).claimLists[0]!.claims.map((c) => [c.id, c.text])).toEqual(EXAMINED.map((c) => [c.id, c.text]))
    expect((await newReply('no-such-version')).status).toBe(400)
  })

  it('starts a reply from the latest claim set that is not archived when no version is chosen', async () => {
    const { matterId } = await claimSetMatter()
    const record = (await server.store.findMatter(matterId))!
    const abandoned = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '放弃的方案', content: claimSetContent(AMENDED) })
    const archived = await request(server.url, 'PATCH', `/api/documents/${abandoned.id}`, { token: users.lead.token, body: { archived: true } })
    expect(archived.status).toBe(200)
    const reply = await request<{ id: DocumentId }>(server.url, 'POST', `/api/matters/${matterId}/documents`, { token: users.agent.token, body: { kind: 'oa-reply', title: '答复' } })
    expect(reply.status).toBe(201)
    const doc = await server.sync.currentState(reply.body.id)
    const body = readBody('oa-reply', doc)
    doc.destroy()
    expect(readPatentDocument(body).claimLists[0]!.claims.map((c) => c.text)).toEqual(EXAMINED.map((c) => c.text))
  })

  it('starts a reply from another claim set as it is now when it is named, and refuses a claim set of another matter', async () => {
    const { matterId, documentId: first } = await claimSetMatter()
    const record = (await server.store.findMatter(matterId))!
    await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '备选方案', content: claimSetContent(AMENDED) })
    const newReply = (body: Record<string, string>) =>
      request<{ id: DocumentId }>(server.url, 'POST', `/api/matters/${matterId}/documents`, { token: users.agent.token, body: { kind: 'oa-reply', title: '答复', ...body } })
    const reply = await newReply({ claimSet: first })
    expect(reply.status).toBe(201)
    const doc = await server.sync.currentState(reply.body.id)
    const body = readBody('oa-reply', doc)
    doc.destroy()
    expect(readPatentDocument(body).claimLists[0]!.claims.map((c) => c.text)).toEqual(EXAMINED.map((c) => c.text))
    const elsewhere = await claimSetMatter()
    expect((await newReply({ claimSet: elsewhere.documentId })).status).toBe(400)
    const version = (await saveVersion(first, '审查的文本')).body
    expect((await newReply({ claimSet: first, claimsVersion: version.id })).status).toBe(400)
  })

  it('keeps the reply as filed, and starts the next office action’s reply from its amended claims', async () => {
    const { matterId, documentId } = await claimSetMatter()
    await server.sync.applyServerChange(documentId, (doc) => {
      const target = schemaFor('claims').nodeFromJSON(
        patentDocument(documentTitle('覆冰监测装置'), claimList(EXAMINED), section('abstract'), section('description', ['支架上装有钢制弹簧。'])),
      )
      updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), target, { mapping: new Map(), isOMark: new Map() })
    })
    await approveAsIs(server.url, users.lead, documentId)
    const move = (to: string) => request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: users.lead.token, body: { to } })
    for (const to of ['evaluation', 'drafting', 'review', 'approved', 'filed', 'office-action']) expect((await move(to)).status).toBe(200)
    const newReply = (body: Record<string, string> = {}) =>
      request<{ id: DocumentId }>(server.url, 'POST', `/api/matters/${matterId}/documents`, { token: users.agent.token, body: { kind: 'oa-reply', title: '答复', ...body } })
    const firstReply = (await newReply()).body.id
    await amendReply(firstReply, AMENDED)
    await approveAsIs(server.url, users.lead, firstReply)
    expect((await move('filed')).status).toBe(200)

    const replyVersions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${firstReply}/versions`, { token: users.agent.token })
    expect(replyVersions.body.versions.map((v) => v.origin)).toEqual(['reply-filing', 'approval'])
    expect(replyVersions.body.versions[0]!.name).toMatch(/^提交答复时 \d{4}-\d{2}-\d{2}$/)
    // The claim set was not amended by the reply: it is not kept again as if it were what went in.
    const claimSetVersions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: users.agent.token })
    expect(claimSetVersions.body.versions.map((v) => v.origin)).toEqual(['office-action', 'filing', 'approval'])

    expect((await move('office-action')).status).toBe(200)
    // The second office action examined the reply's claims: the unchanged claim set is not kept again.
    const afterSecondAction = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: users.agent.token })
    expect(afterSecondAction.body.versions.map((v) => v.origin)).toEqual(['office-action', 'filing', 'approval'])
    const amendedClaims = async (replyId: DocumentId) => {
      const doc = await server.sync.currentState(replyId)
      const amended = readPatentDocument(readBody('oa-reply', doc)).claimLists[0]!
      doc.destroy()
      return amended
    }
    const second = await amendedClaims((await newReply()).body.id)
    expect(second.claims.map((c) => [c.id, c.text])).toEqual(AMENDED.map((c) => [c.id, c.text]))
    expect(second.baseline).toMatchObject({ claims: AMENDED, description: '支架上装有钢制弹簧。' })
    expect(second.baseline!.source).toMatch(/^答复 · 提交答复时/)
    // Chosen by its id, and a claim set as it is now still on request.
    const chosen = await amendedClaims((await newReply({ claimsVersion: replyVersions.body.versions[0]!.id })).body.id)
    expect(chosen.claims.map((c) => c.text)).toEqual(AMENDED.map((c) => c.text))
    const fromClaimSet = await amendedClaims((await newReply({ claimSet: documentId })).body.id)
    expect(fromClaimSet.claims.map((c) => c.text)).toEqual(EXAMINED.map((c) => c.text))

    // Granted: the text the office granted is kept — the reply filed last, as filed, though typed in since.
    await amendReply(firstReply, [{ id: 'after-filing', text: '提交后又改的文字。' }])
    const granted = await request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: users.lead.token, body: { to: 'granted', grade: 'A' } })
    expect(granted.status).toBe(200)
    const afterGrant = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${firstReply}/versions`, { token: users.agent.token })
    const [grant] = afterGrant.body.versions
    expect(grant).toMatchObject({ origin: 'grant', versionHash: replyVersions.body.versions[0]!.versionHash })
    expect(grant!.name).toMatch(/^授权文本 \d{4}-\d{2}-\d{2}$/)
    const grantedClaims = await request<VersionDetail>(server.url, 'GET', `/api/documents/${firstReply}/versions/${grant!.id}`, { token: users.agent.token })
    expect(grantedClaims.body.claims.map((c) => c.text)).toEqual(AMENDED.map((c) => c.text))
  })

  it('keeps an approval as a version of the document', async () => {
    const { documentId } = await claimSetMatter()
    const approval = await request<{ versionHash: string }>(server.url, 'POST', `/api/documents/${documentId}/approvals`, {
      token: users.lead.token,
      body: { override: { reason: '检查清单由线下会议完成' } },
    })
    expect(approval.status).toBe(201)
    const versions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${documentId}/versions`, { token: users.agent.token })
    const [approved] = versions.body.versions
    expect(approved).toMatchObject({ origin: 'approval', versionHash: approval.body.versionHash })
    const opened = await request<VersionDetail>(server.url, 'GET', `/api/documents/${documentId}/versions/${approved!.id}`, { token: users.agent.token })
    expect(opened.body.claims.map((c) => c.text)).toEqual(EXAMINED.map((c) => c.text))
  })

  it('opens a version of a document stored as 10,000 updates from its snapshot, without replaying them', async () => {
    const { documentId } = await claimSetMatter()
    const doc = await server.sync.currentState(documentId)
    const claimText = ((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    for (let i = 0; i < 10_000; i++) claimText.insert(claimText.length - 1, i % 2 === 0 ? '甲' : '乙')
    for (let i = 0; i < updates.length; i += 1000) await server.store.appendUpdates(documentId, updates.slice(i, i + 1000))
    doc.destroy()

    let started = performance.now()
    const version = (await saveVersion(documentId, '长历史')).body
    const saveMs = performance.now() - started
    started = performance.now()
    const opened = await request<VersionDetail>(server.url, 'GET', `/api/documents/${documentId}/versions/${version.id}`, { token: users.agent.token })
    const openMs = performance.now() - started
    expect(opened.body.claims[0]!.text).toHaveLength(EXAMINED[0]!.text.length + 10_000)
    console.log(`versions: saving a version of a document of 10,000 updates took ${saveMs.toFixed(0)} ms; opening it ${openMs.toFixed(0)} ms`)
  })
})
