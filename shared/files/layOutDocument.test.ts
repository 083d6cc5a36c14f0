import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { demoDisclosure } from '../../server/seed/demoContent'
import { analyzePatentDocument } from '../editor/analyzePatentDocument'
import type { Jurisdiction } from '../claims/types'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section } from '../editor/documentBuilders'
import { buildDocument } from '../editor/testing'
import { layOutDocument, type ApplicationData } from './layOutDocument'
import type { LayoutBlock } from './officeLayout'

const orderedList = (items: string[]): JSONContent => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: item }] }] })),
})

/** The demo disclosure with its points to protect written as a numbered list, as Word pastes them. */
function disclosureWithListedPoints() {
  const content = demoDisclosure()
  const points = content.content!.find((node) => node.type === 'section' && node.attrs?.field === 'protectionPoints')!
  points.content = [orderedList(['基于温升预测的前馈冷却控制方法；', '按覆冰类型选取冰密度。'])]
  return buildDocument('disclosure', content).doc
}

describe('a field written as a list', () => {
  it('counts as written for the checker', () => {
    const findings = analyzePatentDocument(disclosureWithListedPoints(), 'disclosure', 'CN').findings
    expect(findings.filter((finding) => finding.message['zh-CN'].includes('欲保护点'))).toEqual([])
  })

  it('keeps its numbers as text in the office layout', () => {
    const layout = layOutDocument(disclosureWithListedPoints(), 'disclosure', 'CN')
    const texts = layout.parts[0]!.blocks.map((block) => ('text' in block ? block.text : ''))
    expect(texts).toContain('1. 基于温升预测的前馈冷却控制方法；')
    expect(texts).toContain('2. 按覆冰类型选取冰密度。')
  })
})

const FACTS: ApplicationData = {
  number: '17/123,456',
  filingDate: '2024-03-01',
  applicant: 'Acme Fasteners Ltd.',
  docketNumber: 'ACME-042',
  examiner: 'Jane Roe',
  artUnit: '3677',
  confirmationNumber: '4821',
}

/** A reply to a first office action, with one objection argued and amended claims. */
function replyIn(jurisdiction: Jurisdiction, application: ApplicationData | null = FACTS) {
  const { doc } = buildDocument(
    'oa-reply',
    patentDocument(
      documentTitle('Fastener'),
      officeAction('first', '2026-03-05', [{ number: 'US 6,334,226 B1', title: 'Faucet support member', passages: '' }]),
      objectionList([{ claims: '1', ground: { CN: 'A22.3', US: '35 USC 103', EP: 'Art 56 EPC' }[jurisdiction], cited: 'D1', argument: ['D1 has no flange.'] }]),
      section('summary', ['Claim 1 was rejected.']),
      section('amendments'),
      claimList(['A fastener comprising a bolt and a nut.'], 'amended'),
    ),
  )
  return layOutDocument(doc, 'oa-reply', jurisdiction, null, application)
}

const labelled = (blocks: LayoutBlock[]): string[] =>
  blocks.map((block) => (block.type === 'field' ? `${block.label}: ${block.text}` : block.type === 'signature-line' ? `${block.label}: ___` : 'text' in block ? block.text : block.type))

