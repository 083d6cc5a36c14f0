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

  it('notes as info a claim of another category that refers to a later claim, and keeps the error for a dependent claim (EPC Rule 43(4))', () => {
    const text = claimsText([
      '1. A brake lever comprising a housing (2).',
      '2. The brake lever according to claim 3, wherein the housing (2) is cast.',
      '3. The brake lever according to claim 1, wherein the housing (2) is steel.',
      '4. An apparatus for carrying out the method of claim 5.',
      '5. A method of braking a bicycle, comprising pressing the brake lever according to claim 1.',
    ])
    expect(checkText(referenceForward, 'EP', text).map((finding) => [finding.claim, finding.severity])).toEqual([[2, 'error'], [4, 'info']])
    // Every US claim that refers to another is dependent: the forward reference stays an error.
    expect(checkText(referenceForward, 'US', text).map((finding) => [finding.claim, finding.severity])).toEqual([[2, 'error'], [4, 'error']])
  })
})
