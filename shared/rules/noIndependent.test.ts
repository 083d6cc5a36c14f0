import { describe, expect, it } from 'vitest'
import { noIndependent } from './noIndependent'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText } from './testing/factories'

describe('claims.no-independent', () => {
  it('accepts Chinese claims with an independent claim', () => {
    expect(checkText(noIndependent, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports Chinese claims that all refer to other claims, on the claim set', () => {
    const text = claimsText([
      '1.根据权利要求2所述的支撑装置，其特征在于，所述底座为圆形。',
      '2.根据权利要求1所述的支撑装置，其特征在于，所述底座为铝制。',
    ])
    expect(checkText(noIndependent, 'CN', text)).toMatchObject([
      { severity: 'error', part: 'claims', claim: null, message: { 'zh-CN': '权利要求书中没有独立权利要求' } },
    ])
  })

  it('accepts English claims with an independent claim', () => {
    expect(checkText(noIndependent, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports English claims that all refer to other claims', () => {
    const text = claimsText(['1. The device of claim 2, wherein the base is round.', '2. The device of claim 1, wherein the base is flat.'])
    expect(checkText(noIndependent, 'EP', text)).toMatchObject([{ claim: null, message: { en: 'The claim set has no independent claim' } }])
  })

  it('says nothing about an empty claim set', () => {
    expect(checkText(noIndependent, 'US', '')).toEqual([])
  })
})
