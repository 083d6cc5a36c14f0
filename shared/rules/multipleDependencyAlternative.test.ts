import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { multipleDependencyAlternative } from './multipleDependencyAlternative'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.multiple-dependency-alternative', () => {
  it('accepts a Chinese multiple dependent claim that refers with 或', () => {
    expect(checkText(multipleDependencyAlternative, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese multiple dependent claim that refers with 和', () => {
    const text = claimsText([...CN_CLAIMS.slice(0, 2), (CN_CLAIMS[2] ?? '').replace('1或2', '1和2')])
    const findings = checkText(multipleDependencyAlternative, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'error', claim: 3 }])
    expect(located(text, 'CN', findings[0]!)).toContain('权利要求1和2')
  })

  it('accepts a Chinese claim of another subject that combines two claims', () => {
    const text = claimsText([
      ...CN_CLAIMS,
      '4.一种支撑系统，其特征在于，包括权利要求1所述的支撑装置和权利要求2所述的支撑装置。',
    ])
    expect(checkText(multipleDependencyAlternative, 'CN', text)).toEqual([])
  })

  it('accepts an English multiple dependent claim that refers with "or"', () => {
    expect(checkText(multipleDependencyAlternative, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports an English multiple dependent claim that refers with "and"', () => {
    const text = claimsText([...US_CLAIMS.slice(0, 2), (US_CLAIMS[2] ?? '').replace('claim 1 or 2', 'claims 1 and 2')])
    const findings = checkText(multipleDependencyAlternative, 'US', text)
    expect(findings).toMatchObject([{ claim: 3 }])
    expect(located(text, 'US', findings[0]!)).toContain('claims 1 and 2')
  })

  it('leaves cumulative references alone under EPO practice', () => {
    const text = claimsText([...US_CLAIMS.slice(0, 2), (US_CLAIMS[2] ?? '').replace('claim 1 or 2', 'claims 1 and 2')])
    const { findings } = analyzeClaimSet({ jurisdiction: 'EP', claimsText: text })
    expect(findings.filter((finding) => finding.rule === multipleDependencyAlternative.id)).toEqual([])
  })
})
