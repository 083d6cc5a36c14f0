import { describe, expect, it } from 'vitest'
import type { Jurisdiction } from '../claims/types'
import { analyzePatentDocument } from './analyzePatentDocument'
import type { BaselineClaim } from './claimBaseline'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section, type CitedDocumentContent, type ObjectionContent } from './documentBuilders'
import { OBJECTION_GROUNDS, groundName, isOtherGround, objectedClaimNumbers, objectionGround } from './objectionGrounds'
import { ADDED_MATTER } from '../amendment/addedMatter'
import { AMENDMENT_NOT_OBJECTED, CITED_DOCUMENT_EMPTY, CLAIMS_UNREADABLE, GROUND_UNANSWERED, US_CLAIM_RENUMBERED } from './replyChecks'
import { buildDocument } from './testing'

const EXAMINED: BaselineClaim[] = [
  { id: 'c1', text: '一种输电线路覆冰监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有拉力传感器（3）。' },
  { id: 'c2', text: '根据权利要求1所述的装置，其特征在于，还包括倾角传感器（2）。' },
  { id: 'c3', text: '根据权利要求1所述的装置，其特征在于，还包括温湿度传感器（4）。' },
]

function replyFindings(objections: ObjectionContent[], amended: BaselineClaim[], jurisdiction: Jurisdiction = 'CN', description?: string) {
  return replyAnalysis(objections, amended, jurisdiction, description).findings.filter((f) => f.rule.includes('reply'))
}

function replyAnalysis(
  objections: ObjectionContent[],
  amended: BaselineClaim[],
  jurisdiction: Jurisdiction,
  description?: string,
  cited: Partial<CitedDocumentContent>[] = [{ number: 'CN108000000A' }],
) {
  const baseline = description === undefined ? { source: '权利要求书', claims: EXAMINED } : { source: '权利要求书', claims: EXAMINED, description }
  const { doc } = buildDocument(
    'oa-reply',
    patentDocument(
      documentTitle('覆冰监测装置'),
      officeAction('first', '2026-09-01', cited),
      objectionList(objections),
      section('summary'),
      section('amendments'),
      claimList(amended, 'amended', baseline),
    ),
  )
  return { doc, findings: analyzePatentDocument(doc, 'oa-reply', jurisdiction).findings }
}

const argued = (claims: string, argument = 'D1未公开倾角传感器。'): ObjectionContent => ({ claims, ground: 'A22.3', cited: 'D1', argument: [argument] })

