import type { JSONContent } from '@tiptap/core'
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseClaimList, parseClaimText } from '../shared/claims/parseClaims'
import type { Jurisdiction } from '../shared/claims/types'
import type { DocumentView, MatterView } from '../shared/domain/api'
import type { DocumentId, MatterId } from '../shared/domain/ids'
import { readPatentDocument } from '../shared/editor/readPatentDocument'
import { readBody } from '../shared/editor/documentBody'
import { MAX_IMPORT_BYTES } from '../shared/files/importLimits'
import { ApiRequestError } from '../client/api'
import { describeFileProblem } from '../client/files/describeFileProblem'
import type { Translate } from '../client/i18n/I18nProvider'
import { formatMessage, MESSAGES } from '../client/i18n/messages'
import { corpusText, readCorpusSets } from './corpus/corpus'
import { importDocument, storedZip } from './support/docxFiles'
import { addToTeam, createUser, request, usersInRoles, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'
import { SECOND_CN_ACTION } from './support/officeActionTexts'

let server: TestServer
let users: Record<'lead' | 'agent' | 'reviewer', TestUser>
let outsider: TestUser

beforeAll(async () => {
  server = await startTestServer()
  users = await usersInRoles(server.url, server.store, ['lead', 'agent', 'reviewer'])
  outsider = await createUser(server.url, server.store, { role: 'agent' })
})
afterAll(async () => {
  await server?.dispose()
})

interface Imported extends DocumentView {
  imported: { claims: number; paragraphs: number; abstract: boolean; citedDocuments: number; objections: number; warnings: { code: string; message: string }[] }
}

async function matterIn(jurisdiction: Jurisdiction = 'CN'): Promise<string> {
  const matter = await request<MatterView>(server.url, 'POST', '/api/matters', { token: users.lead.token, body: { title: '一种紧固件', jurisdiction } })
  await addToTeam(server.store, matter.body.id, users.agent, 'agent')
  await addToTeam(server.store, matter.body.id, users.reviewer, 'reviewer')
  return matter.body.id
}

async function contentOf(documentId: string, kind: 'claims' | 'disclosure' | 'oa-reply') {
  const doc = await server.sync.currentState(documentId as DocumentId)
  const body = readBody(kind, doc)
  doc.destroy()
  return { read: readPatentDocument(body), json: body.toJSON() as JSONContent }
}

const documentCount = async (matterId: string) => (await server.store.listDocuments(matterId as MatterId)).length

/** The first bytes of an OLE compound file, with a stream name in its directory as Word writes it (UTF-16LE). */
const compoundFile = (stream: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(512)]))

