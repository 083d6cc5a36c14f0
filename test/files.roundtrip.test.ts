import type { JSONContent } from '@tiptap/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseClaimList, parseClaimText } from '../shared/claims/parseClaims'
import type { Jurisdiction } from '../shared/claims/types'
import type { DocumentKind } from '../shared/domain/documentKinds'
import type { DocumentId, MatterId } from '../shared/domain/ids'
import type { DocumentView, MatterView } from '../shared/domain/api'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section, subheading } from '../shared/editor/documentBuilders'
import type { LayoutBlock, LayoutPart, PrintLayoutResponse } from '../shared/files/officeLayout'
import { DISCLOSURE_FIELDS } from '../shared/rules/disclosureFields'
import { createDocument as storeDocument } from '../server/documents/createDocument'
import { readBody } from '../shared/editor/documentBody'
import { readPatentDocument } from '../shared/editor/readPatentDocument'
import { newId } from '../server/newId'
import { corpusText, readCorpusSets, type CorpusSet } from './corpus/corpus'
import { exportDocx, importDocument } from './support/docxFiles'
import { createUser, request, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let agent: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
})
afterAll(async () => {
  await server?.dispose()
})

const corpus = readCorpusSets()
const corpusSet = (id: string): CorpusSet => corpus.find((set) => set.id === id || set.id.replace(/\s/g, '') === id) ?? fail(id)
function fail(id: string): never {
  throw new Error(`no corpus set ${id}: ${corpus.map((s) => s.id).join(', ')}`)
}

/** A corpus set's claims as the editor holds them: without their published numbers. */
const claimBodies = (set: CorpusSet): string[] =>
  parseClaimText(corpusText(set), { jurisdiction: set.jurisdiction }).map((claim) => claim.text.slice(claim.bodyStart).trim())

const DESCRIPTION: Record<'zh' | 'en', (string | JSONContent)[]> = {
  zh: [
    subheading('技术领域'),
    '本发明涉及桥梁检测技术领域，具体涉及一种桥梁钢结构挠度检测装置及检测方法。',
    subheading('背景技术'),
    '现有挠度检测依赖人工架设仪器，桥梁底部的污垢影响测量精度。',
    '最接近的现有技术仅测量位移，未清除测点表面的污垢。',
    subheading('具体实施方式'),
    '如图1所示，支撑座（1）的表面固定连接有液压伸缩杆（5），万向轮（4）便于移动。',
    subheading('实施例一'),
    '液压伸缩杆（5）的行程为300mm。',
  ],
  en: [
    subheading('Technical Field'),
    'The invention relates to plumbing fixtures, in particular to a support member for a faucet.',
    subheading('Background'),
    'Known faucet supports loosen over time; the faucet then rotates in the sink opening.',
    subheading('Detailed Description'),
    'As shown in FIG. 1, the support member 10 has a body 12 and a flange 14 that bears on the sink.',
    'The body 12 may be moulded of plastic.',
    subheading('Example 1'),
    'A body of polypropylene was moulded at 220 °C.',
  ],
}

const ABSTRACT = { zh: '本发明公开了一种桥梁钢结构挠度检测装置，清洁装置在检测前清除桥梁底部的污垢。', en: 'A faucet support member has a body and a flange bearing on the sink.' }

async function matterIn(jurisdiction: Jurisdiction, title: string): Promise<MatterView> {
  const response = await request<MatterView>(server.url, 'POST', '/api/matters', { token: agent.token, body: { title, jurisdiction } })
  expect(response.status).toBe(201)
  return response.body
}

async function storedDocument(matter: MatterView, kind: DocumentKind, content: JSONContent): Promise<DocumentId> {
  const record = (await server.store.findMatter(matter.id as MatterId))!
  const document = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind, title: `Original ${kind}`, content })
  return document.id
}

async function layoutOf(documentId: string): Promise<PrintLayoutResponse> {
  const response = await request<PrintLayoutResponse>(server.url, 'GET', `/api/documents/${documentId}/layout?version=current`, { token: agent.token })
  expect(response.status).toBe(200)
  return response.body
}

/** Exports a document as DOCX and imports the file as a new document of the same kind. */
async function roundTrip(matter: MatterView, kind: DocumentKind, documentId: string): Promise<{ original: PrintLayoutResponse; imported: PrintLayoutResponse }> {
  const file = await exportDocx(server.url, agent, documentId)
  expect(file.status).toBe(200)
  const imported = await importDocument<DocumentView>(server.url, agent, matter.id, { kind, title: 'Imported', file: file.bytes })
  expect(imported.status).toBe(201)
  return { original: await layoutOf(documentId), imported: await layoutOf(imported.body.id) }
}

const partOf = (layout: PrintLayoutResponse, role: LayoutPart['role']): LayoutBlock[] => layout.layout.parts.find((p) => p.role === role)?.blocks ?? []
const claimsIn = (layout: PrintLayoutResponse) =>
  partOf(layout, 'claims').flatMap((b) => (b.type === 'claim' ? [{ number: b.number, text: b.text }] : []))

