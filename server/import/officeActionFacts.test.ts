import { describe, expect, it } from 'vitest'
import { replyTitle } from './importedContent'
import { officeActionFacts } from './officeActionFacts'
import { SECOND_CN_ACTION } from '../../test/support/officeActionTexts'

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

describe('officeActionFacts: the examiner’s numbers of the cited documents', () => {
  it('keeps an imported 对比文件3 as D3, with D1 and D2 as places to fill in, and the objections naming the same numbers', () => {
    const facts = officeActionFacts(SECOND_CN_ACTION, 'CN')
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
    const facts = officeActionFacts(SECOND_CN_ACTION, 'CN')
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
    expect(officeActionFacts(SECOND_CN_ACTION, 'CN')).toMatchObject({ actionType: 'subsequent', round: 2 })
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

/** A second CNIPA office action as pasted from its PDF: its own title at the top, the first action named in its body. */
const CNIPA_SECOND_CN_ACTION = [
  '国家知识产权局',
  '申请号：202310123456.7',
  '发文日：2026年11月20日',
  '第二次审查意见通知书',
  '申请人于2026年6月18日针对第一次审查意见通知书提交了意见陈述书，并提交了权利要求书的修改替换页。',
  '审查员在阅读了申请人提交的意见陈述书后，对本申请继续进行审查。除继续引用第一次审查意见通知书中的对比文件1、2外，本通知书新引用下列对比文件：',
  '编号 文件号或名称 公开日期（或抵触申请的申请日）',
  '3\tCN115551234A\t2022年11月08日',
  '(1) 权利要求1-3不具备专利法第22条第3款规定的创造性。',
  '权利要求1请求保护一种光伏板清扫机器人，对比文件1公开了一种光伏板清扫装置，权利要求1与对比文件1的区别在于：滚刷表面设有螺旋导流槽。对比文件3公开了一种自清洁滚刷，其表面设有螺旋导流槽。因此权利要求1不具备创造性。',
  '从属权利要求2、3的附加技术特征已被对比文件2公开，因此在其引用的权利要求不具备创造性时，权利要求2、3也不具备创造性。',
  '(2) 权利要求4不符合专利法第26条第4款的规定。',
  '权利要求4中“较高的转速”含义不清楚，导致保护范围不清楚。',
  '基于上述理由，本申请按照目前的文本还不能被授予专利权。',
]

describe('officeActionFacts: the action’s own title, not the earlier actions it names', () => {
  it('takes a CNIPA action’s type and round from its heading, not from 第一次审查意见通知书 in its body', () => {
    expect(officeActionFacts(CNIPA_SECOND_CN_ACTION, 'CN')).toMatchObject({ actionType: 'subsequent', round: 2, issueDate: '2026-11-20' })
    // Without its heading, a body that answers the first action is a later one's.
    expect(officeActionFacts(CNIPA_SECOND_CN_ACTION.filter((line) => line !== '第二次审查意见通知书'), 'CN')).toMatchObject({ actionType: 'subsequent' })
    // The decision the body warns of is not the action's title.
    expect(officeActionFacts(['第一次审查意见通知书', '如果申请人不能消除上述缺陷，审查员将作出驳回决定。'], 'CN').actionType).toBe('first')
    expect(officeActionFacts(['审查意见通知书', '申请人未消除缺陷的，审查员将作出驳回决定。'], 'CN').actionType).toBe('first')
  })

  it('takes a USPTO action’s type from its title, not from the earlier non-final action it answers', () => {
    const facts = officeActionFacts(
      [
        'Final Rejection',
        'Notification Date: 11/20/2026',
        'This action is responsive to the amendment filed 08/01/2026 in reply to the Non-Final Office Action mailed 05/01/2026.',
        'Claims 1-5 are rejected under 35 U.S.C. 103 as being unpatentable over Smith (US 9,876,543 B2) in view of Jones (US 2018/0234567 A1).',
        'THIS ACTION IS MADE FINAL.',
      ],
      'US',
    )
    expect(facts.actionType).toBe('final')
    expect(
      officeActionFacts(['Applicant’s amendment in reply to the Non-Final Office Action mailed 05/01/2026 is acknowledged.', 'THIS ACTION IS MADE FINAL.'], 'US').actionType,
    ).toBe('final')
    expect(officeActionFacts(['Non-Final Rejection', 'Claims 1-5 are rejected under 35 U.S.C. 103.'], 'US').actionType).toBe('first')
    // The summary form's two choices, the one ticked counting.
    expect(officeActionFacts(['Office Action Summary', '2a)☐ This action is FINAL. 2b)☒ This action is non-final.'], 'US').actionType).toBe('first')
    expect(officeActionFacts(['Office Action Summary', '2a)☒ This action is FINAL. 2b)☐ This action is non-final.'], 'US').actionType).toBe('final')
  })

  it('takes an EPO summons from its title, not from the first communication it names', () => {
    const facts = officeActionFacts(
      ['Summons to attend oral proceedings pursuant to Rule 115(1) EPC', 'Date: 20.11.2026', 'In the first communication the examining division raised objections under Art 56 EPC.'],
      'EP',
    )
    expect(facts.actionType).toBe('final')
    expect(officeActionFacts(['Communication pursuant to Article 94(3) EPC', 'The applicant’s reply to the first communication has been considered.'], 'EP')).toMatchObject({ round: null })
  })
})

describe('officeActionFacts: a CNIPA action’s table of cited documents', () => {
  it('reads the rows of the table under 编号 文件号或名称 公开日期, by tabs or spaces, the date kept out of the title', () => {
    const facts = officeActionFacts(
      [
        '第一次审查意见通知书',
        '本通知书引用下列对比文件（其编号在今后的审查过程中继续沿用）：',
        '编号 文件号或名称 公开日期（或抵触申请的申请日）',
        '1 CN112345678A 2021年03月02日',
        '2\tUS2019/0123456A1\t2019年04月25日',
        '1. 权利要求1相对于对比文件1和对比文件2的结合不具备专利法第22条第3款规定的创造性。',
      ],
      'CN',
    )
    expect(facts.cited).toEqual([
      { number: 'CN112345678A', title: '', passages: '' },
      { number: 'US2019/0123456A1', title: '', passages: '' },
    ])
  })

  it('reads a document introduced in the reasoning as 对比文件1（CN112345678A）, not what the sentence says of it as its title', () => {
    const facts = officeActionFacts(
      ['1. 权利要求1不具备专利法第22条第2款规定的新颖性。对比文件1（CN112345678A）公开了一种光伏板清扫装置，并具体公开了以下技术特征：滚刷。'],
      'CN',
    )
    expect(facts.cited).toEqual([{ number: 'CN112345678A', title: '', passages: '' }])
  })

  it('keeps the publication date out of a document’s title', () => {
    const facts = officeActionFacts(['对比文件3：CN115551234A，一种光伏板用自清洁滚刷装置，公开日2022年11月08日'], 'CN')
    expect(facts.cited[2]).toEqual({ number: 'CN115551234A', title: '一种光伏板用自清洁滚刷装置', passages: '' })
  })

  it('numbers the documents of a second action’s table under the examiner’s numbers', () => {
    expect(officeActionFacts(CNIPA_SECOND_CN_ACTION, 'CN').cited.map((d) => d.number)).toEqual(['', '', 'CN115551234A'])
  })
})

describe('officeActionFacts: one objection per numbered point of a CNIPA action', () => {
  it('takes the claims of the conclusion line and the documents of its reasoning paragraphs', () => {
    expect(officeActionFacts(CNIPA_SECOND_CN_ACTION, 'CN').objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1-3', 'A22.3', 'D1、D2、D3'],
      ['4', 'A26.4', ''],
    ])
  })

  it('keeps sub-points numbered under a point within it, and a new ground in the reasoning as an objection of its own', () => {
    const facts = officeActionFacts(
      [
        '1、权利要求1-3不具备专利法第22条第3款规定的创造性。',
        '（1）权利要求1请求保护一种紧固件，对比文件1公开了一种防松螺母，区别技术特征被对比文件2公开，因此权利要求1不具备创造性。',
        '（2）权利要求2、3的附加技术特征被对比文件3公开，因此权利要求2、3也不具备创造性。',
        '此外，权利要求5中“大约”一词含义不清楚，不符合专利法第26条第4款的规定。',
        '2、权利要求6不具备专利法第22条第2款规定的新颖性。对比文件4（CN108765432B）公开了权利要求6的全部技术特征。',
      ],
      'CN',
    )
    expect(facts.objections.map((o) => [o.claims, o.ground, o.cited])).toEqual([
      ['1-3', 'A22.3', 'D1、D2、D3'],
      ['5', 'A26.4', ''],
      ['6', 'A22.2', 'D4'],
    ])
  })
})

describe('replyTitle: a reply imported without a title is named by the action it answers', () => {
  it('names the round of a CNIPA action, and the type and date of a USPTO or EPO one', () => {
    expect(replyTitle(officeActionFacts(CNIPA_SECOND_CN_ACTION, 'CN'), 'CN')).toBe('第二次审查意见答复')
    expect(replyTitle(officeActionFacts(['第一次审查意见通知书', '发文日：2026年3月5日'], 'CN'), 'CN')).toBe('第一次审查意见答复')
    expect(replyTitle(officeActionFacts(['Non-Final Rejection', 'Notification Date: 11/20/2026'], 'US'), 'US')).toBe('Response to Non-Final Office Action of 2026-11-20')
    expect(replyTitle(officeActionFacts(['Final Rejection', 'Notification Date: 11/20/2026'], 'US'), 'US')).toBe('Response to Final Office Action of 2026-11-20')
    expect(replyTitle(officeActionFacts(['Communication pursuant to Article 94(3) EPC', 'Date of dispatch: 20.11.2026'], 'EP'), 'EP')).toBe('Reply to communication of 2026-11-20')
  })
})

describe('officeActionFacts: an EPO communication’s citations', () => {
  const EP_ACTION = [
    'Communication pursuant to Article 94(3) EPC',
    'Reference is made to the following documents; the numbering will be adhered to in the rest of the procedure:',
    'D1 EP 1 234 567 A1 (SHIMANO INC [JP]) 15 March 2019 (2019-03-15)',
    'D2 US 2015/0123456 A1 (CAMPAGNOLO SRL [IT]) 7 May 2015 (2015-05-07)',
    '2. The subject-matter of claim 1 is not new (Article 54(1),(2) EPC) over D1, which discloses (see paragraphs [0012]-[0020]; figures 1-3) a brake lever.',
    '3. Claims 4-10 lack an inventive step (Article 56 EPC) over D1 in combination with D2 ([0034], figure 4).',
  ]

  it('names each document by its applicant, keeps its dates out of its title, and takes its passages from the objections that point there', () => {
    expect(officeActionFacts(EP_ACTION, 'EP').cited).toEqual([
      { name: 'SHIMANO INC', number: 'EP 1 234 567 A1', title: '', passages: 'paragraphs [0012]-[0020]; figures 1-3' },
      { name: 'CAMPAGNOLO SRL', number: 'US 2015/0123456 A1', title: '', passages: '[0034], figure 4' },
    ])
  })

  it('leaves a parenthesis that names no place, and one after another D-number, to its own document', () => {
    const cited = officeActionFacts([...EP_ACTION.slice(0, 4), 'D1 (the closest prior art) and D2 (see figure 2) are combined.'], 'EP').cited
    expect(cited.map((c) => c.passages)).toEqual(['', 'figure 2'])
  })
})
