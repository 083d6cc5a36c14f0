import { describe, expect, it } from 'vitest'
import { parseClaimList, parseClaimText } from './parseClaims'
import type { Jurisdiction } from './types'

/** Kind and references of each claim of a set given as claim texts without numbers. */
function kinds(jurisdiction: Jurisdiction, ...texts: string[]) {
  return parseClaimList(texts.map((text, index) => ({ number: index + 1, text })), { jurisdiction })
    .map((claim) => ({ kind: claim.kind, dependsOn: claim.dependsOn.map(Number) }))
}

describe('claim kinds under CNIPA practice', () => {
  it('makes "根据权利要求N所述的<subject>" a dependent claim', () => {
    expect(kinds('CN', '一种装置，包括底座。', '根据权利要求1所述的装置，其特征在于，所述底座为圆形。')[1])
      .toEqual({ kind: 'dependent', dependsOn: [1] })
  })

  it('keeps a claim dependent when it misnames the subject of the claim it refers to', () => {
    const set = kinds('CN', '一种电接触端子，包括引脚。', '一种测试装置，包括底座。', '根据权利要求2所述的电接触端子，其特征在于，所述底座上设置有切口。')
    expect(set[2]).toEqual({ kind: 'dependent', dependsOn: [2] })
  })

  it('keeps a claim that refers to a device claim or to a dependent claim misnamed as a method a multiple dependent claim', () => {
    const set = kinds('CN', '一种检测装置，包括支撑座。', '根据权利要求1所述的检测方法，其特征在于，所述支撑座为钢制。',
      '根据权利要求1或2所述的检测装置，其特征在于，所述支撑座为圆形。')
    expect(set[2]).toEqual({ kind: 'dependent', dependsOn: [1, 2] })
  })

  it('makes a method claim that refers to device claims an independent claim that still lists them', () => {
    const set = kinds('CN', '一种检测装置，包括支撑座。', '根据权利要求1所述的检测装置，其特征在于，所述支撑座为钢制。',
      '一种检测方法，用于权利要求1-2任一项所述的检测装置，包括以下步骤：移动所述检测装置。')
    expect(set[2]).toEqual({ kind: 'independent', dependsOn: [1, 2] })
  })

  it('makes a product claim that takes in the product of another claim an independent claim', () => {
    const set = kinds('CN', '一种腿部结构，包括连杆。', '一种四足机器人，包括如权利要求1所述的腿部结构。')
    expect(set[1]).toEqual({ kind: 'independent', dependsOn: [1] })
  })

  it('makes a storage medium that carries out the method of another claim an independent claim', () => {
    const set = kinds('CN', '一种控制方法，包括获取图像。', '一种计算机可读存储介质，其上存储有程序，所述程序被执行时实现权利要求1所述的方法。')
    expect(set[1]).toEqual({ kind: 'independent', dependsOn: [1] })
  })

  it('makes a use claim that opens with a reference to a product claim an independent claim', () => {
    const set = kinds('CN', '一种化合物，其结构如式I所示。', '根据权利要求1所述的化合物在制备抗肿瘤药物中的用途。')
    expect(set[1]).toEqual({ kind: 'independent', dependsOn: [1] })
  })

  it('makes a claim to a part of the referenced product an independent claim', () => {
    const set = kinds('CN', '一种电机，包括转子。', '根据权利要求1所述的电机的控制器，其特征在于，包括驱动电路。')
    expect(set[1]).toEqual({ kind: 'independent', dependsOn: [1] })
  })
})

describe('claim kinds under USPTO practice', () => {
  it('makes a claim of another category that refers to a claim a dependent claim', () => {
    const set = kinds('US', 'A computer program product comprising instructions.', 'A method for transmitting the instructions of claim 1, comprising storing the instructions.')
    expect(set[1]).toEqual({ kind: 'dependent', dependsOn: [1] })
  })

  it('makes a claim to a new product that takes in the product of a claim a dependent claim', () => {
    const set = kinds('US', 'A razor handle comprising a grip.', 'A razor comprising the razor handle of claim 1 and a blade.')
    expect(set[1]).toEqual({ kind: 'dependent', dependsOn: [1] })
  })
})

describe('claim kinds under EPO practice', () => {
  it('makes a claim that refers to a claim of the other category an independent claim', () => {
    const set = kinds('EP', 'An apparatus comprising a pump.', 'A method of operating the apparatus according to claim 1, comprising starting the pump.')
    expect(set[1]).toEqual({ kind: 'independent', dependsOn: [1] })
  })

  it('makes a claim to another product that takes in the product of earlier claims an independent claim (Guidelines F-IV 3.8)', () => {
    const set = kinds('EP', 'A brake lever assembly (1) comprising a lever (4).',
      'The brake lever assembly (1) according to claim 1, wherein the lever (4) is made of aluminium.',
      'A bicycle comprising a handlebar (3) and a brake lever assembly (1) according to claim 1 or 2.',
      'A method of producing a brake lever assembly, comprising forging a lever.',
      'The method of producing a brake lever assembly according to claim 4, wherein the lever is made of aluminium.')
    expect(set.slice(1)).toEqual([
      { kind: 'dependent', dependsOn: [1] },
      { kind: 'independent', dependsOn: [1, 2] },
      { kind: 'independent', dependsOn: [] },
      { kind: 'dependent', dependsOn: [4] },
    ])
  })

  it('makes a claim of the same category that refers to another claim a dependent claim', () => {
    const set = kinds('EP', 'An apparatus comprising a pump.', 'Apparatus according to claim 1, characterised in that the pump is electric.')
    expect(set[1]).toEqual({ kind: 'dependent', dependsOn: [1] })
  })
})

describe('cancelled claims', () => {
  it('reads "(canceled)", "(Cancelled)" and "（删除）" as cancelled claims that depend on nothing', () => {
    expect(kinds('US', '(canceled)', '(Cancelled)').map((claim) => claim.kind)).toEqual(['cancelled', 'cancelled'])
    expect(kinds('CN', '（删除）')).toEqual([{ kind: 'cancelled', dependsOn: [] }])
  })

  it('reads a cancelled range as one entry and lets later claims refer past it', () => {
    const claims = parseClaimText('1-18. (canceled)\n19. A widget.\n20. The widget of claim 19, being red.', { jurisdiction: 'US' })
    expect(claims.map((claim) => [claim.number, claim.numberRange, claim.kind])).toEqual([
      [1, [1, 18], 'cancelled'],
      [19, undefined, 'independent'],
      [20, undefined, 'dependent'],
    ])
  })
})
