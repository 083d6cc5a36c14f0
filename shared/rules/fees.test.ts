import { describe, expect, it } from 'vitest'
import { fees } from './fees'
import { FEE_SCHEDULE } from './feeSchedule'
import { checkClaims, checkText } from './testing/factories'

const chineseClaims = (count: number) => Array.from({ length: count }, (_, index) => index === 0
  ? '1.一种支撑装置，包括底座，其特征在于，所述底座为圆形。'
  : `${index + 1}.根据权利要求1所述的支撑装置，其特征在于，所述底座的直径为${index}毫米。`).join('\n')
const englishClaims = (count: number) => Array.from({ length: count }, (_, index) => index === 0
  ? '1. A support device comprising a base.'
  : `${index + 1}. The support device of claim 1, wherein the base is ${index} mm wide.`).join('\n')

describe('claims.fees', () => {
  it('says nothing about ten Chinese claims', () => {
    expect(checkText(fees, 'CN', chineseClaims(10))).toEqual([])
  })

  it('states the count, the excess and the CN surcharge for twelve claims', () => {
    expect(checkText(fees, 'CN', chineseClaims(12))).toMatchObject([{
      severity: 'info',
      claim: null,
      message: { 'zh-CN': '共12项权利要求，超出10项的2项须缴纳权利要求附加费：2 × 150元 = 300元' },
    }])
  })

  it('says nothing about fifteen EP claims', () => {
    expect(checkText(fees, 'EP', englishClaims(15))).toEqual([])
  })

  it('charges the higher EP fee from the 51st claim', () => {
    const lower = 35 * FEE_SCHEDULE.EP.perClaimUpTo50
    const higher = 2 * FEE_SCHEDULE.EP.perClaimFrom51
    expect(checkText(fees, 'EP', englishClaims(52))[0]?.message.en)
      .toBe(`52 claims: the 37 beyond 15 incur claims fees, 35 × EUR 275 + 2 × EUR 685 = EUR ${(lower + higher).toLocaleString('en-US')}`)
  })

  it('says nothing about twenty US claims with one independent claim', () => {
    expect(checkText(fees, 'US', englishClaims(20))).toEqual([])
  })

  it('counts a US multiple dependent claim, and the claims depending on it, as the claims it refers to', () => {
    const findings = checkClaims(fees, 'US', [
      { text: '1. A device comprising a base.' },
      { text: '2. The device of claim 1, wherein the base is round.', references: [{ words: 'claim 1', numbers: [1] }] },
      { text: '3. The device of claim 1 or 2, wherein the base is steel.', references: [{ words: 'claim 1 or 2', numbers: [1, 2] }] },
      { text: '4. The device of claim 3, wherein the steel is stainless.', references: [{ words: 'claim 3', numbers: [3] }] },
      ...['5', '6', '7'].map((number) => ({ text: `${number}. A device comprising a frame.` })),
    ])
    // 1 + 1 + 2 + 2 + 3 independent claims = 9 claims counted, 4 of them independent.
    expect(findings[0]?.message.en).toBe(
      '9 claims counted under 37 CFR 1.75(c) (4 independent): 1 independent beyond 3 × $600; multiple dependent claim fee $925; total $1,525 (large entity, no fee reduction)',
    )
    expect(findings[0]?.advice.en).toContain('avoids the multiple dependent claim fee')
  })

  it('advises rewriting the multiple dependent claim, not deleting claims, when its fee is the only one', () => {
    const findings = checkClaims(fees, 'US', [
      { text: '1. A device comprising a base.' },
      { text: '2. The device of claim 1, wherein the base is round.', references: [{ words: 'claim 1', numbers: [1] }] },
      { text: '3. The device of claim 1 or 2, wherein the base is steel.', references: [{ words: 'claim 1 or 2', numbers: [1, 2] }] },
    ])
    expect(findings[0]?.message.en).toContain('multiple dependent claim fee $925; total $925')
    expect(findings[0]?.advice.en).toBe('Rewriting the multiple dependent claim as dependent claims that each refer to one claim avoids the multiple dependent claim fee.')
  })

  it('charges US claims beyond twenty', () => {
    expect(checkText(fees, 'US', englishClaims(22))[0]?.message.en).toContain('2 beyond 20 × $200')
  })
})
