import { updateYFragment } from '@tiptap/y-tiptap'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AmendmentAnalysis } from '../shared/amendment/analyzeAmendment'
import type { AmendmentMarkupResponse } from '../shared/amendment/amendmentApi'
import type { DocumentId, MatterId } from '../shared/domain/ids'
import type { ComparedClaim } from '../shared/editor/compareClaims'
import type { PrintLayoutResponse } from '../shared/files/officeLayout'
import { claimList, documentTitle, patentDocument, section } from '../shared/editor/documentBuilders'
import { BODY_FIELD } from '../shared/editor/documentExtensions'
import { readClaimLists } from '../shared/editor/readPatentDocument'
import { loadCaller } from '../server/access'
import { readBody, schemaFor } from '../shared/editor/documentBody'
import { saveVersions } from '../server/versions/saveVersions'
import { cancel, cleanText, CN_116718812A_DESCRIPTION, corpusClaims, edit, US_20050004437A1_DESCRIPTION } from './amendmentCorpus'
import { unzip, wordRuns } from './amendmentZip'
import { readCorpusSets } from './corpus/corpus'
import { createDocument, createUser, request, storedClaimSet, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let agent: TestUser
let outsider: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
  outsider = await createUser(server.url, server.store, { role: 'agent' })
})
afterAll(async () => {
  await server?.dispose()
})

type Finding = AmendmentAnalysis['findings'][number] & { message: string }

const analyze = (body: unknown, token = agent.token) =>
  request<AmendmentAnalysis & { findings: Finding[] }>(server.url, 'POST', '/api/analyze/amendment?lang=zh-CN', { token, body })

describe('POST /api/analyze/amendment', () => {
  const CN = corpusClaims('CN-116718812A').map((claim) => claim.text)
  const pasted = (claims: string[]) => claims.map((text, index) => `${index + 1}. ${text}`).join('\n')

  it('compares pasted claims and flags the added span with offsets into the returned claim text', async () => {
    const amended = [CN[0]!.replace('高硬度且可承受高电流的材料', '不锈钢'), ...CN.slice(2)]
    const response = await analyze({ jurisdiction: 'CN', original: { claims: pasted(CN), description: CN_116718812A_DESCRIPTION }, amended: { claims: pasted(amended) } })
    expect(response.status).toBe(200)
    const { claims, changes, findings } = response.body
    expect(claims.map((c) => c.number)).toEqual(amended.map((_, index) => index + 1))
    expect(claims[0]).toMatchObject({ number: 1, previousNumber: 1, status: 'amended', text: amended[0] })
    expect(changes.find((c) => c.previousNumber === 2)).toMatchObject({ number: null, status: 'cancelled' })
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding).toMatchObject({ rule: 'amendment.added-matter', severity: 'error', claim: 1, message: '修改加入的“不锈钢”在原说明书和权利要求书中没有记载' })
    expect(claims[finding!.claim! - 1]!.text.slice(finding!.start, finding!.end)).toBe('不锈钢')
    expect(finding!.hint).toContain('合金')
  })

  it('takes claims one string each and finds nothing in a deletion-only or renumber-only amendment', async () => {
    const deleted = [CN[0]!.replace('对称并排布置的', ''), ...CN.slice(1)]
    const renumbered = cancel(corpusClaims('CN-116718812A'), 2, 4).map((claim) => claim.text)
    for (const amended of [deleted, renumbered]) {
      const response = await analyze({ jurisdiction: 'CN', original: { claims: CN, description: CN_116718812A_DESCRIPTION }, amended: { claims: amended } })
      expect(response.status).toBe(200)
      expect(response.body.findings).toEqual([])
    }
  })

  it('checks 150 claims, every one amended, against 500,000 characters of description inside the checker thread’s time limit', async () => {
    const corpus = readCorpusSets().filter((set) => set.jurisdiction === 'US').flatMap((set) => set.claims.map((claim) => claim.text.replace(/^\s*\d+\s*\.\s*/, '')))
    const original = corpus.slice(0, 150)
    let description = ''
    while (description.length < 500_000) description += `${corpus.join('\n')}\n`
    const amended = original.map((text) => text.replace(/\.\s*$/, ', wherein the housing is made of titanium.'))
    const response = await analyze({ jurisdiction: 'US', original: { claims: original, description: description.slice(0, 500_000) }, amended: { claims: amended } })
    expect(response.status).toBe(200)
    expect(response.body.findings.map((f) => amended[f.claim! - 1]!.slice(f.start, f.end))).toEqual(amended.map(() => 'titanium'))
  })

  it('refuses bad input with 400 and a message that says what is wrong, and callers who are not signed in with 401', async () => {
    const valid = { jurisdiction: 'US', original: { claims: 'x', description: '' }, amended: { claims: 'y' } }
    const cases: [unknown, RegExp][] = [
      [{ ...valid, jurisdiction: 'JP' }, /^jurisdiction/],
      [{ ...valid, original: { claims: 'x' } }, /^original\.description/],
      [{ ...valid, amended: { claims: 42 } }, /claims/],
      [{ ...valid, amended: { claims: ['a', 7] } }, /claims/],
      [{ ...valid, amended: { claims: 'x'.repeat(200_001) } }, /claims/],
      [{ ...valid, extra: true }, /extra|unrecognized/i],
    ]
    for (const [body, message] of cases) {
      const response = await request<{ error: { code: string; message: string } }>(server.url, 'POST', '/api/analyze/amendment', { token: agent.token, body })
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(response.body.error.message).toMatch(message)
    }
    expect((await request(server.url, 'POST', '/api/analyze/amendment', { token: agent.token, rawBody: '{' })).status).toBe(400)
    expect((await request(server.url, 'POST', '/api/analyze/amendment', { body: valid })).status).toBe(401)
  })
})

