import type { ParsedClaim } from '../claims/types'
import { allMatches } from './allMatches'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

const MEANS_OR_STEP_FOR = /\b(?:means|steps?)\s+for\b/gi

/**
 * "means for" / "step for" invokes 35 USC 112(f): the claim covers only the structure (or acts)
 * the description discloses for the function, and equivalents. Not a defect in itself, so the
 * finding reminds the drafter to disclose that structure, where the means is recited: "the means
 * for adjusting" of a later claim refers back to that recital and adds no other.
 */
export const meansPlusFunction: ClaimRule = {
  id: 'claims.means-plus-function',
  appliesTo: 'claims',
  jurisdictions: ['US'],
  severity: 'info',
  source: { US: '35 USC 112(f); MPEP 2181' },
  title: {
    'zh-CN': '功能性限定（means for / step for）',
    en: 'Means- or step-plus-function language',
  },
  advice: {
    'zh-CN': '确认说明书写明了实现该功能的具体结构、材料或动作。',
    en: 'Make sure the description discloses the structure, material or acts that perform the function.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      for (const match of allMatches(MEANS_OR_STEP_FOR, claim.text)) {
        if (match.index < claim.bodyStart || refersBack(claimSet, claim, match.index)) continue
        findings.push(claimFinding(meansPlusFunction, claim, { start: match.index, end: match.index + match[0].length }, {
          'zh-CN': `“${match[0]}”按35 USC 112(f)解释为功能性限定：说明书须记载实现该功能的具体结构或步骤`,
          en: `"${match[0]}" is read under 35 USC 112(f): the description must disclose the structure or acts that perform the function`,
        }))
      }
    }
    return findings
  },
}

// Whether the "means" at `index` is a word of a term the claim refers back to ("the means for adjusting").
function refersBack(claimSet: ClaimSet, claim: ParsedClaim, index: number): boolean {
  return claimSet.termsOf(claim).mentions.some(({ mention }) =>
    mention.kind === 'referenced' && mention.range.start <= index && index < mention.range.end)
}
