import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { meansPlusFunction } from './meansPlusFunction'
import { US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.means-plus-function', () => {
  it('accepts structural claims, "by means of" included', () => {
    const text = claimsText([...US_CLAIMS, '4. The support device of claim 1, wherein the bracket is held by means of a screw.'])
    expect(checkText(meansPlusFunction, 'US', text)).toEqual([])
  })

  it('notes "means for" and "step for" as 35 USC 112(f) language', () => {
    const text = claimsText([
      '1. A support device comprising a base and means for fastening the base to a wall.',
      '2. A method comprising a step for aligning the base.',
    ])
    const findings = checkText(meansPlusFunction, 'US', text)
    expect(findings).toMatchObject([{ severity: 'info', claim: 1 }, { severity: 'info', claim: 2 }])
    expect(findings.map((finding) => located(text, 'US', finding))).toEqual(['means for', 'step for'])
  })

  it('notes a means where it is recited, not where a later claim refers back to it and names its structure', () => {
    const text = claimsText([
      '1. A cutting device comprising a housing, a blade, and means for adjusting a position of the blade.',
      '2. The device of claim 1, wherein the means for adjusting comprises a threaded screw engaging the blade.',
      '3. The device of claim 1, wherein said means for adjusting is housed in the housing, and further comprising display means for showing the position.',
    ])
    const findings = checkText(meansPlusFunction, 'US', text)
    expect(findings.map((finding) => [finding.claim, located(text, 'US', finding)])).toEqual([[1, 'means for'], [3, 'means for']])
  })

  it('applies to US claims only', () => {
    const { findings } = analyzeClaimSet({ jurisdiction: 'EP', claimsText: '1. A support device comprising means for fastening.' })
    expect(findings.filter((finding) => finding.rule === meansPlusFunction.id)).toEqual([])
  })
})
