import { describe, expect, it } from 'vitest'
import { referenceForward } from './referenceForward'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.reference-forward', () => {
  it('accepts Chinese claims that refer to preceding claims', () => {
    expect(checkText(referenceForward, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese claim that refers to a later claim', () => {
    const text = claimsText([
      CN_CLAIMS[0] ?? '',
      '2.根据权利要求3所述的支撑装置，其特征在于，所述底座（1）为圆形。',
      '3.根据权利要求1所述的支撑装置，其特征在于，所述支架（2）为铝制。',
    ])
    const findings = checkText(referenceForward, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'error', claim: 2, message: { 'zh-CN': '只能引用在前的权利要求，不能引用权利要求3' } }])
    expect(located(text, 'CN', findings[0]!)).toContain('权利要求3')
  })

  it('accepts English claims that refer to preceding claims', () => {
    expect(checkText(referenceForward, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports an English claim that refers to itself', () => {
    const text = claimsText([US_CLAIMS[0] ?? '', '2. The support device of claim 2, wherein the base is round.'])
    expect(checkText(referenceForward, 'EP', text)).toMatchObject([{ claim: 2, message: { en: 'A claim cannot refer to itself' } }])
  })
})