describe('reply checks', () => {
  it('lists an unanswered objection on a ground the office raises about the description or the abstract, which names no claims', () => {
    const findings = replyFindings(
      [
        argued('1'),
        { claims: '', ground: 'R20', cited: '', argument: [] },
        { claims: '', ground: 'R26', cited: '', argument: [] },
        { claims: '2', ground: 'A31.1', cited: '', argument: [] },
        { claims: '3', ground: '专利法实施细则第57条第3款', cited: '', argument: [] },
      ],
      EXAMINED,
    )
    expect(findings.filter((f) => f.rule === GROUND_UNANSWERED).map((f) => [f.field, f.message['zh-CN'], f.message.en])).toEqual([
      ['2', '第2条审查意见（R20，说明书）尚未答复', 'Objection 2 (R20, the description) is not answered'],
      ['3', '第3条审查意见（R26，摘要）尚未答复', 'Objection 3 (R26, the abstract) is not answered'],
      ['4', '第4条审查意见（A31.1，权利要求2）尚未答复', 'Objection 4 (A31.1, claim 2) is not answered'],
      ['5', '第5条审查意见（专利法实施细则第57条第3款，权利要求3）尚未答复', 'Objection 5 (专利法实施细则第57条第3款, claim 3) is not answered'],
    ])
    // Claims left empty on a ground about the description are no unreadable claims.
    expect(findings.filter((f) => f.rule === CLAIMS_UNREADABLE)).toEqual([])
  })

  it('reads the claims an objection names', () => {
    expect(objectedClaimNumbers('1-3, 5')).toEqual([1, 2, 3, 5])
    expect(objectedClaimNumbers('权利要求1至3、6')).toEqual([1, 2, 3, 6])
    expect(objectedClaimNumbers('claims 2 to 4 and 7')).toEqual([2, 3, 4, 7])
  })

  it('flags an objection that has no argument yet, at the objection', () => {
    const findings = replyFindings([argued('1'), { claims: '2', ground: 'A26.4', cited: '', argument: [] }], EXAMINED)
    expect(findings.map((f) => [f.rule, f.severity, f.part, f.field, f.message.en])).toEqual([
      [GROUND_UNANSWERED, 'error', 'objections', '2', 'Objection 2 (A26.4, claim 2) is not answered'],
    ])
  })

  it('names the claims of an unanswered objection in the singular for one claim, as ranges for a run, in either language', () => {
    const cases: [string, string, string][] = [
      ['11', '权利要求11', 'claim 11'],
      ['4-10', '权利要求4-10', 'claims 4 to 10'],
      ['权利要求1至3、6', '权利要求1-3、6', 'claims 1 to 3 and 6'],
      ['1-2', '权利要求1-2', 'claims 1 and 2'],
      ['claims 2, 5', '权利要求2、5', 'claims 2 and 5'],
      ['全部', '全部权利要求', 'all claims'],
      ['all claims', '全部权利要求', 'all claims'],
    ]
    for (const [named, zh, en] of cases) {
      const [finding] = replyFindings([{ claims: named, ground: 'A26.4', cited: '', argument: [] }], EXAMINED).filter((f) => f.rule === GROUND_UNANSWERED)
      expect([finding!.message['zh-CN'], finding!.message.en]).toEqual([`第1条审查意见（A26.4，${zh}）尚未答复`, `Objection 1 (A26.4, ${en}) is not answered`])
    }
  })

  it('warns of a cited document with neither a number nor a title, at that document', () => {
    const cited = [{ number: 'CN108000000A' }, { number: '', title: '' }, { number: '', title: '一种覆冰监测装置' }]
    const { doc, findings } = replyAnalysis([argued('1')], EXAMINED, 'CN', undefined, cited)
    const empty = findings.filter((f) => f.rule === CITED_DOCUMENT_EMPTY)
    expect(empty.map((f) => [f.severity, f.part, f.field, f.message.en])).toEqual([['warning', 'citedDocuments', '2', 'Cited document D2 has neither a number nor a title']])
    expect(doc.resolve(empty[0]!.from).parent.type.name).toBe('citedDocument')
  })

  it('warns of an objection whose claims concerned name no claim, at the objection', () => {
    const findings = replyFindings([argued('1'), { claims: 'Ice monitoring by tension', ground: 'A22.3', cited: '', argument: ['D1未公开。'] }], EXAMINED)
    expect(findings.map((f) => [f.rule, f.severity, f.part, f.field])).toEqual([[CLAIMS_UNREADABLE, 'warning', 'objections', '2']])
    for (const named of ['全部权利要求', 'all claims', '权利要求1至3', '']) {
      expect(replyFindings([{ claims: named, ground: 'A22.3', cited: '', argument: ['D1未公开。'] }], EXAMINED).filter((f) => f.rule === CLAIMS_UNREADABLE)).toEqual([])
    }
  })

  it('accepts a CN reply that merges an objected dependent claim into claim 1 and cancels it', () => {
    const merged = { id: 'c1', text: EXAMINED[0]!.text.replace('。', '和倾角传感器（2）。') }
    const findings = replyFindings([argued('1-3')], [merged, { id: 'c3', text: EXAMINED[2]!.text }])
    expect(findings).toEqual([])
  })

  it('flags a CN amendment of a claim the office action did not object to, on that claim', () => {
    const amended3 = { id: 'c3', text: EXAMINED[2]!.text.replace('温湿度', '温度') }
    const findings = replyFindings([argued('1-2')], [EXAMINED[0]!, EXAMINED[1]!, amended3])
    expect(findings.map((f) => [f.rule, f.claim, f.message.en])).toEqual([
      [AMENDMENT_NOT_OBJECTED, 3, 'Original claim 3 is amended although the office action raised no objection to it'],
    ])
  })

  it('takes references that follow the renumbering after a cancelled claim for no amendment, and a new dependency for one', () => {
    const examined: BaselineClaim[] = [
      ...EXAMINED,
      { id: 'c4', text: '根据权利要求1或2所述的装置，其特征在于，还包括风速传感器（5）。' },
      { id: 'c5', text: '根据权利要求1-4中任一项所述的装置，其特征在于，还包括太阳能电池板（6）。' },
    ]
    const reply = (amended: BaselineClaim[]) => {
      const { doc } = buildDocument(
        'oa-reply',
        patentDocument(
          documentTitle('覆冰监测装置'),
          officeAction('first', '2026-09-01', [{ number: 'CN108000000A' }]),
          objectionList([argued('1-2')]),
          section('summary'),
          section('amendments'),
          claimList(amended, 'amended', { source: '权利要求书', claims: examined }),
        ),
      )
      return analyzePatentDocument(doc, 'oa-reply', 'CN').findings.filter((f) => f.rule === AMENDMENT_NOT_OBJECTED)
    }
    // Claim 2 merged into claim 1 and cancelled: old claims 3-5 become 2-4, their references follow.
    const merged = { id: 'c1', text: EXAMINED[0]!.text.replace('。', '，还包括倾角传感器（2）。') }
    const followed = [merged, EXAMINED[2]!, { id: 'c4', text: examined[3]!.text.replace('1或2', '1') }, { id: 'c5', text: examined[4]!.text.replace('1-4', '1-3') }]
    expect(reply(followed)).toEqual([])
    // Old claim 4 now depends on old claim 3 (now 2), which it did not before: a new dependency.
    const redirected = [merged, EXAMINED[2]!, { id: 'c4', text: examined[3]!.text.replace('1或2', '2') }, followed[3]!]
    expect(reply(redirected).map((f) => f.claim)).toEqual([3])
  })

  it('flags a new claim in a CN reply, and nothing of the kind for the USPTO', () => {
    const added = [...EXAMINED, { id: 'c4', text: '根据权利要求1所述的装置，其特征在于，还包括太阳能电池板。' }]
    expect(replyFindings([argued('1-3')], added).map((f) => [f.rule, f.claim])).toEqual([[AMENDMENT_NOT_OBJECTED, 4]])
    expect(replyFindings([argued('1-3')], added, 'US')).toEqual([])
  })
})

