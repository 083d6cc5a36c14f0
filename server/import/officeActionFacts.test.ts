import { describe, expect, it } from 'vitest'
import { officeActionFacts } from './officeActionFacts'

describe('officeActionFacts: the kind of action', () => {
  it('reads each office\'s names for its actions', () => {
    const kind = (line: string, jurisdiction: 'CN' | 'US' | 'EP') => officeActionFacts([line], jurisdiction).actionType
    expect(kind('第一次审查意见通知书', 'CN')).toBe('first')
    expect(kind('第二次审查意见通知书', 'CN')).toBe('subsequent')
    expect(kind('Non-Final Rejection', 'US')).toBe('first')
    expect(kind('Final Rejection', 'US')).toBe('final')
    expect(kind('Summons to attend oral proceedings pursuant to Rule 115(1) EPC', 'EP')).toBe('final')
  })
})

/** A second office action as CNIPA writes it: it introduces only the document it cites anew, and keeps the numbers of the first action's. */
const SECOND_ACTION = [
  '第二次审查意见通知书',
  '发文日：2026年9月1日',
  '本通知书新引用下列对比文件：',
  '对比文件3：CN 110987654 A，一种导线覆冰在线监测系统',
  '1. 权利要求1相对于对比文件1、对比文件2和对比文件3的结合不具备专利法第22条第3款规定的创造性。',
  '2. 权利要求3相对于对比文件3不具备专利法第22条第2款规定的新颖性。',
  '3. 说明书缺少附图说明，不符合专利法实施细则第20条第1款第（四）项的规定。',
  '4. 说明书摘要超过300字，不符合专利法实施细则第26条第2款的规定。',
]

describe('officeActionFacts: the examiner’s numbers of the cited documents', () => {
  it('keeps an imported 对比文件3 as D3, with D1 and D2 as places to fill in, and the objections naming the same numbers', () => {
    const facts = officeActionFacts(SECOND_ACTION, 'CN')
    expect(facts.cited).toEqual([
      { number: '', title: '', passages: '' },
      { number: '', title: '', passages: '' },
      { number: 'CN 110987654 A', title: '一种导线覆冰在线监测系统', passages: '' },
    ])
    expect(facts.objections.slice(0, 2).map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1', 'A22.3', 'D1、D2、D3'],
      ['3', 'A22.2', 'D3'],
    ])
  })

  it('fills the numbers an objection names beyond the last one introduced', () => {
    const facts = officeActionFacts(['对比文件1：CN112233445A，一种防松螺母', '权利要求1相对于对比文件1和对比文件2的结合不具备创造性。'], 'CN')
    expect(facts.cited.map((d) => d.number)).toEqual(['CN112233445A', ''])
  })
})