/** A matter with a claim set (claims and description), its filed version, and a reply started from it. */
async function replyMatter(jurisdiction: 'CN' | 'US', claims: ComparedClaim[], description: string) {
  const matter = await request<{ id: MatterId }>(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: 'Amendment', jurisdiction } })
  const claimSet = await storedClaimSet(server.store, matter.body.id, claims.map((claim) => ({ id: claim.id!, text: claim.text })), {
    title: jurisdiction === 'CN' ? '权利要求书' : 'Claims',
    description: [description],
  })
  const caller = (await loadCaller(server.store, agent.id))!
  const [filed] = await saveVersions(server.store, server.sync, caller, [claimSet], 'As filed', 'filing')
  const reply = await createDocument(server.url, agent, matter.body.id, 'oa-reply', 'Reply')
  return { matterId: matter.body.id, claimSet: claimSet.id, caller, reply: reply.id as DocumentId, filed: filed! }
}

/** Rewrites a reply's amended claims through the sync core, as the editor would, keeping their baseline. */
async function amendReply(reply: DocumentId, claims: ComparedClaim[]): Promise<void> {
  await server.sync.applyServerChange(reply, (doc) => {
    const body = readBody('oa-reply', doc)
    const baseline = readClaimLists(body)[0]!.baseline!
    const json = body.toJSON()
    json.content = json.content.map((node: { type: string }) =>
      node.type === 'claimList' ? claimList(claims.map((claim) => ({ id: claim.id!, text: claim.text })), 'amended', baseline) : node,
    )
    updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), schemaFor('oa-reply').nodeFromJSON(json), { mapping: new Map(), isOMark: new Map() })
  })
}

const markup = (reply: string, token = agent.token, query = '') =>
  request<AmendmentMarkupResponse>(server.url, 'GET', `/api/documents/${reply}/amendment-markup${query}`, { token })

async function markupDocx(reply: string): Promise<Response> {
  return fetch(`${server.url}/api/documents/${reply}/amendment-markup.docx`, { headers: { authorization: `Bearer ${agent.token}` } })
}