/** A DOCX as Word writes one, its claims numbered by Word's own list numbering. */
async function wordDocx(): Promise<Uint8Array> {
  const numbered = (text: string) => new Paragraph({ numbering: { reference: 'claims', level: 0 }, children: [new TextRun(text)] })
  const document = new Document({
    numbering: { config: [{ reference: 'claims', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('权利要求书')] }),
          numbered('一种紧固件，包括螺栓和螺母。'),
          numbered('根据权利要求1所述的紧固件，其特征在于，所述螺母为自锁螺母。'),
          numbered('根据权利要求1或2所述的紧固件，其特征在于，所述螺栓为不锈钢螺栓。'),
          new Paragraph('说明书'),
          new Paragraph({ heading: 'Heading2', children: [new TextRun('技术领域')] }),
          new Paragraph('【0001】本发明涉及机械连接领域。'),
          new Paragraph({ children: [new TextRun('[0002] 现有螺母在振动下松动，'), new TextRun({ text: '需要定期检查。', break: 1 })] }),
          new Paragraph('摘要'),
          new Paragraph('一种紧固件，包括螺栓和自锁螺母。'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

describe('importing a DOCX', () => {
  it('reads claims numbered by Word, description paragraphs without their numbers, line breaks and the abstract', async () => {
    const matterId = await matterIn()
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: '导入的权利要求书', file: await wordDocx() })
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ kind: 'claims', title: '导入的权利要求书', matterId, imported: { claims: 3, paragraphs: 2, abstract: true, warnings: [] } })
    const { read } = await contentOf(response.body.id, 'claims')
    const claims = read.claimLists[0]!.claims
    expect(claims.map((c) => c.text)).toEqual([
      '一种紧固件，包括螺栓和螺母。',
      '根据权利要求1所述的紧固件，其特征在于，所述螺母为自锁螺母。',
      '根据权利要求1或2所述的紧固件，其特征在于，所述螺栓为不锈钢螺栓。',
    ])
    expect(parseClaimList(claims, { jurisdiction: 'CN' }).map((c) => c.dependsOn)).toEqual([[], [1], [1, 2]])
    expect(read.sections.get('description')!.text).toBe('技术领域\n本发明涉及机械连接领域。\n现有螺母在振动下松动，\n需要定期检查。')
    expect(read.sections.get('abstract')!.text).toBe('一种紧固件，包括螺栓和自锁螺母。')
    // The archive records the import and the file it came from.
    const archive = await request<{ entries: { kind: string; documentId: string | null; to: string | null; note: string | null }[] }>(
      server.url, 'GET', `/api/matters/${matterId}/archive`, { token: users.agent.token },
    )
    expect(archive.body.entries.filter((e) => e.documentId === response.body.id).map((e) => [e.kind, e.to, e.note])).toEqual([['document.imported', 'claims', 'upload.docx']])
  })
})

/** A US specification as Word writes one: a Title-styled title, a table in the description, claims with lettered steps in Word's list numbering. */
async function specificationDocx(): Promise<Uint8Array> {
  const claim = (text: string, level = 0) => new Paragraph({ numbering: { reference: 'claims', level }, children: [new TextRun(text)] })
  const row = (...cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'claims',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Cable tensioner')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Description')] }),
          new Paragraph('The tensioner is made in three sizes.'),
          new Table({ rows: [row('Size', 'Cable', 'Load'), row('S', '4 mm', '2  kN'), row('L', '8 mm', '6 kN')] }),
          new Paragraph('The grub screw holds the cable.'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Claims')] }),
          claim('A cable tensioner comprising a body (2) and a grub screw (6).'),
          claim('The cable tensioner of claim 1, wherein the body (2) is steel.'),
          claim('The cable tensioner of claim 1, wherein the grub screw (6) is brass.'),
          claim('A method of tensioning a cable with the cable tensioner of claim 1, comprising the steps of:'),
          claim('turning the grub screw (6); and', 1),
          claim('tensioning a cable (12).', 1),
          claim('The method of claim 4, wherein step b) is carried out after step a).'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Abstract')] }),
          new Paragraph('A cable tensioner with a grub screw.'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

describe('importing a specification laid out in Word', () => {
  async function importSpecification() {
    const matterId = await matterIn('US')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: 'Specification', file: await specificationDocx() })
    expect(response.status).toBe(201)
    return { imported: response.body.imported, ...(await contentOf(response.body.id, 'claims')) }
  }

  it('keeps the letters Word shows before a claim\'s steps, the steps inside their claim', async () => {
    const { imported, read } = await importSpecification()
    expect(imported.claims).toBe(5)
    const claims = read.claimLists[0]!.claims
    expect(claims[3]!.text).toBe('A method of tensioning a cable with the cable tensioner of claim 1, comprising the steps of:\na) turning the grub screw (6); and\nb) tensioning a cable (12).')
    expect(claims[4]!.text).toBe('The method of claim 4, wherein step b) is carried out after step a).')
    expect(parseClaimList(claims, { jurisdiction: 'US' }).map((c) => c.dependsOn)).toEqual([[], [1], [1], [1], [4]])
  })

  it('makes a table in the description one paragraph per row, its cells apart by a tab as a pasted table', async () => {
    const { imported, read } = await importSpecification()
    expect(imported.paragraphs).toBe(5)
    expect(read.sections.get('description')!.text).toBe(
      ['The tensioner is made in three sizes.', 'Size\tCable\tLoad', 'S\t4 mm\t2 kN', 'L\t8 mm\t6 kN', 'The grub screw holds the cable.'].join('\n'),
    )
  })

  it('takes a paragraph styled Title as the document\'s title, not as a heading of the description', async () => {
    const { read, json } = await importSpecification()
    expect(read.title.text).toBe('Cable tensioner')
    const description = json.content!.find((node) => node.type === 'section' && node.attrs?.field === 'description')
    expect(JSON.stringify(description)).not.toContain('Cable tensioner')
  })
})

describe('a long import', () => {
  it('is read off the event loop: the server answers other requests while a 20,000-paragraph DOCX is structured', async () => {
    const paragraph = '本发明涉及电力设备状态监测技术领域，处理单元根据风偏角对拉力读数进行风载补偿，从而在大风条件下准确测量覆冰厚度。'
    const children = [new Paragraph('说明书'), ...Array.from({ length: 20_000 }, (_, i) => new Paragraph(`[${String(i + 1).padStart(5, '0')}] ${paragraph}`))]
    const file = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
    const matterId = await matterIn()
    const started = performance.now()
    const importing = importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: 'long', file })
    const pings: number[] = []
    let done = false
    void importing.then(() => (done = true))
    while (!done) {
      const sent = performance.now()
      await fetch(`${server.url}/healthz`)
      pings.push(performance.now() - sent)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const response = await importing
    const took = performance.now() - started
    console.log(`20,000-paragraph DOCX imported in ${took.toFixed(0)} ms; slowest of ${pings.length} health checks meanwhile: ${Math.max(...pings).toFixed(0)} ms`)
    expect(response.status).toBe(201)
    expect(response.body.imported.paragraphs).toBe(20_000)
    expect(Math.max(...pings)).toBeLessThan(Math.max(1000, took / 4))
  })
})