describe('the head and foot of a reply as filed', () => {
  it('opens a US response with the caption, its facts in the caption’s order, the USPTO’s address and the paper’s title, and signs the remarks', () => {
    const layout = replyIn('US')
    expect(layout.parts.map((p) => p.heading)).toEqual(['IN THE UNITED STATES PATENT AND TRADEMARK OFFICE', 'AMENDMENTS TO THE CLAIMS', 'REMARKS'])
    expect(labelled(layout.parts[0]!.blocks).slice(0, 11)).toEqual([
      'Applicant: Acme Fasteners Ltd.',
      'Application No.: 17/123,456',
      'Filing Date: 2024-03-01',
      'Title: Fastener',
      'Art Unit: 3677',
      'Examiner: Jane Roe',
      'Confirmation No.: 4821',
      'Attorney Docket No.: ACME-042',
      'Commissioner for Patents\nP.O. Box 1450\nAlexandria, VA 22313-1450',
      'RESPONSE TO OFFICE ACTION',
      'Office action: Non-final office action',
    ])
    expect(labelled(layout.parts[0]!.blocks)).toContain('Notification date: 2026-03-05')
    expect(labelled(layout.parts[2]!.blocks).slice(-5)).toEqual(['Respectfully submitted,', 'Signature: ___', 'Name: ___', 'Registration No.: ___', 'Date: ___'])
    expect(labelled(layout.parts[0]!.blocks)).not.toContain('Signature: ___')
  })

  it('leaves out of the US caption what the matter has not recorded', () => {
    const layout = replyIn('US', { number: '17/123,456', filingDate: null, applicant: 'Acme Fasteners Ltd.' })
    expect(labelled(layout.parts[0]!.blocks).slice(0, 4)).toEqual(['Applicant: Acme Fasteners Ltd.', 'Application No.: 17/123,456', 'Title: Fastener', expect.stringMatching(/^Commissioner for Patents/)])
  })

  it('heads an EP reply with the applicant and our reference, and closes it with the representative’s signature before the amended claims', () => {
    const layout = replyIn('EP')
    const reply = labelled(layout.parts[0]!.blocks)
    expect(reply.slice(0, 7)).toEqual([
      'Application No.: 17/123,456',
      'Filing date: 2024-03-01',
      'Title: Fastener',
      'Applicant: Acme Fasteners Ltd.',
      'Our ref.: ACME-042',
      'Communication: First communication under Art. 94(3) EPC',
      'Date of dispatch: 2026-03-05',
    ])
    // Examiner, art unit and confirmation number are the USPTO's: an EP reply does not name them.
    expect(reply.join('\n')).not.toMatch(/Examiner|Art Unit|Confirmation/)
    expect(reply.slice(-2)).toEqual(['Signature of the representative: ___', 'Name: ___'])
    expect(layout.parts.map((p) => p.role)).toEqual(['reply', 'claims'])
  })

  it('heads a 意见陈述书 with 申请人 and 我方文号 and ends it with the 专利代理师’s signature and the date', () => {
    const layout = replyIn('CN')
    const reply = labelled(layout.parts[0]!.blocks)
    expect(reply.slice(0, 6)).toEqual(['申请号: 17/123,456', '申请日: 2024-03-01', '发明名称: Fastener', '申请人: Acme Fasteners Ltd.', '我方文号: ACME-042', expect.stringMatching(/^审查意见通知书: /)])
    expect(reply.slice(-2)).toEqual(['专利代理师（签字）: ___', '日期: ___'])
  })

  it('signs a reply whose matter has recorded nothing yet, its head the title alone', () => {
    const layout = replyIn('CN', null)
    expect(labelled(layout.parts[0]!.blocks)[0]).toBe('发明名称: Fastener')
    expect(labelled(layout.parts[0]!.blocks).slice(-2)).toEqual(['专利代理师（签字）: ___', '日期: ___'])
  })
})

describe('the headings of a reply’s arguments', () => {
  it('names the documents beside a ground about the description, not a rejection over them', () => {
    const { doc } = buildDocument(
      'oa-reply',
      patentDocument(
        documentTitle('Fastener'),
        officeAction('first', '2026-03-05', [{ number: 'EP 1 234 567 A1', title: '', passages: '' }, { number: 'EP 2 345 678 A1', title: '', passages: '' }]),
        objectionList([
          { claims: '', ground: 'Rule 42 EPC', cited: 'D1、D2', argument: ['The background now acknowledges D1.'] },
          { claims: '1', ground: 'Art 56 EPC', cited: 'D1、D2', argument: ['D1 has no flange.'] },
        ]),
        section('summary'),
        section('amendments'),
        claimList(['A fastener.'], 'amended'),
      ),
    )
    const headings = layOutDocument(doc, 'oa-reply', 'EP').parts[0]!.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''))
    expect(headings.find((h) => h.includes('Rule 42'))).toMatch(/\(Rule 42 EPC\) \(D1, D2\)$/)
    expect(headings.find((h) => h.startsWith('Claim 1'))).toMatch(/ over D1, D2$/)
  })
})
