import type { ClaimSet } from './claimSet'
import { claimFinding, listNumbers } from './finding'
import type { ClaimRule, Finding } from './types'

/** A claim refers only to earlier claims: never to itself or to a later claim. */
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
        const onlyItself = later.length === 1 && later[0] === claim.number
        findings.push(claimFinding(referenceForward, claim, reference.range, onlyItself
          ? { 'zh-CN': '权利要求不能引用其自身', en: 'A claim cannot refer to itself' }
          : {
              'zh-CN': `只能引用在前的权利要求，不能引用权利要求${numbers['zh-CN']}`,
              en: `A claim may refer only to preceding claims, not to claim${later.length > 1 ? 's' : ''} ${numbers.en}`,
            }))
      }
    }
    return findings
  },
}
