import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { refersToDescription } from './refersToDescription'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.refers-to-description', () => {
  it('accepts Chinese claims in their own words', () => {
    expect(checkText(refersToDescription, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it.each([
    ['如图3所示', '4.根据权利要求1所述的支撑装置，其特征在于，所述底座（1）的形状如图3所示。'],
    ['如说明书实施例部分所述', '4.根据权利要求1所述的支撑装置，其特征在于，所述底座（1）如说明书实施例部分所述。'],
  ])('reports "%s" in a Chinese claim', (words, claim) => {
    const text = claimsText([...CN_CLAIMS, claim])
    const findings = checkText(refersToDescription, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'warning', claim: 4 }])
    expect(located(text, 'CN', findings[0]!)).toBe(words)
  })

  it('accepts English claims that refer only to other claims', () => {
    expect(checkText(refersToDescription, 'US', claimsText([...US_CLAIMS, '4. A support device as defined in claim 1, wherein the base is round.']))).toEqual([])
  })

  it.each([
    ['as shown in FIG. 3', '4. The support device of claim 1, wherein the base is shaped as shown in FIG. 3.'],
    ['as described in the description', '4. The support device of claim 1, wherein the base is made as described in the description.'],
  ])('reports "%s" in an English claim once', (words, claim) => {
    const text = claimsText([...US_CLAIMS, claim])
    const findings = checkText(refersToDescription, 'EP', text)
    expect(findings).toHaveLength(1)
    expect(located(text, 'EP', findings[0]!)).toBe(words)
  })

  it('reports an omnibus claim once, and leaves its "substantially" to this rule (EPC Rule 43(6), Guidelines F-IV 4.17)', () => {
    const text = claimsText([US_CLAIMS[0] ?? '', '2. A support device substantially as hereinbefore described with reference to the accompanying drawings.'])
    const findings = analyzeClaimSet({ jurisdiction: 'EP', claimsText: text }).findings.filter((finding) => finding.claim === 2)
    expect(findings.map((finding) => [finding.rule, finding.severity, located(text, 'EP', finding)])).toEqual([
      ['claims.refers-to-description', 'warning', 'substantially as hereinbefore described with reference to the accompanying drawings'],
    ])
  })
})
