import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Jurisdiction } from '../shared/claims/types'
import type { MatterView } from '../shared/domain/api'
import type { DocumentId, MatterId } from '../shared/domain/ids'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section, subheading } from '../shared/editor/documentBuilders'
import { BODY_FIELD } from '../shared/editor/documentExtensions'
import type { VersionView } from '../shared/editor/versionApi'
import type { PrintLayoutResponse } from '../shared/files/officeLayout'
import { createDocument as storeDocument } from '../server/documents/createDocument'
import { newId } from '../server/newId'
import { exportDocx, unzipText, zipNames } from './support/docxFiles'
import { addToTeam, createUser, request, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let lead: TestUser
let agent: TestUser
let outsider: TestUser

beforeAll(async () => {
  server = await startTestServer()
  lead = await createUser(server.url, server.store, { role: 'lead' })
  agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
  outsider = await createUser(server.url, server.store, { role: 'agent' })
})
afterAll(async () => {
  await server?.dispose()
})

const CN_CLAIM_SET = patentDocument(
  documentTitle('一种紧固件'),
  claimList(['一种紧固件，包括螺栓和螺母。', '根据权利要求1所述的紧固件，其特征在于，所述螺母为自锁螺母。']),
  section('abstract', ['本发明公开了一种紧固件，包括螺栓和自锁螺母。']),
  section('description', [subheading('技术领域'), '本发明涉及机械连接领域。', '', subheading('背景技术'), '现有螺母在振动下松动。']),
)

const US_CLAIM_SET = patentDocument(
  documentTitle('Fastener'),
  claimList(['A fastener comprising a bolt and a nut.', 'The fastener of claim 1, wherein the nut is self-locking.']),
  section('abstract', ['A fastener has a bolt and a self-locking nut.']),
  section('description', [subheading('Technical Field'), 'The invention relates to mechanical fasteners.', subheading('Background'), 'Known nuts loosen under vibration.']),
)

async function claimSet(jurisdiction: Jurisdiction, content: JSONContent): Promise<DocumentId> {
  const matter = await request<MatterView>(server.url, 'POST', '/api/matters', { token: lead.token, body: { title: 'Export', jurisdiction } })
  await addToTeam(server.store, matter.body.id, agent, 'agent')
  const record = (await server.store.findMatter(matter.body.id as MatterId))!
  return (await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '权利要求书', content })).id
}