describe('GET /api/documents/:replyId/amendment-markup[.docx]', () => {
  it('marks a CN reply against the claims as filed, names the versions, and flags added matter', async () => {
    const examined = corpusClaims('CN-116718812A')
    const { reply, filed } = await replyMatter('CN', examined, CN_116718812A_DESCRIPTION)
    const amended = cancel([edit(examined[0]!, '高硬度且可承受高电流的材料制成', '合金制成，所述接触端内设有加热丝'), ...examined.slice(1)], 2)
    await amendReply(reply, amended)

    const response = await markup(reply)
    expect(response.status).toBe(200)
    const body = response.body
    expect(body.filed).toMatchObject({ id: filed.id, name: 'As filed', versionHash: filed.versionHash })
    expect(body.reply).toMatchObject({ id: reply, version: null })
    expect(body.reply.versionHash).toMatch(/^[0-9a-f]{64}$/)
    expect(body.checkedAgainst).toBe('filed')
    expect(body.markup.layout).toBe('cn-comparison')
    expect(body.markup.claims.slice(0, 3).map((c) => [c.number, c.previousNumber, c.status])).toEqual([
      [1, 1, 'amended'],
      [null, 2, 'cancelled'],
      [2, 3, 'renumbered'],
    ])
    const first = body.markup.claims[0]!
    expect(cleanText(first.runs)).toBe(amended[0]!.text)
    expect(first.runs.filter((r) => r.type === 'insert').map((r) => r.text).join('')).toMatch(/^合金，?所述接触端内设有加热丝，?$/)
    expect(body.findings.map((f) => [f.claim, amended[f.claim! - 1]!.text.slice(f.start, f.end)])).toEqual([[1, '内设有加热丝']])

    const docx = await markupDocx(reply)
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(docx.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Amendment - Reply - 修改对照页.docx')}`)
    const xml = unzip(new Uint8Array(await docx.arrayBuffer())).get('word/document.xml')!.toString('utf8')
    const runs = wordRuns(xml)
    // Exactly the changed text carries the marks: struck through the deletions, underlined the insertions.
    const struck = runs.filter(([, strike]) => strike).map(([text]) => text)
    const underlined = runs.filter(([, , underline]) => underline).map(([text]) => text)
    const claim1Deleted = first.runs.filter((r) => r.type === 'delete').map((r) => r.text)
    const claim1Inserted = first.runs.filter((r) => r.type === 'insert').map((r) => r.text)
    expect(struck.slice(0, claim1Deleted.length)).toEqual(claim1Deleted)
    expect(underlined.slice(0, claim1Inserted.length)).toEqual(claim1Inserted)
    expect(struck).toContain(examined[1]!.text)
    for (const [text, strike, underline] of runs) if (!strike && !underline) expect(claim1Inserted).not.toContain(text)
    expect(xml).toContain(filed.versionHash)
    expect(xml).toContain(body.reply.versionHash)
    expect(xml).toContain('<w:strike/>')
    expect(xml).toContain('<w:u w:val="single"/>')
  })

  it('judges added matter against the first filing when the claims were kept at filing again after a reply', async () => {
    const examined = corpusClaims('CN-116718812A')
    const { matterId, claimSet, caller, filed } = await replyMatter('CN', examined, CN_116718812A_DESCRIPTION)
    // The claim set gained a feature the application never disclosed, and the matter was filed again.
    const widened = [edit(examined[0]!, '高硬度且可承受高电流的材料制成', '合金制成，所述接触端内设有加热丝'), ...examined.slice(1)]
    const content = patentDocument(documentTitle('Amendment'), claimList(widened.map((c) => ({ id: c.id!, text: c.text }))), section('abstract'), section('description', [CN_116718812A_DESCRIPTION]))
    await server.sync.applyServerChange(claimSet, (doc) =>
      updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), schemaFor('claims').nodeFromJSON(content), { mapping: new Map(), isOMark: new Map() }),
    )
    await saveVersions(server.store, server.sync, caller, [(await server.store.findDocument(claimSet))!], 'As filed with the reply', 'filing')
    const second = await createDocument(server.url, agent, matterId, 'oa-reply', 'Second reply')

    const { body } = await markup(second.id)
    expect(body.filed).toMatchObject({ id: filed.id, name: 'As filed' })
    expect(body.findings.map((f) => [f.claim, widened[f.claim! - 1]!.text.slice(f.start, f.end)])).toEqual([[1, '内设有加热丝']])
  })

  it('lists a US reply under 37 CFR 1.121(c) with identifiers, and writes short deletions in double brackets', async () => {
    const examined = corpusClaims('US-20050004437A1')
    const { reply } = await replyMatter('US', examined, US_20050004437A1_DESCRIPTION)
    const claim1 = edit(edit(examined[0]!, 'a housing;', 'a housing holding a battery;'), 'a storing,', 'storing,')
    await amendReply(reply, [...cancel([claim1, ...examined.slice(1)], 2), { id: 'n1', text: 'The simulation device as set forth in claim 1, wherein the virtual creature is a dog.' }])

    const { status, body } = await markup(reply)
    expect(status).toBe(200)
    expect(body.markup.layout).toBe('us-claim-listing')
    expect(body.markup.claims.map((c) => [c.number, c.identifier])).toEqual([
      [1, 'currently-amended'],
      [2, 'canceled'],
      ...examined.slice(2).map((_, i) => [i + 3, 'original']),
      [examined.length + 1, 'new'],
    ])
    expect(body.findings).toEqual([])
    const runs = wordRuns(unzip(new Uint8Array(await (await markupDocx(reply)).arrayBuffer())).get('word/document.xml')!.toString('utf8'))
    expect(runs.filter(([, , underline]) => underline).map(([text]) => text.trim())).toEqual(['holding a battery'])
    // "a " is deleted in double brackets, never struck through.
    expect(runs.filter(([, strike]) => strike)).toEqual([])
    expect(runs.map(([text]) => text)).toContain('[[a]] ')
    expect(runs.map(([text]) => text).join('\n')).toContain('(Canceled)')
  })

  it('exports a US reply with its amended claims as the same claim listing, marked in Word', async () => {
    const examined = corpusClaims('US-20050004437A1')
    const { reply } = await replyMatter('US', examined, US_20050004437A1_DESCRIPTION)
    const claim1 = edit(examined[0]!, 'a housing;', 'a housing holding a battery;')
    await amendReply(reply, [...cancel([claim1, ...examined.slice(1)], 2), { id: 'n1', text: 'The simulation device as set forth in claim 1, wherein the virtual creature is a dog.' }])
    const file = await fetch(`${server.url}/api/documents/${reply}/export.docx`, { headers: { authorization: `Bearer ${agent.token}` } })
    expect(file.status).toBe(200)
    const xml = unzip(new Uint8Array(await file.arrayBuffer())).get('word/document.xml')!.toString('utf8')
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    const listed = paragraphs.filter((text) => /^\d+\. \(/.test(text)).map((text) => text.slice(0, text.indexOf(')') + 1))
    expect(listed).toEqual([
      '1. (Currently amended)',
      '2. (Canceled)',
      ...examined.slice(2).map((_, i) => `${i + 3}. (Original)`),
      `${examined.length + 1}. (New)`,
    ])
    expect(wordRuns(xml).filter(([, , underline]) => underline).map(([text]) => text.trim())).toEqual(['holding a battery'])
    // The print view draws the same listing.
    const layout = await request<PrintLayoutResponse>(server.url, 'GET', `/api/documents/${reply}/layout`, { token: agent.token })
    const claims = layout.body.layout.parts.find((part) => part.role === 'claims')!.blocks
    expect(claims.slice(0, 2)).toMatchObject([{ type: 'lead', text: expect.stringMatching(/^This listing of claims will replace/) }, { type: 'listed-claim', label: '1. (Currently amended)' }])
  })

  it('names a claim in a US reply’s added-matter findings by the listing’s number, and gives the message in the caller’s language', async () => {
    const examined = corpusClaims('US-20050004437A1')
    const { reply } = await replyMatter('US', examined, US_20050004437A1_DESCRIPTION)
    const added = { id: 'n1', text: 'The simulation device as set forth in claim 1, wherein the housing is made of titanium.' }
    // Claim 2 deleted: the new claim is claim N in the editor, N + 1 in the listing.
    await amendReply(reply, [...cancel(examined, 2), added])
    const { body } = await markup(reply, agent.token, '?lang=zh-CN')
    const listed = body.markup.claims.find((claim) => claim.identifier === 'new')!
    expect(listed.number).toBe(examined.length + 1)
    expect(body.findings.map((finding) => [finding.claim, added.text.slice(finding.start, finding.end)])).toEqual([[examined.length + 1, 'titanium']])
    expect(body.findings[0]!.message).toBe(body.findings[0]!.messages['zh-CN'])
  })

  it('answers 400 for a document that is not a reply, 404 for outsiders and for a version of another document', async () => {
    const { reply, filed } = await replyMatter('CN', corpusClaims('CN-116718812A'), CN_116718812A_DESCRIPTION)
    expect((await markup(reply, outsider.token)).status).toBe(404)
    expect((await markup(filed.documentId)).status).toBe(400)
    expect((await markup(reply, agent.token, `?version=${filed.id}`)).status).toBe(404)
    const saved = await request<{ id: string; name: string }>(server.url, 'POST', `/api/documents/${reply}/versions`, { token: agent.token, body: { name: '答复初稿' } })
    const atVersion = await markup(reply, agent.token, `?version=${saved.body.id}`)
    expect(atVersion.status).toBe(200)
    expect(atVersion.body.reply.version).toMatchObject({ id: saved.body.id, name: '答复初稿' })
  })
})
