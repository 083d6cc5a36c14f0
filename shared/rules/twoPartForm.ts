import type { ClaimSet } from './claimSet'
import { bodyRange, claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

/**
 * An independent claim has a preamble and a characterising part ("其特征在于" / "characterised
 * in that") where the nature of the invention allows; a warning, since both offices accept
 * other forms where the two-part form does not fit.
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
      if (claim.kind !== 'independent' || claim.characterisingPart !== null) continue
      const range = claim.preamble.end > claim.preamble.start ? claim.preamble : bodyRange(claim)
      findings.push(claimFinding(twoPartForm, claim, range, {
        'zh-CN': '独立权利要求未分为前序部分和特征部分（缺少“其特征在于”）',
        en: 'The independent claim has no preamble and characterising part ("characterised in that")',
      }))
    }
    return findings
  },
}