describe('US claim numbers in a reply (37 CFR 1.126)', () => {
  const added = { id: 'n1', text: '根据权利要求1所述的装置，其特征在于，还包括太阳能电池板。' }
  const renumbered = (amended: BaselineClaim[]) =>
    replyAnalysis([argued('1-3')], amended, 'US').findings.filter((f) => f.rule === US_CLAIM_RENUMBERED)

  it('accepts claims cancelled in place and a new claim after the last, and warns nowhere else', () => {
    expect(renumbered([EXAMINED[0]!, { id: 'c2', text: '(Canceled)' }, EXAMINED[2]!, added])).toEqual([])
    // The last claim deleted: no claim changes its number.
    expect(renumbered([EXAMINED[0]!, EXAMINED[1]!])).toEqual([])
    expect(replyAnalysis([argued('1-3')], [EXAMINED[1]!, EXAMINED[0]!, EXAMINED[2]!], 'CN').findings.filter((f) => f.rule === US_CLAIM_RENUMBERED)).toEqual([])
  })

  it('warns once, at the first claim, when a deleted claim makes the rest move up, and says what it is filed as', () => {
    const { doc, findings } = replyAnalysis([argued('1-3')], [EXAMINED[0]!, EXAMINED[2]!, added], 'US')
    const flagged = findings.filter((f) => f.rule === US_CLAIM_RENUMBERED)
    expect(flagged.map((f) => [f.severity, f.claim, f.message.en])).toEqual([
      ['warning', 2, 'The US claim listing numbers this claim 3; 1 more claim is numbered differently there too'],
    ])
    expect(flagged[0]!.message['zh-CN']).toBe('美国权利要求清单中本项权利要求的编号为3；另有1项权利要求在清单中的编号也与此处不同')
    // The whole claim is underlined.
    expect(doc.textBetween(flagged[0]!.from, flagged[0]!.to)).toBe(EXAMINED[2]!.text)
  })

  it('warns of an examined claim moved, and its advice says to keep the order', () => {
    const flagged = renumbered([EXAMINED[0]!, EXAMINED[2]!, EXAMINED[1]!])
    expect(flagged.map((f) => [f.claim, f.message.en])).toEqual([[2, 'The US claim listing numbers this claim 3; 1 more claim is numbered differently there too']])
    expect(flagged[0]!.advice.en).toContain('keep the examined claims in their order')
  })

  it('warns of a new claim put before an examined one', () => {
    expect(renumbered([EXAMINED[0]!, added, EXAMINED[1]!, EXAMINED[2]!]).map((f) => [f.claim, f.message.en])).toEqual([
      [2, 'The US claim listing numbers this claim 4; 2 more claims are numbered differently there too'],
    ])
  })

  it('does not count a claim cancelled in place as an amendment in a CN reply', () => {
    expect(replyFindings([argued('1')], [EXAMINED[0]!, { id: 'c2', text: '（删除）' }, EXAMINED[2]!])).toEqual([])
  })
})