describe('officeActionFacts: grounds beyond novelty, inventive step, clarity, sufficiency and added matter', () => {
  it('records points under the Implementing Rules, which name no claims, as objections', () => {
    const facts = officeActionFacts(SECOND_ACTION, 'CN')
    expect(facts.objections.map((o) => [o.claims, o.ground])).toEqual([
      ['1', 'A22.3'],
      ['3', 'A22.2'],
      ['', 'R20'],
      ['', 'R26'],
    ])
  })

  it('reads the provisions a CNIPA action cites, telling the Implementing Rules from the Patent Law', () => {
    const grounds = (line: string) => officeActionFacts([line], 'CN').objections.map((o) => [o.claims, o.ground])
    expect(grounds('权利要求1-3请求保护的是一种商业方法，属于专利法第25条第1款第（二）项规定的智力活动的规则和方法。')).toEqual([['1-3', 'A25']])
    expect(grounds('权利要求1的方案不构成技术方案，不属于专利法第2条第2款规定的发明。')).toEqual([['1', 'A2.2']])
    expect(grounds('权利要求5不具备专利法第22条第4款规定的实用性。')).toEqual([['5', 'A22.4']])
    expect(grounds('权利要求1和6之间不具有相同或相应的特定技术特征，不符合专利法第31条第1款的规定。')).toEqual([['1和6', 'A31.1']])
    expect(grounds('独立权利要求1缺少解决技术问题的必要技术特征，不符合专利法实施细则第23条第2款的规定。')).toEqual([['1', 'R23']])
    expect(grounds('权利要求4引用关系不当，不符合专利法实施细则第25条第2款的规定。')).toEqual([['4', 'R25']])
    // Implementing Rules Art. 22(2) is about the claims' numbering, not novelty (Patent Law A22.2).
    expect(grounds('权利要求2的编号不符合专利法实施细则第22条第2款的规定。')).toEqual([['2', 'R22']])
    expect(grounds('申请人对权利要求1的修改不符合专利法第33条的规定。')).toEqual([['1', 'A33']])
    // A provision the list does not hold is kept as written: an "other" ground.
    expect(grounds('权利要求7的修改不符合专利法实施细则第57条第3款的规定。')).toEqual([['7', '专利法实施细则第57条第3款']])
    // The article every action is issued under is no objection.
    expect(grounds('根据专利法第37条的规定，申请人应当在收到本通知书之日起四个月内陈述意见，对权利要求1进行修改。')).toEqual([])
  })

  it('reads the grounds of a USPTO action, claim objections and double patenting included', () => {
    const grounds = (line: string) => officeActionFacts([line], 'US').objections.map((o) => [o.claims, o.ground])
    expect(grounds('Claims 1-4 are rejected under 35 U.S.C. 101 because the claimed invention is directed to an abstract idea without significantly more.')).toEqual([['1-4', '35 USC 101']])
    expect(grounds('Claim 6 is rejected under 35 U.S.C. 112(d) as being of improper dependent form.')).toEqual([['6', '35 USC 112(d)']])
    expect(grounds('Claims 1-3 are rejected on the ground of nonstatutory double patenting as being unpatentable over claims 1-5 of U.S. Patent No. 10,111,222.')).toEqual([['1-3', 'double patenting']])
    expect(grounds('Claim 8 is objected to because of the following informalities: "the sensor" lacks a comma.')).toEqual([['8', 'claim objection']])
  })

  it('reads the grounds of an EPO communication, Rule 43 included', () => {
    const grounds = (line: string) => officeActionFacts([line], 'EP').objections.map((o) => [o.claims, o.ground])
    expect(grounds('Claims 1 and 5 do not meet the requirements of Rule 43(2) EPC.')).toEqual([['1 and 5', 'Rule 43 EPC']])
    expect(grounds('The subject-matter of claim 1 is not susceptible of industrial application, Article 57 EPC.')).toEqual([['1', 'Art 57 EPC']])
  })
})

describe('officeActionFacts: which round of office action', () => {
  it('takes the round from 第二次审查意见通知书', () => {
    expect(officeActionFacts(SECOND_ACTION, 'CN')).toMatchObject({ actionType: 'subsequent', round: 2 })
    expect(officeActionFacts(['第三次审查意见通知书'], 'CN')).toMatchObject({ actionType: 'subsequent', round: 3 })
    expect(officeActionFacts(['第十一次审查意见通知书'], 'CN')).toMatchObject({ actionType: 'subsequent', round: 11 })
    expect(officeActionFacts(['第一次审查意见通知书'], 'CN')).toMatchObject({ actionType: 'first', round: 1 })
    expect(officeActionFacts(['审查意见通知书'], 'CN')).toMatchObject({ actionType: 'first', round: null })
  })
})

describe('officeActionFacts: US references named by inventor', () => {
  const US_ACTION = [
    'Non-Final Rejection. Notification Date: 03/05/2026',
    'Claims 1-5 are rejected under 35 U.S.C. 103 as being unpatentable over Smith (US 9,876,543 B2) in view of Jones (US 2018/0234567 A1).',
    'Claim 6 is rejected under 35 U.S.C. 103 as being unpatentable over Smith in view of Jones, and further in view of Lee et al. (US 10,222,333 B1).',
    'Claim 7 is rejected under 35 U.S.C. 102(a)(1) as being anticipated by Jones.',
  ]

  it('records each reference as a cited document with its name, in the order the action first cites it', () => {
    expect(officeActionFacts(US_ACTION, 'US').cited).toEqual([
      { name: 'Smith', number: 'US 9,876,543 B2', title: '', passages: '' },
      { name: 'Jones', number: 'US 2018/0234567 A1', title: '', passages: '' },
      { name: 'Lee', number: 'US 10,222,333 B1', title: '', passages: '' },
    ])
  })

  it('links each rejection to the references it names, by number or by name alone', () => {
    expect(officeActionFacts(US_ACTION, 'US').objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1-5', '35 USC 103', 'D1, D2'],
      ['6', '35 USC 103', 'D1, D2, D3'],
      ['7', '35 USC 102', 'D2'],
    ])
  })
})
