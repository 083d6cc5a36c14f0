import { describe, expect, it } from 'vitest'
import { referenceSignFormat } from './referenceSignFormat'
import { CN_CLAIMS, EP_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.reference-sign-format', () => {
  it('accepts Chinese reference signs in full-width parentheses', () => {
    expect(checkText(referenceSignFormat, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese reference sign without parentheses, at the sign', () => {
    const text = '1.一种支撑装置，包括底座1和支架（2）。'
    const findings = checkText(referenceSignFormat, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'warning', claim: 1, start: text.indexOf('1和') }])
    expect(findings[0]?.message['zh-CN']).toContain('支架（1）')
  })

  it('accepts English reference signs in parentheses', () => {
    expect(checkText(referenceSignFormat, 'EP', claimsText(EP_CLAIMS))).toEqual([])
    expect(checkText(referenceSignFormat, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports an English reference sign without parentheses', () => {
    const text = '1. A support device comprising a base 10 and a bracket (12).'
    const findings = checkText(referenceSignFormat, 'EP', text)
    expect(findings).toMatchObject([{ claim: 1, message: { en: 'Reference sign "10" belongs in parentheses after its feature, e.g. "member (10)"' } }])
    expect(located(text, 'EP', findings[0]!)).toBe('10')
  })
})
