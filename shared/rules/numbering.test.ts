import { describe, expect, it } from 'vitest'
import { numbering } from './numbering'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.numbering', () => {
  it('accepts Chinese claims numbered 1, 2, 3', () => {
    expect(checkText(numbering, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a gap in Chinese numbering at the claim after the gap', () => {
    const text = claimsText([CN_CLAIMS[0] ?? '', CN_CLAIMS[1] ?? '', CN_CLAIMS[2]?.replace(/^3\./, '4.') ?? ''])
    const findings = checkText(numbering, 'CN', text)
    expect(findings).toMatchObject([{ rule: 'claims.numbering', severity: 'error', claim: 4 }])
    expect(findings[0]?.message['zh-CN']).toContain('缺少权利要求3')
    expect(located(text, 'CN', findings[0]!)).toBe('4.')
  })

  it('reports a Chinese claim number used twice', () => {
    const text = claimsText([CN_CLAIMS[0] ?? '', CN_CLAIMS[1] ?? '', CN_CLAIMS[1] ?? ''])
    expect(checkText(numbering, 'CN', text)).toMatchObject([{ claim: 2, message: { 'zh-CN': '权利要求编号2重复' } }])
  })

  it('reports the "权利要求1、" prefix before a claim number', () => {
    const text = claimsText(['权利要求1、一种支撑装置，包括底座，其特征在于，所述底座为圆形。'])
    const findings = checkText(numbering, 'CN', text)
    expect(findings).toHaveLength(1)
    expect(located(text, 'CN', findings[0]!)).toBe('权利要求1、')
  })

  it('accepts English claims numbered 1, 2, 3', () => {
    expect(checkText(numbering, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports a gap in English numbering with the missing claim numbers', () => {
    const text = claimsText([US_CLAIMS[0] ?? '', US_CLAIMS[1]?.replace(/^2\./, '5.') ?? ''])
    expect(checkText(numbering, 'EP', text)).toMatchObject([{ claim: 5, message: { en: 'Numbering skips claims 2–4' } }])
  })

  it('reports "Claim 1." written before an English claim', () => {
    const text = 'Claim 1. A support device comprising a base.'
    const findings = checkText(numbering, 'US', text)
    expect(findings).toHaveLength(1)
    expect(located(text, 'US', findings[0]!)).toBe('Claim 1.')
  })

  it('counts a cancelled range as taking up its numbers', () => {
    const text = claimsText(['1-2. (canceled)', '3. A support device comprising a base.'])
    expect(checkText(numbering, 'US', text)).toEqual([])
  })
})
