import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

/** A reference sign in a claim stands in parentheses right after its feature: "支架（3）", "member (12)". */
export const referenceSignFormat: ClaimRule = {
  id: 'claims.reference-sign-format',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法实施细则第22条第4款 / Implementing Rules Art. 22(4)',
    US: 'MPEP 608.01(m)',
    EP: 'EPC Rule 43(7)',
  },
  title: {
    'zh-CN': '权利要求中的附图标记置于括号内',
    en: 'Reference signs in claims are in parentheses',
  },
  advice: {
    'zh-CN': '把附图标记放在相应技术特征后的括号内，如“支架(3)”。',
    en: 'Put the reference sign in brackets right after its feature, e.g. "bracket (3)".',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      for (const sign of claim.referenceSigns) {
        if (sign.bracketed) continue
        findings.push(claimFinding(referenceSignFormat, claim, sign.range, {
          'zh-CN': `附图标记“${sign.sign}”应置于相应技术特征之后的括号内，如“支架（${sign.sign}）”`,
          en: `Reference sign "${sign.sign}" belongs in parentheses after its feature, e.g. "member (${sign.sign})"`,
        }))
      }
    }
    return findings
  },
}
