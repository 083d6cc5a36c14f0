import type { ClaimSet } from './claimSet'
import { claimFinding, listNumbers } from './finding'
import type { ClaimRule, Finding } from './types'

/**
 * A multiple dependent claim may not serve as a basis for another multiple dependent claim.
 * The EPO allows it, so EP is not checked.
 */
export const multipleDependencyChain: ClaimRule = {
  id: 'claims.multiple-dependency-chain',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第25条第2款 / Implementing Rules Art. 25(2)',
    US: '37 CFR 1.75(c); MPEP 608.01(n)',
  },
  title: {
    'zh-CN': '多项从属权利要求不得作为另一项多项从属权利要求的基础',
    en: 'No multiple dependent claim on another multiple dependent claim',
  },
  advice: {
    'zh-CN': '改为只引用单项权利要求，或拆分为几项权利要求，使多项从属权利要求不作为另一项多项从属权利要求的基础。',
    en: 'Refer to single claims only, or split the claim, so that no multiple dependent claim rests on another.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      if (!claimSet.isMultipleDependent(claim)) continue
      const bases = claim.dependsOn.filter((number) => {
        const basis = claimSet.claim(number)
        return basis !== undefined && basis !== claim && claimSet.isMultipleDependent(basis)
      })
      if (bases.length === 0) continue
      const reference = claim.references.find((candidate) => candidate.numbers.some((number) => bases.includes(number)))
      const range = reference?.range ?? claim.references[0]?.range ?? { start: claim.bodyStart, end: claim.bodyStart }
      const numbers = listNumbers(bases)
      const plural = bases.length > 1
      findings.push(claimFinding(multipleDependencyChain, claim, range, {
        'zh-CN': `多项从属权利要求不得引用另一项多项从属权利要求：权利要求${numbers['zh-CN']}是多项从属权利要求`,
        en: `A multiple dependent claim may not serve as a basis for another multiple dependent claim: claim${plural ? 's' : ''} ${numbers.en} ${plural ? 'are' : 'is'} multiple dependent`,
      }))
    }
    return findings
  },
}