describe('an import that cannot be used creates nothing and says why', () => {
  const cases: [string, () => Promise<{ kind?: string; title?: string; text?: string; file?: Uint8Array }>, number, string][] = [
    ['a file that is not a zip', async () => ({ file: new TextEncoder().encode('%PDF-1.7\n1 0 obj') }), 415, 'not_docx'],
    ['a zip that is not a Word document', async () => ({ file: storedZip([{ name: 'readme.txt', data: new TextEncoder().encode('hello') }]) }), 415, 'not_docx'],
    ['a password-protected DOCX', async () => ({ file: compoundFile('EncryptedPackage') }), 422, 'docx_encrypted'],
    ['a Word 97–2003 .doc', async () => ({ file: compoundFile('WordDocument') }), 415, 'not_docx'],
    ['a file over the size limit', async () => ({ file: new Uint8Array(MAX_IMPORT_BYTES + 1) }), 413, 'too_large'],
    [
      'a DOCX that unpacks to 100 MB',
      async () => ({ file: storedZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>'), declaredSize: 100 * 1024 * 1024 }]) }),
      413,
      'too_large',
    ],
    ['a DOCX with no text', async () => ({ file: new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }))) }), 422, 'nothing_to_import'],
    ['empty text', async () => ({ text: ' \n\n ' }), 422, 'nothing_to_import'],
    ['text without claims, description or abstract', async () => ({ text: '见附件' }), 422, 'nothing_to_import'],
    [
      'a claim set whose claims part has text but no numbered claim',
      async () => ({ text: '权利要求书\n一种紧固件，包括螺栓和螺母。\n说明书\n本发明涉及机械连接领域。' }),
      422,
      'no_claims_found',
    ],
    ['both a file and text', async () => ({ text: '1. 一种紧固件。', file: await wordDocx() }), 400, 'invalid_input'],
    ['neither a file nor text', async () => ({}), 400, 'invalid_input'],
    ['an unknown kind', async () => ({ kind: 'patent', text: '1. 一种紧固件。' }), 400, 'invalid_input'],
  ]

  it.each(cases)('%s', async (_name, fields, status, code) => {
    const matterId = await matterIn()
    const response = await importDocument<{ error: { code: string; message: string } }>(server.url, users.agent, matterId, {
      kind: 'claims',
      title: '导入',
      ...(await fields()),
    })
    expect(response.status).toBe(status)
    expect(response.body.error.code).toBe(code)
    expect(response.body.error.message.length).toBeGreaterThan(10)
    expect(await documentCount(matterId)).toBe(0)
  })

  it('says of pasted claims without numbers that the text, not a file, has them, and names the source for the client', async () => {
    const matterId = await matterIn('US')
    const text = 'What is claimed is:\nA cable tensioner comprising a grub screw.\nThe cable tensioner of claim 1, wherein the grub screw is brass.'
    const response = await importDocument<{ error: { code: string; message: string; source: string } }>(server.url, users.agent, matterId, { kind: 'claims', title: 'x', text })
    expect(response.status).toBe(422)
    expect(response.body.error).toMatchObject({ code: 'no_claims_found', source: 'text' })
    expect(response.body.error.message).toMatch(/the text has claims/i)
    expect(response.body.error.message).not.toMatch(/word|file/i)
    expect(await documentCount(matterId)).toBe(0)
    // The answer as the client reads it (client/api.ts): the other fields of the error are its details.
    const { code, message, ...details } = response.body.error
    const t: Translate = (key, values) => formatMessage(MESSAGES.en[key], values)
    expect(describeFileProblem(new ApiRequestError(422, code, message, details), t)).toMatch(/^The text has claims, but no numbered claims/)
  })

  it('says of a file\'s claims without numbers that the file has them', async () => {
    const matterId = await matterIn('US')
    const file = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Claims'), new Paragraph('A cable tensioner comprising a grub screw.')] }] })))
    const response = await importDocument<{ error: { code: string; message: string } }>(server.url, users.agent, matterId, { kind: 'claims', title: 'x', file })
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('no_claims_found')
    expect(response.body.error.message).toMatch(/the file has claims/i)
  })

  it('creates a claim set from a description without claims, and says in the answer that it found none', async () => {
    const matterId = await matterIn('CN')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: '说明书', text: '说明书\n本发明涉及机械连接领域。' })
    expect(response.status).toBe(201)
    expect(response.body.imported).toMatchObject({ claims: 0, paragraphs: 1 })
    expect(response.body.imported.warnings).toEqual([{ code: 'no_claims_found', message: expect.stringContaining('no numbered claims') }])
    expect((await contentOf(response.body.id, 'claims')).read.sections.get('description')!.text).toBe('本发明涉及机械连接领域。')
  })

  it('names a document imported without a title by its kind, in the language of its office', async () => {
    for (const [jurisdiction, name] of [['CN', '权利要求书'], ['US', 'Claim set']] as const) {
      const matterId = await matterIn(jurisdiction)
      const imported = await importDocument<{ title: string }>(server.url, users.agent, matterId, { kind: 'claims', title: ' ', text: '1. A fastener.' })
      expect(imported.status).toBe(201)
      expect(imported.body.title).toBe(name)
    }
  })

  it('finds no matter outside the caller’s team, and refuses a reviewer who may not create documents', async () => {
    const matterId = await matterIn()
    expect((await importDocument(server.url, outsider, matterId, { kind: 'claims', title: 'x', text: '1. 一种紧固件。' })).status).toBe(404)
    expect((await importDocument(server.url, users.agent, 'no-such-matter', { kind: 'claims', title: 'x', text: '1. 一种紧固件。' })).status).toBe(404)
    expect((await importDocument(server.url, users.reviewer, matterId, { kind: 'claims', title: 'x', text: '1. 一种紧固件。' })).status).toBe(403)
    expect(await documentCount(matterId)).toBe(0)
  })

  it('takes the import only as multipart/form-data from the server’s own origin', async () => {
    const matterId = await matterIn()
    const json = await request<{ error: { code: string } }>(server.url, 'POST', `/api/matters/${matterId}/import`, {
      token: users.agent.token,
      body: { kind: 'claims', title: 'x', text: '1. 一种紧固件。' },
    })
    expect(json.status).toBe(415)
    const form = new FormData()
    form.set('kind', 'claims')
    form.set('title', 'x')
    form.set('text', '1. 一种紧固件。')
    const foreign = await fetch(`${server.url}/api/matters/${matterId}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${users.agent.token}`, origin: 'https://evil.example' },
      body: form,
    })
    expect(foreign.status).toBe(403)
    expect(await documentCount(matterId)).toBe(0)
  })
})