/** Types into the first claim as a client would: the change goes into the document's update log. */
async function editFirstClaim(documentId: DocumentId, inserted: string): Promise<void> {
  const doc = await server.sync.currentState(documentId)
  const claim = ((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  claim.insert(0, inserted)
  await server.store.appendUpdates(documentId, updates)
  doc.destroy()
}

/** The visible text of each paragraph of a WordprocessingML part, in order, with `§` where a section (and so a page) ends; the last section's end is the body's own. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => {
    const text = [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
    return match[0].includes('<w:sectPr') ? `${text}§` : text
  })
}

const customProperty = (bytes: Uint8Array, name: string): string | undefined =>
  new RegExp(`name="${name}">\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(unzipText(bytes, 'docProps/custom.xml'))?.[1]

const footers = (bytes: Uint8Array): string =>
  zipNames(bytes)
    .filter((name) => /^word\/footer\d*\.xml$/.test(name))
    .map((name) => paragraphTexts(unzipText(bytes, name)).join('\n'))
    .join('\n')

describe('the exported DOCX', () => {
  it('lays a CN claim set out as 权利要求书, 说明书 with [0001] paragraphs, and 说明书摘要 after a page break', async () => {
    const id = await claimSet('CN', CN_CLAIM_SET)
    const file = await exportDocx(server.url, agent, id)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    // Named by the matter and the document: "权利要求书.docx" alone does not say whose it is.
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Export - 权利要求书.docx')}`)
    const paragraphs = paragraphTexts(unzipText(file.bytes, 'word/document.xml'))
    expect(paragraphs).toEqual([
      '权利要求书',
      '1. 一种紧固件，包括螺栓和螺母。',
      '2. 根据权利要求1所述的紧固件，其特征在于，所述螺母为自锁螺母。§',
      '说明书',
      '一种紧固件',
      '技术领域',
      '[0001] 本发明涉及机械连接领域。',
      '背景技术',
      '[0002] 现有螺母在振动下松动。§',
      '说明书摘要',
      '本发明公开了一种紧固件，包括螺栓和自锁螺母。',
    ])
    // Each part is a section of its own that starts on a new page (no section runs on continuously).
    expect(unzipText(file.bytes, 'word/document.xml')).not.toContain('w:val="continuous"')
    const headers = zipNames(file.bytes).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => unzipText(file.bytes, name))
    expect(headers.some((xml) => xml.includes('说明书摘要') && xml.includes('PAGE') && xml.includes('SECTIONPAGES'))).toBe(true)
    // A4 with CNIPA's 25 mm top and left margins.
    expect(unzipText(file.bytes, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })

  it('lays a US claim set out as specification, claims opened by "What is claimed is:", and ABSTRACT on its own page', async () => {
    const id = await claimSet('US', US_CLAIM_SET)
    const file = await exportDocx(server.url, agent, id)
    expect(paragraphTexts(unzipText(file.bytes, 'word/document.xml'))).toEqual([
      'FASTENER',
      'TECHNICAL FIELD',
      '[0001] The invention relates to mechanical fasteners.',
      'BACKGROUND',
      '[0002] Known nuts loosen under vibration.§',
      'What is claimed is:',
      '1. A fastener comprising a bolt and a nut.',
      '2. The fastener of claim 1, wherein the nut is self-locking.§',
      'ABSTRACT',
      'A fastener has a bolt and a self-locking nut.',
    ])
    expect(unzipText(file.bytes, 'word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
  })

  it('heads an EP claim set Description, Claims and Abstract', async () => {
    const id = await claimSet('EP', US_CLAIM_SET)
    const paragraphs = paragraphTexts(unzipText((await exportDocx(server.url, agent, id)).bytes, 'word/document.xml'))
    expect(paragraphs.filter((p) => ['Description', 'Claims', 'Abstract'].includes(p))).toEqual(['Description', 'Claims', 'Abstract'])
    expect(paragraphs).toContain('[0002] Known nuts loosen under vibration.§')
  })

  it('writes a long description (on a thread of its own) with every paragraph numbered', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `第${i + 1}段：处理单元根据风偏角对拉力读数进行风载补偿。`)
    const id = await claimSet('CN', patentDocument(documentTitle('一种紧固件'), claimList(['一种紧固件。']), section('abstract'), section('description', paragraphs)))
    const file = await exportDocx(server.url, agent, id)
    expect(file.status).toBe(200)
    const texts = paragraphTexts(unzipText(file.bytes, 'word/document.xml'))
    expect(texts.filter((t) => t.startsWith('['))).toHaveLength(3000)
    expect(texts.at(-1)).toBe('[3000] 第3000段：处理单元根据风偏角对拉力读数进行风载补偿。')
  })

  it('states the current text as not approved when no version is approved', async () => {
    const id = await claimSet('CN', CN_CLAIM_SET)
    const file = await exportDocx(server.url, agent, id)
    const hash = customProperty(file.bytes, 'ClaimroomVersionHash')!
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(file.headers.get('x-claimroom-version-hash')).toBe(hash)
    expect(customProperty(file.bytes, 'ClaimroomApproved')).toBe('false')
    expect(customProperty(file.bytes, 'ClaimroomVersionId')).toBe('current')
    expect(footers(file.bytes)).toContain(`版本：当前文本（未批准） · 内容 SHA-256：${hash}`)
    expect(unzipText(file.bytes, 'docProps/core.xml')).toContain(hash)
    // The program that wrote the file, not Word's "Un-named".
    expect(unzipText(file.bytes, 'docProps/core.xml')).toContain('<cp:lastModifiedBy>Claimroom</cp:lastModifiedBy>')
  })

  it('exports the approved version by default, the current text or a named version when asked', async () => {
    const id = await claimSet('CN', CN_CLAIM_SET)
    const approval = await request<{ versionHash: string }>(server.url, 'POST', `/api/documents/${id}/approvals`, {
      token: lead.token,
      body: { override: { reason: '检查清单线下完成' } },
    })
    expect(approval.status).toBe(201)
    await editFirstClaim(id, '改进的')

    const approved = await exportDocx(server.url, agent, id)
    expect(customProperty(approved.bytes, 'ClaimroomVersionHash')).toBe(approval.body.versionHash)
    expect(customProperty(approved.bytes, 'ClaimroomApproved')).toBe('true')
    expect(paragraphTexts(unzipText(approved.bytes, 'word/document.xml'))).toContain('1. 一种紧固件，包括螺栓和螺母。')
    expect(footers(approved.bytes)).toMatch(new RegExp(`版本：批准的版本 \\d{4}-\\d{2}-\\d{2}（已批准） · 内容 SHA-256：${approval.body.versionHash}`))

    const current = await exportDocx(server.url, agent, id, 'current')
    expect(customProperty(current.bytes, 'ClaimroomVersionHash')).not.toBe(approval.body.versionHash)
    expect(customProperty(current.bytes, 'ClaimroomApproved')).toBe('false')
    expect(paragraphTexts(unzipText(current.bytes, 'word/document.xml'))).toContain('1. 改进的一种紧固件，包括螺栓和螺母。')

    const saved = await request<VersionView>(server.url, 'POST', `/api/documents/${id}/versions`, { token: agent.token, body: { name: '提交前' } })
    const named = await exportDocx(server.url, agent, id, saved.body.id)
    expect(customProperty(named.bytes, 'ClaimroomVersionId')).toBe(saved.body.id)
    expect(customProperty(named.bytes, 'ClaimroomVersionName')).toBe('提交前')
    expect(footers(named.bytes)).toContain(`版本：提交前（未批准）`)

    const layout = await request<PrintLayoutResponse>(server.url, 'GET', `/api/documents/${id}/layout`, { token: agent.token })
    expect(layout.body.stamp).toMatchObject({ approved: true, versionHash: approval.body.versionHash })

    // The copy to file: nothing of ours on its pages, the version still in its properties.
    const forFiling = await fetch(`${server.url}/api/documents/${id}/export.docx?footer=0`, { headers: { authorization: `Bearer ${agent.token}` } })
    const filingBytes = new Uint8Array(await forFiling.arrayBuffer())
    expect(footers(filingBytes)).toBe('')
    expect(customProperty(filingBytes, 'ClaimroomVersionHash')).toBe(approval.body.versionHash)
    expect(paragraphTexts(unzipText(filingBytes, 'word/document.xml'))).toContain('1. 一种紧固件，包括螺栓和螺母。')
  })

  it('opens a US reply with the caption of the application the matter records, and ends its remarks with the signature to fill in', async () => {
    const matter = await request<MatterView>(server.url, 'POST', '/api/matters', { token: lead.token, body: { title: 'Fastener', jurisdiction: 'US' } })
    const facts = { applicationNumber: '17/123,456', filingDate: '2024-03-01', applicant: 'Acme Fasteners Ltd.', docketNumber: 'ACME-042', examiner: 'Jane Roe', artUnit: '3677', confirmationNumber: '4821' }
    expect((await request(server.url, 'PUT', `/api/matters/${matter.body.id}/application`, { token: lead.token, body: facts })).status).toBe(200)
    const record = (await server.store.findMatter(matter.body.id as MatterId))!
    const content = patentDocument(
      documentTitle('Fastener'),
      officeAction('first', '2026-03-05', [{ number: 'US 6,334,226 B1', title: 'Faucet support member', passages: '' }]),
      objectionList([{ claims: '1', ground: '35 USC 103', cited: 'D1', argument: ['D1 has no flange.'] }]),
      section('summary', ['Claim 1 was rejected.']),
      section('amendments'),
      claimList(['A fastener comprising a bolt and a nut.'], 'amended'),
    )
    const reply = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'oa-reply', title: 'Response', content })
    const xml = unzipText((await exportDocx(server.url, lead, reply.id)).bytes, 'word/document.xml')
    const paragraphs = paragraphTexts(xml)
    expect(paragraphs.slice(0, 12)).toEqual([
      'IN THE UNITED STATES PATENT AND TRADEMARK OFFICE',
      'Applicant: Acme Fasteners Ltd.',
      'Application No.: 17/123,456',
      'Filing Date: 2024-03-01',
      'Title: Fastener',
      'Art Unit: 3677',
      'Examiner: Jane Roe',
      'Confirmation No.: 4821',
      'Attorney Docket No.: ACME-042',
      'Commissioner for PatentsP.O. Box 1450Alexandria, VA 22313-1450',
      'RESPONSE TO OFFICE ACTION',
      expect.stringMatching(/^Office action: /),
    ])
    expect(paragraphs.slice(-5)).toEqual(['Respectfully submitted,', 'Signature: ', 'Name: ', 'Registration No.: ', 'Date: '])
    // Each of those lines is a rule to sign on: a tab to a stop drawn with an underscore leader.
    expect(xml.match(/w:leader="underscore"/g)).toHaveLength(4)
    // The print view draws the same caption.
    const printed = await request<PrintLayoutResponse>(server.url, 'GET', `/api/documents/${reply.id}/layout`, { token: lead.token })
    expect(printed.body.layout.parts[0]).toMatchObject({ heading: 'IN THE UNITED STATES PATENT AND TRADEMARK OFFICE', blocks: expect.arrayContaining([{ type: 'field', label: 'Examiner', text: 'Jane Roe' }]) })
  })

  it('finds no document outside the caller’s matters and no version of another document', async () => {
    const id = await claimSet('CN', CN_CLAIM_SET)
    const other = await claimSet('CN', CN_CLAIM_SET)
    const otherVersion = await request<VersionView>(server.url, 'POST', `/api/documents/${other}/versions`, { token: agent.token, body: { name: 'v1' } })
    expect((await exportDocx(server.url, outsider, id)).status).toBe(404)
    expect((await request(server.url, 'GET', `/api/documents/${id}/layout`, { token: outsider.token })).status).toBe(404)
    expect((await exportDocx(server.url, agent, id, otherVersion.body.id)).status).toBe(404)
    expect((await exportDocx(server.url, agent, id, 'no-such-version')).status).toBe(404)
    expect((await fetch(`${server.url}/api/documents/${id}/export.docx`)).status).toBe(401)
  })
})
