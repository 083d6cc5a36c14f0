import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

/**
 * A multiple dependent claim refers to the claims in the alternative ("1或2", "claim 1 or 2",
 * "any one of claims 1 to 3"), never cumulatively ("1和2", "claims 1 and 2"). Only dependent
 * claims: a CN claim of another category may combine several claims ("包含权利要求1所述的构建体和
 * 权利要求13所述的细胞"). The EPO accepts cumulative references, so EP is not checked.
 */
export const multipleDependencyAlternative: ClaimRule = {
  id: 'claims.multiple-dependency-alternative',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第25条第2款 / Implementing Rules Art. 25(2)',
    US: '35 USC 112(e); 37 CFR 1.75(c)',
  },
  title: {
    'zh-CN': '多项从属权利要求只能以择一方式引用',
    en: 'Multiple dependent claims refer in the alternative only',
  },
  advice: {
    'zh-CN': '把“和/and”改为“或/or”，或拆分为多项权利要求。',
    en: 'Change "and" to "or", or split the claim into several claims.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      if (claim.kind !== 'dependent') continue
      for (const reference of claim.references) {
        if (reference.form !== 'cumulative') continue
        findings.push(claimFinding(multipleDependencyAlternative, claim, reference.range, {
          'zh-CN': '多项从属权利要求只能以择一方式引用在前的权利要求（如“权利要求1或2”），不能用“和”',
          en: 'A multiple dependent claim must refer to the other claims in the alternative only ("claim 1 or 2"), not with "and"',
        }))
      }
    }
    return findings
  },
}
