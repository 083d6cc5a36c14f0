import type { ClaimSet } from './claimSet'
import { claimFinding, listNumbers } from './finding'
import type { ClaimRule, Finding, LocalizedText } from './types'

/** A cancelled claim stays cancelled: the reference has to change, not the claim come back. */
const CANCELLED_ADVICE = {
  'zh-CN': '改为引用未删除的权利要求，或删去这一引用。',
  en: 'Refer to a claim that is not cancelled, or drop this reference.',
}

const LOST_ADVICE = {
  'zh-CN': '改为引用应当引用的权利要求；现在的引用正确时，忽略此提示。',
  en: 'Make the reference name the claim it should; if it is right as it is, dismiss this finding.',
}

/**
 * A claim refers only to claims that exist and are not cancelled; a reference whose claim was
 * deleted in the editor, and which now names the claim that took its number, is a warning.
 */
export const referenceMissing: ClaimRule = {
  id: 'claims.reference-missing',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第25条第2款 / Implementing Rules Art. 25(2)',
    US: '35 USC 112(d); 37 CFR 1.75(c)',
    EP: 'EPC Rule 43(4); Art. 84',
  },
  title: {
    'zh-CN': '引用的权利要求必须存在',
    en: 'Referenced claims exist',
  },
  advice: {
    'zh-CN': '改为引用存在的权利要求，或恢复被删除的权利要求。',
    en: 'Refer to a claim that exists, or restore the deleted claim.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      for (const reference of claim.references) {
        const missing = reference.numbers.filter((number) => !claimSet.exists(number))
        const cancelled = reference.numbers.filter((number) => claimSet.isCancelled(number))
        if (missing.length > 0) {
          const numbers = listNumbers(missing)
          findings.push(claimFinding(referenceMissing, claim, reference.range, {
            'zh-CN': `引用的权利要求${numbers['zh-CN']}不存在`,
            en: `Claim${missing.length > 1 ? 's' : ''} ${numbers.en}, referred to here, ${missing.length > 1 ? 'do' : 'does'} not exist`,
          }))
        }
        for (const number of reference.numbers) {
          const was = claimSet.lostReference(claim, number)
          if (was === null || !claimSet.exists(number)) continue
          const now: LocalizedText =
            number === claim.number
              ? { 'zh-CN': '本项权利要求自身', en: 'this claim itself' }
              : number > claim.number
                ? { 'zh-CN': '在本项之后的权利要求', en: 'a later claim' }
                : { 'zh-CN': '另一项权利要求', en: 'another claim' }
          // Naming itself or a later claim is an error whatever the reason (claims.reference-forward).
          findings.push(claimFinding(referenceMissing, claim, reference.range, {
            'zh-CN': `原先引用的权利要求${was}已被删除，现在的权利要求${number}是${now['zh-CN']}`,
            en: `Claim ${was}, which this reference named, was deleted; claim ${number} is now ${now.en}`,
          }, { severity: number >= claim.number ? 'error' : 'warning', advice: LOST_ADVICE }))
        }
        if (cancelled.length > 0) {
          const numbers = listNumbers(cancelled)
          findings.push(claimFinding(referenceMissing, claim, reference.range, {
            'zh-CN': `引用的权利要求${numbers['zh-CN']}已删除`,
            en: `Claim${cancelled.length > 1 ? 's' : ''} ${numbers.en}, referred to here, ${cancelled.length > 1 ? 'are' : 'is'} cancelled`,
          }, { advice: CANCELLED_ADVICE }))
        }
      }
    }
    return findings
  },
}
