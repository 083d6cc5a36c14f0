import { describe, expect, it } from 'vitest'
import type { Jurisdiction } from '../../shared/claims/types'
import { claimList, documentTitle, objection, officeAction, patentDocument, section, type CitedDocumentContent, type ObjectionContent } from '../../shared/editor/documentBuilders'
import { buildDocument } from '../../shared/editor/testing'
import { layOutDocument, type ApplicationData } from '../../shared/files/layOutDocument'
import { writeDocx } from '../../server/export/writeDocx'
import { officeActionFacts } from '../../server/import/officeActionFacts'
import { unzipText } from '../support/docxFiles'

/** A reply as the import makes it of an office action's text, printed to DOCX: its paragraphs' text. */
async function printedReply(
  jurisdiction: Jurisdiction,
  lines: string[],
  edit: (facts: ReturnType<typeof officeActionFacts>) => void = () => {},
  application: ApplicationData | null = null,
): Promise<string[]> {
  const facts = officeActionFacts(lines, jurisdiction)
  edit(facts)
  const { doc } = buildDocument(
    'oa-reply',
    patentDocument(
      documentTitle('覆冰监测装置'),
      officeAction(facts.actionType, facts.issueDate, facts.cited, facts.round),
      { type: 'objectionList', content: facts.objections.map((o: ObjectionContent) => objection({ ...o, argument: ['意见陈述。'] })) },
      section('summary', ['审查意见摘要。']),
      section('amendments'),
      claimList(['一种装置。'], 'amended'),
    ),
  )
  const layout = layOutDocument(doc, 'oa-reply', jurisdiction, null, application)
  const bytes = await writeDocx(layout, { versionId: null, name: 'current', versionHash: 'a'.repeat(64), approved: false, at: '2026-09-02T00:00:00Z' }, '答复')
  const xml = unzipText(bytes, 'word/document.xml')
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
}

const SECOND_ACTION = [
  '第二次审查意见通知书',
  '发文日：2026年9月1日',
  '对比文件3：CN 110987654 A，一种导线覆冰在线监测系统',
  '1. 权利要求1相对于对比文件1、对比文件2和对比文件3的结合不具备专利法第22条第3款规定的创造性。',
  '2. 权利要求3相对于对比文件3不具备专利法第22条第2款规定的新颖性。',
  '3. 说明书缺少附图说明，不符合专利法实施细则第20条第1款的规定。',
]

describe('printing an imported second office action’s reply', () => {
  it('prints the new document as D3, with D1 and D2 in their places once filled in, and each objection over its documents in order', async () => {
    const printed = await printedReply('CN', SECOND_ACTION, (facts) => {
      const first: CitedDocumentContent[] = [
        { number: 'US 9,111,111 B2', title: 'Ice sensor', passages: '' },
        { number: 'US2019/0123456A1', title: 'Line monitor', passages: '' },
      ]
      facts.cited.splice(0, 2, ...first)
    })
    expect(printed).toContain('D1：US 9,111,111 B2，Ice sensor')
    expect(printed).toContain('D3：CN 110987654 A，一种导线覆冰在线监测系统')
    expect(printed).toContain('关于权利要求1的创造性（专利法第22条第3款）（对比文件：D1、D2、D3）')
    expect(printed).toContain('关于权利要求3的新颖性（专利法第22条第2款）（对比文件：D3）')
  })

  it('prints a point under the Implementing Rules as an objection of its own, by its name', async () => {
    const printed = await printedReply('CN', SECOND_ACTION)
    expect(printed.filter((p) => p.includes('说明书的撰写（实施细则第20条）'))).toHaveLength(1)
  })
})

describe('printing the application a reply is for', () => {
  it('opens a reply with the application number and filing date the matter records, and leaves them out until recorded', async () => {
    const printed = await printedReply('CN', SECOND_ACTION, undefined, { number: '202611234567.8', filingDate: '2026-11-20' })
    expect(printed.slice(0, 4)).toEqual(['意见陈述书', '申请号：202611234567.8', '申请日：2026-11-20', expect.stringMatching(/^发明名称：/)])
    expect((await printedReply('CN', SECOND_ACTION)).join('\n')).not.toContain('申请号')
  })

  it('names the applicant and our reference after the title, and ends the 意见陈述书 with the 专利代理师’s signature and date before the amended claims', async () => {
    const application = { number: '202611234567.8', filingDate: '2026-11-20', applicant: '国网某省电力有限公司', docketNumber: 'GW-2026-017', examiner: '李四' }
    const printed = await printedReply('CN', SECOND_ACTION, undefined, application)
    expect(printed.slice(0, 7)).toEqual([
      '意见陈述书',
      '申请号：202611234567.8',
      '申请日：2026-11-20',
      '发明名称：覆冰监测装置',
      '申请人：国网某省电力有限公司',
      '我方文号：GW-2026-017',
      '审查意见通知书：第二次审查意见通知书',
    ])
    // The examiner is a fact of US papers only.
    expect(printed.join('\n')).not.toContain('李四')
    const amendedClaims = printed.indexOf('权利要求书（修改后）')
    expect(printed.slice(amendedClaims - 2, amendedClaims)).toEqual(['专利代理师（签字）：', '日期：'])
  })
})

describe('printing the office action’s round and a US reply’s references (layOutDocument)', () => {
  it('prints a second action as 第二次审查意见通知书', async () => {
    const printed = await printedReply('CN', SECOND_ACTION)
    expect(printed).toContain('审查意见通知书：第二次审查意见通知书')
    expect(printed.join('\n')).not.toContain('第N次')
  })

  it('prints a point about the description without claims', async () => {
    expect(await printedReply('CN', SECOND_ACTION)).toContain('关于说明书的撰写（实施细则第20条）')
  })

  it('names US references as the office does in the rejection’s heading, and by name beside their D-number', async () => {
    const printed = await printedReply('US', [
      'Non-Final Rejection. Notification Date: 03/05/2026',
      'Claims 1-5 are rejected under 35 U.S.C. 103 as being unpatentable over Smith (US 9,876,543 B2) in view of Jones (US 2018/0234567 A1).',
    ])
    expect(printed).toContain('Claims 1-5: Obviousness (35 USC 103) over Smith in view of Jones')
    expect(printed).toContain('D1 (Smith): US 9,876,543 B2')
    expect(printed).toContain('D2 (Jones): US 2018/0234567 A1')
  })
})
