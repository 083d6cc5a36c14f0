import { describe, expect, it } from 'vitest'
import { referenceMissing } from './referenceMissing'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.reference-missing', () => {
  it('accepts Chinese claims that refer to existing claims', () => {
    expect(checkText(referenceMissing, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese reference to a claim that does not exist, at the reference', () => {
    const text = claimsText([...CN_CLAIMS, '4.根据权利要求6所述的支撑装置，其特征在于，所述底座（1）为圆形。'])
    const findings = checkText(referenceMissing, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'error', claim: 4, message: { 'zh-CN': '引用的权利要求6不存在' } }])
    expect(located(text, 'CN', findings[0]!)).toContain('权利要求6')
  })

  it('accepts English claims that refer to existing claims', () => {
    expect(checkText(referenceMissing, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports an English reference to a claim that does not exist', () => {
    const text = claimsText([...US_CLAIMS, '4. The support device of claim 7, wherein the base is round.'])
    expect(checkText(referenceMissing, 'EP', text)).toMatchObject([
      { claim: 4, message: { en: 'Claim 7, referred to here, does not exist' } },
    ])
  })

  it('reports a reference to a cancelled claim', () => {
    const text = claimsText(['1. (canceled)', '2. A support device comprising a base.', '3. The support device of claim 1, wherein the base is round.'])
    expect(checkText(referenceMissing, 'US', text)).toMatchObject([
      { claim: 3, message: { en: 'Claim 1, referred to here, is cancelled' }, advice: { en: 'Refer to a claim that is not cancelled, or drop this reference.' } },
    ])
  })
})