describe('added matter in a reply, as it is written', () => {
  const DESCRIPTION = '夹持座1由金属材料制成。拉力传感器3通过螺栓固定在夹持座1上，倾角传感器2用于测量导线的倾角。'
  const addedMatter = (amended: BaselineClaim[], description?: string) =>
    replyAnalysis([argued('1-3')], amended, 'CN', description).findings.filter((f) => f.rule === ADDED_MATTER)

  it('underlines the species the description does not disclose, with the nearest passage as advice', () => {
    const amended = [{ id: 'c1', text: EXAMINED[0]!.text.replace('夹持座（1），', '由不锈钢制成的夹持座（1），') }, EXAMINED[1]!, EXAMINED[2]!]
    const { doc, findings } = replyAnalysis([argued('1-3')], amended, 'CN', DESCRIPTION)
    const flagged = findings.filter((f) => f.rule === ADDED_MATTER)
    expect(flagged.map((f) => [f.claim, f.severity, amended[0]!.text.slice(f.start, f.end)])).toEqual([[1, 'error', '不锈钢']])
    expect(doc.textBetween(flagged[0]!.from, flagged[0]!.to)).toBe('不锈钢')
    expect(flagged[0]!.advice['zh-CN']).toContain('夹持座1由金属材料制成')
  })

  it('accepts a feature taken from the description and a dependent claim merged into claim 1', () => {
    const amended = [{ id: 'c1', text: EXAMINED[0]!.text.replace('。', '，所述拉力传感器（3）通过螺栓固定在所述夹持座（1）上，还包括倾角传感器（2）。') }, EXAMINED[2]!]
    expect(addedMatter(amended, DESCRIPTION)).toEqual([])
  })

  it('checks nothing when the baseline was kept without its description', () => {
    const amended = [{ id: 'c1', text: EXAMINED[0]!.text.replace('夹持座（1），', '由不锈钢制成的夹持座（1），') }, EXAMINED[1]!, EXAMINED[2]!]
    expect(addedMatter(amended)).toEqual([])
  })
})

describe('objection grounds', () => {
  it('offers the grounds each office raises, and reads the codes replies were stored with as before', () => {
    const codes = (j: Jurisdiction) => OBJECTION_GROUNDS[j].map((g) => g.code)
    expect(codes('CN')).toEqual(expect.arrayContaining(['A2.2', 'A5', 'A9', 'A22.2', 'A22.3', 'A22.4', 'A25', 'A26.3', 'A26.4', 'A31.1', 'A33', 'R20', 'R23', 'R25', 'R26', 'other']))
    expect(codes('US')).toEqual(expect.arrayContaining(['35 USC 101', '35 USC 102', '35 USC 103', '35 USC 112(a)', '35 USC 112(b)', '35 USC 112(d)', 'double patenting', 'claim objection']))
    expect(codes('EP')).toEqual(expect.arrayContaining(['Art 54 EPC', 'Art 56 EPC', 'Art 83 EPC', 'Art 84 EPC', 'Art 123(2) EPC', 'Rule 43 EPC']))
    // The five of each office a reply could be stored with before keep their codes and names.
    expect(objectionGround('CN', 'A22.3')?.label['zh-CN']).toBe('创造性（专利法第22条第3款）')
    expect(objectionGround('US', '35 USC 132(a)')?.label.en).toBe('New matter (35 USC 132(a))')
    expect(objectionGround('EP', 'Art 123(2) EPC')?.kind).toBe('added-matter')
    expect(objectionGround('CN', 'R20')?.concerns).toBe('description')
    // A provision written by hand is an "other" ground, named as written.
    expect(objectionGround('CN', '专利法第20条第1款')).toBeNull()
    expect(isOtherGround('CN', '专利法第20条第1款')).toBe(true)
    expect(isOtherGround('CN', 'other')).toBe(true)
    expect(isOtherGround('CN', 'A22.3')).toBe(false)
    expect(groundName('CN', '专利法第20条第1款', 'zh-CN')).toBe('专利法第20条第1款')
  })
})
