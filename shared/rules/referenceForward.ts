import type { ClaimSet } from './claimSet'
import { claimFinding, listNumbers } from './finding'
import type { ClaimRule, Finding, LocalizedText } from './types'

const REORDER_ADVICE: LocalizedText = {
  'zh-CN': '可调整权利要求的顺序，使被引用的权利要求在前。',
  en: 'Consider reordering the claims so that the claims referred to come first.',
}

/**
 * A claim refers only to earlier claims: never to itself or to a later claim. The provisions are
 * about dependent claims (EPC Rule 43(4), Implementing Rules Art. 25(2)); a claim of another
 * category or subject, independent under the office's practice ("10. An apparatus for carrying out
 * the method of claim 12"), may refer to a later claim, so that is a note on the order (info).
 * Every US claim that refers to another is dependent (35 USC 112(d)) and stays an error.
 */
export const referenceForward: ClaimRule = {
  id: 'claims.reference-forward',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第25条第2款 / Implementing Rules Art. 25(2)',
    US: '35 USC 112(d) ("a claim previously set forth")',
    EP: 'EPC Rule 43(4) ("referring back to … previous claims")',
  },
  title: {
    'zh-CN': '只能引用在前的权利要求',
    en: 'Claims refer only to preceding claims',
  },
  advice: {
    'zh-CN': '只引用在前的权利要求：调整权利要求顺序或修改引用。',
    en: 'Refer only to earlier claims: reorder the claims or change the reference.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      for (const reference of claim.references) {
        // Numbers that do not exist, and numbers whose claim was deleted in the editor, are
        // reported by claims.reference-missing, which says why the reference points here.
        const later = reference.numbers.filter(
          (number) => number >= claim.number && claimSet.exists(number) && claimSet.lostReference(claim, number) === null,
        )
        if (later.length === 0) continue
        const numbers = listNumbers(later)
        const plural = later.length > 1 ? 's' : ''
        if (later.includes(claim.number)) {
          findings.push(claimFinding(referenceForward, claim, reference.range, later.length === 1
            ? { 'zh-CN': '权利要求不能引用其自身', en: 'A claim cannot refer to itself' }
            : {
                'zh-CN': `只能引用在前的权利要求，不能引用权利要求${numbers['zh-CN']}`,
                en: `A claim may refer only to preceding claims, not to claim${plural} ${numbers.en}`,
              }))
        } else if (claim.kind === 'independent') {
          findings.push(claimFinding(referenceForward, claim, reference.range, {
            'zh-CN': `本权利要求属于另一类别或主题，引用了在后的权利要求${numbers['zh-CN']}：这不违反从属权利要求的引用规定，但按引用顺序排列更便于阅读`,
            en: `This claim of another category or subject refers to the later claim${plural} ${numbers.en}: not a dependent claim's forward reference, but easier to read with the referred claim${plural} first`,
          }, { severity: 'info', advice: REORDER_ADVICE }))
        } else {
          findings.push(claimFinding(referenceForward, claim, reference.range, {
            'zh-CN': `只能引用在前的权利要求，不能引用权利要求${numbers['zh-CN']}`,
            en: `A claim may refer only to preceding claims, not to claim${plural} ${numbers.en}`,
          }))
        }
      }
    }
    return findings
  },
}
