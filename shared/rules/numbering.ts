import type { ParsedClaim } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { claimFinding, numberPrefixRange } from './finding'
import type { ClaimRule, Finding } from './types'

// "权利要求1、一种…" / "Claim 1. A …": the word 权利要求/claim does not belong before the number.
const WORDED_PREFIX = /^\s*(?:权利要求|claim)\s*\d+\s*[、.．:：)）]?/i

/**
 * Claims are numbered 1, 2, 3 … consecutively in Arabic numerals, with no "权利要求1、" prefix.
 * A cancelled range ("1-18. (canceled)") takes up its numbers.
 */
export const numbering: ClaimRule = {
  id: 'claims.numbering',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第22条第2款 / Implementing Rules Art. 22(2)',
    US: '37 CFR 1.126',
    EP: 'EPC Rule 43(5)',
  },
  title: {
    'zh-CN': '权利要求用阿拉伯数字连续编号',
    en: 'Claims are numbered consecutively in Arabic numerals',
  },
  advice: {
    'zh-CN': '按1、2、3……连续编号，删除编号前的多余文字。',
    en: 'Number the claims 1, 2, 3 … without gaps, and remove any words before the number.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    const seen = new Set<number>()
    let expected = 1
    for (const claim of claimSet.claims) {
      const worded = WORDED_PREFIX.exec(claim.text)
      if (worded !== null) findings.push(wordedPrefix(claim, worded))
      const last: number = claim.numberRange?.[1] ?? claim.number
      if (seen.has(claim.number)) {
        findings.push(claimFinding(numbering, claim, numberPrefixRange(claim), {
          'zh-CN': `权利要求编号${claim.number}重复`,
          en: `Claim number ${claim.number} is used twice`,
        }))
      } else if (claim.number > expected) {
        findings.push(claimFinding(numbering, claim, numberPrefixRange(claim), gap(expected, claim.number - 1)))
      } else if (claim.number < expected) {
        findings.push(claimFinding(numbering, claim, numberPrefixRange(claim), {
          'zh-CN': `权利要求${claim.number}不在顺序位置上，此处应为权利要求${expected}`,
          en: `Claim ${claim.number} is out of order; claim ${expected} is expected here`,
        }))
      }
      for (let number: number = claim.number; number <= last; number++) seen.add(number)
      expected = Math.max(expected, last + 1)
    }
    return findings
  },
}

function wordedPrefix(claim: ParsedClaim, match: RegExpExecArray): Finding {
  const start = match[0].length - match[0].trimStart().length
  return claimFinding(numbering, claim, { start, end: match[0].trimEnd().length }, {
    'zh-CN': '权利要求编号前不应加“权利要求”字样，应写作“1.”',
    en: 'A claim number stands alone ("1."), without the word "Claim" before it',
  })
}

function gap(first: number, last: number) {
  const missing = first === last ? `${first}` : `${first}–${last}`
  return {
    'zh-CN': `编号不连续：缺少权利要求${missing}`,
    en: `Numbering skips claim${first === last ? '' : 's'} ${missing}`,
  }
}