describe.each([
  { jurisdiction: 'CN' as const, set: 'CN-117030164A', language: 'zh' as const },
  { jurisdiction: 'US' as const, set: 'US-6334226', language: 'en' as const },
  { jurisdiction: 'EP' as const, set: 'US-20050004437A1', language: 'en' as const },
])('DOCX round trip at the $jurisdiction office', ({ jurisdiction, set: setId, language }) => {
  const set = corpusSet(setId)

  it('gives back a claim set with the same claims, numbers and dependencies, the same description paragraphs and the abstract', async () => {
    const matter = await matterIn(jurisdiction, 'Round trip')
    const title = language === 'zh' ? '一种桥梁钢结构挠度检测装置' : 'Faucet support member'
    const id = await storedDocument(
      matter,
      'claims',
      patentDocument(documentTitle(title), claimList(claimBodies(set)), section('abstract', [ABSTRACT[language]]), section('description', DESCRIPTION[language])),
    )
    const { original, imported } = await roundTrip(matter, 'claims', id)

    expect(claimsIn(imported)).toEqual(claimsIn(original))
    expect(claimsIn(imported)).toHaveLength(set.claims.length)
    const parsed = parseClaimList(claimsIn(imported), { jurisdiction })
    expect(parsed.map((c) => ({ number: c.number, dependsOn: c.dependsOn, kind: c.kind }))).toEqual(
      parseClaimList(claimsIn(original), { jurisdiction }).map((c) => ({ number: c.number, dependsOn: c.dependsOn, kind: c.kind })),
    )
    // Dependencies as published (the truth of the corpus), not only as parsed twice alike.
    expect(parsed.map((c) => c.dependsOn)).toEqual(set.claims.map((c) => c.dependsOn))
    expect(partOf(imported, 'description')).toEqual(partOf(original, 'description'))
    expect(partOf(imported, 'description').filter((b) => b.type === 'paragraph')).toHaveLength(DESCRIPTION[language].filter((b) => typeof b === 'string').length)
    expect(partOf(imported, 'abstract')).toEqual(partOf(original, 'abstract'))
    expect(imported.layout.title).toBe(jurisdiction === 'US' ? title.toUpperCase() : title)
  })

  it('gives back the title as written when it is the matter\'s, though the US layout prints it in capitals', async () => {
    const title = language === 'zh' ? '一种桥梁钢结构挠度检测装置' : 'Faucet support member'
    const matter = await matterIn(jurisdiction, title)
    const id = await storedDocument(matter, 'claims', patentDocument(documentTitle(title), claimList(claimBodies(set)), section('abstract'), section('description', DESCRIPTION[language])))
    const file = await exportDocx(server.url, agent, id)
    const imported = await importDocument<DocumentView>(server.url, agent, matter.id, { kind: 'claims', title: 'Imported', file: file.bytes })
    expect(imported.status).toBe(201)
    const doc = await server.sync.currentState(imported.body.id as DocumentId)
    expect(readPatentDocument(readBody('claims', doc)).title.text).toBe(title)
    doc.destroy()
  })

  it('gives back a disclosure form field by field', async () => {
    const matter = await matterIn(jurisdiction, 'Round trip')
    const texts = DESCRIPTION[language].filter((b): b is string => typeof b === 'string')
    const fields = DISCLOSURE_FIELDS.filter((f) => f.key !== 'title')
    const id = await storedDocument(
      matter,
      'disclosure',
      patentDocument(documentTitle('Fixture'), ...fields.map((field, i) => section(field.key, i % 3 === 2 ? [''] : [texts[i % texts.length]!]))),
    )
    const { original, imported } = await roundTrip(matter, 'disclosure', id)
    expect(imported.layout.parts).toEqual(original.layout.parts)
  })

  it('gives back a reply with the same amended claims, cited documents and objections', async () => {
    const matter = await matterIn(jurisdiction, 'Round trip')
    const ground = { CN: 'A22.3', US: '35 USC 103', EP: 'Art 56 EPC' }[jurisdiction]
    const id = await storedDocument(
      matter,
      'oa-reply',
      patentDocument(
        documentTitle('Fixture'),
        officeAction('first', '2026-03-05', [
          { number: 'CN112233445A', title: language === 'zh' ? '一种紧固件' : 'Fastener', passages: '[0005]-[0012]' },
          { number: 'US 6,334,226 B1', title: 'Faucet support member', passages: '' },
        ]),
        objectionList([{ claims: '1-3', ground, cited: 'D1, D2', argument: [DESCRIPTION[language][1] as string] }]),
        section('summary', [DESCRIPTION[language][3] as string]),
        section('amendments', [DESCRIPTION[language][4] as string]),
        claimList(claimBodies(set).slice(0, 5), 'amended'),
      ),
    )
    const { original, imported } = await roundTrip(matter, 'oa-reply', id)
    expect(claimsIn(imported)).toEqual(claimsIn(original))

    const replyDocument = await importedReply(imported.documentId)
    expect(replyDocument.officeAction).toEqual({ actionType: 'first', issueDate: '2026-03-05' })
    expect(replyDocument.cited).toEqual([
      { number: 'CN112233445A', title: language === 'zh' ? '一种紧固件' : 'Fastener', passages: '[0005]-[0012]' },
      { number: 'US 6,334,226 B1', title: 'Faucet support member', passages: '' },
    ])
    expect(replyDocument.objections).toEqual([{ claims: '1-3', ground, cited: language === 'zh' ? 'D1、D2' : 'D1, D2' }])
  })
})

/** The office action and objections recorded in an imported reply, read from its stored content. */
async function importedReply(documentId: string) {
  const doc = await server.sync.currentState(documentId as DocumentId)
  const body = readBody('oa-reply', doc).toJSON() as JSONContent
  doc.destroy()
  const action = body.content!.find((n) => n.type === 'officeAction')!
  const objections = body.content!.find((n) => n.type === 'objectionList')!.content ?? []
  return {
    officeAction: { actionType: action.attrs!.actionType as string, issueDate: action.attrs!.issueDate as string },
    cited: (action.content ?? []).map((c) => ({ number: c.attrs!.number as string, title: c.content?.[0]?.text ?? '', passages: c.attrs!.passages as string })),
    objections: objections.map((o) => ({ claims: o.attrs!.claims as string, ground: o.attrs!.ground as string, cited: o.attrs!.cited as string })),
  }
}
