import type { ParsedClaim } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { bodyRange, claimFinding } from './finding'
import { isOmnibusClaim } from './refersToDescription'
import type { ClaimRule, Finding } from './types'

// Clauses of a claim: what follows its subject, split at commas and semicolons.
const CLAUSE_BREAK = /[，,；;]/g

/**
 * An independent claim has a preamble and a characterising part ("其特征在于" / "characterised
 * in that") where the nature of the invention allows; a warning, since both offices accept
 * other forms where the two-part form does not fit. It does not fit a claim whose features are
 * those of the claims it refers to, joined by one relation: a use of them, a product obtained by
 * or containing them ("一种细胞，其由权利要求7至12任一所述的方法编辑后获得"); nor a claim whose
 * preamble takes in the referred claims' subject matter ("A method of adjusting a brake lever
 * assembly according to any one of claims 1 to 7, comprising …"), which their characterising
 * parts already set apart from the prior art; nor a claim of another category that carries out
 * the method of a method claim ("A computer program comprising instructions which … carry out the
 * method of claim 1", "A data processing apparatus comprising means for carrying out the method of
 * claim 1", EPO Guidelines F-IV 3.8, 3.9.1).
 */
export const twoPartForm: ClaimRule = {
  id: 'claims.two-part-form',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法实施细则第24条 / Implementing Rules Art. 24',
    EP: 'EPC Rule 43(1)(b)',
  },
  title: {
    'zh-CN': '独立权利要求采用两部分撰写方式',
    en: 'Independent claims use the two-part form',
  },
  advice: {
    'zh-CN': '如现有技术明确，用“其特征在于”把与现有技术共有的特征与区别特征分开；发明性质不适合时可保留。',
    en: 'Where the closest prior art is clear, separate the known features from the new ones with "characterised in that"; keep the form if the invention does not suit it.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      if (claim.kind !== 'independent' || claim.characterisingPart !== null || definedByReferredClaims(claimSet, claim)) continue
      // An omnibus claim has no features of its own to split: claims.refers-to-description reports it.
      if (isOmnibusClaim(claim)) continue
      const range = claim.preamble.end > claim.preamble.start ? claim.preamble : bodyRange(claim)
      findings.push(claimFinding(twoPartForm, claim, range, {
        'zh-CN': '独立权利要求未分为前序部分和特征部分（缺少“其特征在于”）',
        en: 'The independent claim has no preamble and characterising part ("characterised in that")',
      }))
    }
    return findings
  },
}

function definedByReferredClaims(claimSet: ClaimSet, claim: ParsedClaim): boolean {
  if (claim.dependsOn.length === 0) return false
  return claim.category === 'use' || refersInPreamble(claim) || carriesOutMethod(claimSet, claim)
    || (claim.text.slice(claim.bodyStart).trim().match(CLAUSE_BREAK)?.length ?? 0) <= 1
}

// Guidelines F-IV 3.8, 3.9.1: "A data processing apparatus comprising means for carrying out the
// method of claim 1", "A computer program [product] / A computer-readable medium comprising
// instructions which … cause the computer to carry out the method of claim 1": a claim of another
// category defined by the steps of a method claim, which that claim sets against the prior art.
function carriesOutMethod(claimSet: ClaimSet, claim: ParsedClaim): boolean {
  if (claim.category === null || claim.category === 'method') return false
  return claim.dependsOn.some((number) => claimSet.claim(number)?.category === 'method')
}

// A reference in the body ("一种基因编辑方法，包括将权利要求1所述的构建体导入细胞，…") makes the
// referred product one feature among the claim's own, which may still be set against the prior art.
function refersInPreamble(claim: ParsedClaim): boolean {
  const first = claim.references[0]
  return first !== undefined && first.range.start < claim.preamble.end
}
