import { describe, expect, it } from 'vitest'
import type { Jurisdiction } from '../claims/types'
import { analyzeClaimSet } from './analyze'

/**
 * Wording that practitioners accept in published claims and the checker once reported, each
 * kind with an example of its own, and the lapses it must still catch (issue 7).
 */

/** Each error and warning as [rule, claim, the words it points at]. */
function raised(jurisdiction: Jurisdiction, ...claims: string[]): [string, number | null, string][] {
  const result = analyzeClaimSet({ jurisdiction, claimsText: claims.join('\n') })
  return result.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => {
      const claim = result.claims.find((candidate) => candidate.number === finding.claim)
      return [finding.rule, finding.claim, claim?.text.slice(finding.start, finding.end) ?? '']
    })
}

const antecedents = (jurisdiction: Jurisdiction, ...claims: string[]) =>
  raised(jurisdiction, ...claims).filter(([rule]) => rule === 'claims.antecedent-basis').map(([, claim, text]) => [claim, text])

describe('English noun phrases end where a verb, adjective or adverb begins', () => {
  it('reads "the arm pivotable about", "the pump delivers fluid" and "the signal indicative of" as the arm, the pump and the signal', () => {
    expect(antecedents('US',
      '1. A crane comprising an arm, a pin, a pump, a fluid and a signal, wherein the arm pivotable about the pin, the pump delivers fluid, the pump regulates the fluid and the signal indicative of a load are connected.',
    )).toEqual([])
  })
})