describe('importing pasted text', () => {
  const corpus = readCorpusSets()

  it.each(['CN-117030164A', 'CN-202310645338.1', 'US-6334226', 'US-11147203'])('gives %s its published claim count and dependencies', async (id) => {
    const set = corpus.find((s) => s.id === id)!
    const matterId = await matterIn(set.jurisdiction)
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: id, text: corpusText(set) })
    expect(response.status).toBe(201)
    expect(response.body.imported.claims).toBe(set.claims.length)
    const claims = (await contentOf(response.body.id, 'claims')).read.claimLists[0]!.claims
    const parsed = parseClaimList(claims, { jurisdiction: set.jurisdiction })
    expect(parsed.map((c) => c.number)).toEqual(set.claims.map((c) => c.number))
    expect(parsed.map((c) => c.dependsOn)).toEqual(set.claims.map((c) => c.dependsOn))
    expect(parsed.map((c) => c.kind)).toEqual(set.claims.map((c) => c.kind))
  })

  it('splits every corpus claim set as a paste into the claim editor would', async () => {
    for (const set of corpus) {
      const matterId = await matterIn(set.jurisdiction)
      const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: set.id, text: corpusText(set) })
      expect(response.status, set.id).toBe(201)
      expect(response.body.imported.claims, set.id).toBe(parseClaimText(corpusText(set), { jurisdiction: set.jurisdiction }).length)
    }
  })

  it('structures a long paste (read on a thread of its own) as it would a short one', async () => {
    const set = corpus.find((s) => s.id === 'CN-117030164A')!
    const bodies = parseClaimText(corpusText(set), { jurisdiction: 'CN' }).map((c) => c.text.slice(c.bodyStart).trim())
    // 24 copies of the set, numbered on: about 45,000 characters, past what is structured at once.
    const claims = Array.from({ length: 24 }, () => bodies).flat()
    const text = claims.map((body, i) => `${i + 1}. ${body}`).join('\n')
    expect(text.length).toBeGreaterThan(40_000)
    const matterId = await matterIn('CN')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'claims', title: 'long', text })
    expect(response.status).toBe(201)
    expect(response.body.imported.claims).toBe(claims.length)
    expect((await contentOf(response.body.id, 'claims')).read.claimLists[0]!.claims.map((c) => c.text)).toEqual(claims)
  })

  it('records an office action’s type, date, cited documents and objections in a new reply, its text kept, the amended claims from the claim set', async () => {
    const matterId = await matterIn('CN')
    await importDocument(server.url, users.agent, matterId, { kind: 'claims', title: '权利要求书', text: '1. 一种紧固件，包括螺栓。\n2. 根据权利要求1所述的紧固件，还包括螺母。' })
    const officeAction = [
      '第一次审查意见通知书',
      '发文日：2026年3月5日',
      '本通知书引用下列对比文件：',
      '对比文件1：CN112233445A，一种防松螺母',
      '对比文件2：CN108765432B，紧固组件',
      '1. 权利要求1不具备专利法第22条第2款规定的新颖性。对比文件1公开了一种紧固件。',
      '2. 权利要求2不具备专利法第22条第3款规定的创造性。D1与D2结合得到权利要求2的技术方案。',
    ].join('\n')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'oa-reply', title: '答复第一次审查意见', text: officeAction })
    expect(response.status).toBe(201)
    expect(response.body.imported).toMatchObject({ citedDocuments: 2, objections: 2, paragraphs: 7 })
    const { read } = await contentOf(response.body.id, 'oa-reply')
    expect(read.officeAction).toMatchObject({ actionType: 'first', issueDate: '2026-03-05' })
    expect(read.officeAction!.citedDocuments).toEqual([
      { number: 'CN112233445A', title: '一种防松螺母', passages: '', pos: expect.any(Number) },
      { number: 'CN108765432B', title: '紧固组件', passages: '', pos: expect.any(Number) },
    ])
    expect(read.objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1', 'A22.2', 'D1'],
      ['2', 'A22.3', 'D1、D2'],
    ])
    expect(read.sections.get('summary')!.text).toBe(officeAction)
    expect(read.claimLists[0]!.claims.map((c) => c.text)).toEqual(['一种紧固件，包括螺栓。', '根据权利要求1所述的紧固件，还包括螺母。'])
  })

  it('reads a US office action’s rejections under 35 U.S.C.', async () => {
    const matterId = await matterIn('US')
    const text = [
      'Non-Final Rejection. Notification Date: 03/05/2026',
      'D1: US 6,334,226 B1, Faucet support member',
      'D2: US 2005/0004437 A1',
      'Claims 1-5 are rejected under 35 U.S.C. 103 as being unpatentable over D1 in view of D2.',
      'Claim 7 is rejected under 35 U.S.C. 112(b) as being indefinite.',
    ].join('\n')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'oa-reply', title: 'Response', text })
    const { read } = await contentOf(response.body.id, 'oa-reply')
    expect(read.officeAction).toMatchObject({ actionType: 'first', issueDate: '2026-03-05' })
    expect(read.officeAction!.citedDocuments.map((d) => d.number)).toEqual(['US 6,334,226 B1', 'US 2005/0004437 A1'])
    expect(read.objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1-5', '35 USC 103', 'D1, D2'],
      ['7', '35 USC 112(b)', ''],
    ])
  })

  it('keeps a second office action’s round and the examiner’s numbers of its cited documents, and records points under the Implementing Rules', async () => {
    const matterId = await matterIn('CN')
    const text = SECOND_CN_ACTION.join('\n')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'oa-reply', title: '答复第二次审查意见', text })
    expect(response.status).toBe(201)
    expect(response.body.imported).toMatchObject({ citedDocuments: 3, objections: 4 })
    expect(response.body.imported.warnings.map((w) => w.code)).toEqual(['cited_documents_to_fill'])
    const { read } = await contentOf(response.body.id, 'oa-reply')
    expect(read.officeAction).toMatchObject({ actionType: 'subsequent', round: 2, issueDate: '2026-09-01' })
    expect(read.officeAction!.citedDocuments.map((d) => d.number)).toEqual(['', '', 'CN 110987654 A'])
    expect(read.objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1', 'A22.3', 'D1、D2、D3'],
      ['3', 'A22.2', 'D3'],
      ['', 'R20', ''],
      ['', 'R26', ''],
    ])
  })

  it('reads a second CNIPA action pasted from its PDF as the second, its table of cited documents and its numbered points, and names the reply by its round', async () => {
    const matterId = await matterIn('CN')
    const text = [
      '第二次审查意见通知书',
      '发文日：2026年11月20日',
      '申请人针对第一次审查意见通知书提交了意见陈述书。除继续引用第一次审查意见通知书中的对比文件1、2外，本通知书新引用下列对比文件：',
      '编号 文件号或名称 公开日期（或抵触申请的申请日）',
      '3\tCN115551234A\t2022年11月08日',
      '(1) 权利要求1-3不具备专利法第22条第3款规定的创造性。',
      '权利要求1与对比文件1的区别在于：滚刷表面设有螺旋导流槽。对比文件3公开了该特征，因此权利要求1不具备创造性。',
      '从属权利要求2、3的附加技术特征已被对比文件2公开，因此权利要求2、3也不具备创造性。',
    ].join('\n')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'oa-reply', title: ' ', text })
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ title: '第二次审查意见答复', imported: { citedDocuments: 3, objections: 1 } })
    const { read } = await contentOf(response.body.id, 'oa-reply')
    expect(read.officeAction).toMatchObject({ actionType: 'subsequent', round: 2, issueDate: '2026-11-20' })
    expect(read.officeAction!.citedDocuments.map((d) => [d.number, d.title])).toEqual([['', ''], ['', ''], ['CN115551234A', '']])
    expect(read.objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([['1-3', 'A22.3', 'D1、D2、D3']])
  })

  it('names a reply imported without a title by the USPTO or EPO action it answers and its date', async () => {
    for (const [jurisdiction, text, title] of [
      ['US', 'Non-Final Rejection\nNotification Date: 11/20/2026\nClaims 1-5 are rejected under 35 U.S.C. 103.', 'Response to Non-Final Office Action of 2026-11-20'],
      ['EP', 'Communication pursuant to Article 94(3) EPC\nDate of dispatch: 20.11.2026\nClaim 1 does not meet the requirements of Art 56 EPC.', 'Reply to communication of 2026-11-20'],
    ] as const) {
      const response = await importDocument<Imported>(server.url, users.agent, await matterIn(jurisdiction), { kind: 'oa-reply', title: '', text })
      expect(response.status).toBe(201)
      expect(response.body.title).toBe(title)
    }
  })

  it('records a US action’s references named by inventor as cited documents, linked to the rejection', async () => {
    const matterId = await matterIn('US')
    const text = [
      'Non-Final Rejection. Notification Date: 03/05/2026',
      'Claims 1-5 are rejected under 35 U.S.C. 103 as being unpatentable over Smith (US 9,876,543 B2) in view of Jones (US 2018/0234567 A1).',
    ].join('\n')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'oa-reply', title: 'Response', text })
    expect(response.body.imported).toMatchObject({ citedDocuments: 2, objections: 1, warnings: [] })
    const { read } = await contentOf(response.body.id, 'oa-reply')
    expect(read.officeAction!.citedDocuments.map((d) => [d.name, d.number])).toEqual([
      ['Smith', 'US 9,876,543 B2'],
      ['Jones', 'US 2018/0234567 A1'],
    ])
    expect(read.objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([['1-5', '35 USC 103', 'D1, D2']])
  })

  it('puts a disclosure’s text under its fields', async () => {
    const matterId = await matterIn('CN')
    const text = ['技术交底书', '发明名称：一种紧固件', '一、技术领域', '本发明涉及机械连接领域。', '二、背景技术', '现有螺母在振动下松动。', '有益效果：不松动。'].join('\n')
    const response = await importDocument<Imported>(server.url, users.agent, matterId, { kind: 'disclosure', title: '交底书', text })
    expect(response.status).toBe(201)
    const { read } = await contentOf(response.body.id, 'disclosure')
    expect(read.title.text).toBe('一种紧固件')
    expect(read.sections.get('technicalField')!.text).toBe('本发明涉及机械连接领域。')
    expect(read.sections.get('background')!.text).toBe('现有螺母在振动下松动。')
    expect(read.sections.get('beneficialEffects')!.text).toBe('不松动。')
    expect(read.sections.get('technicalSolution')!.hasProse).toBe(false)
  })
})
