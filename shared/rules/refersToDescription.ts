import type { ParsedClaim, TextRange } from '../claims/types'
import { allMatches } from './allMatches'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

// One alternation per language, the longer phrases first so that "as shown in FIG. 3" is
// reported once rather than again as "FIG. 3".
const CHINESE_REFERENCES = new RegExp([
  // "如说明书第二部分所述", "如图3所示", "如附图2中所示", "参见图1", "如实施例1所述".
  /如说明书[^，。；,;]{0,30}?所(?:述|记载|描述)/.source,
  /如(?:附)?图\s*\d+[a-zA-Z]?(?:\s*[-~至和、]\s*\d+[a-zA-Z]?)*[^，。；,;]{0,20}?所示/.source,
  /(?:参见|参照|参考|见)(?:说明书|附图|图\s*\d+)/.source,
  /如实施例\s*\d*[^，。；,;]{0,20}?所(?:述|示)/.source,
].join('|'), 'g')

// The omnibus claim: "substantially as hereinbefore described with reference to the accompanying
// drawings", "as herein described and illustrated in Figure 1", "as shown and described" (Guidelines F-IV 4.17).
const OMNIBUS = /\b(?:substantially\s+)?as\s+(?:(?:hereinbefore|hereinabove|herein|above|before)\s+(?:described|shown|illustrated|disclosed)(?:\s+(?:and|or)\s+(?:shown|illustrated|described))?|(?:shown|illustrated)\s+and\s+described(?:\s+herein)?|described\s+and\s+(?:shown|illustrated)(?:\s+herein)?)(?:\s+(?:with\s+reference\s+to|by\s+reference\s+to|in|by)\s+(?:any\s+(?:one\s+)?of\s+)?(?:the\s+)?(?:accompanying\s+)?(?:drawings?|figures?|fig(?:ure)?s?\.?\s*\d+[a-z]?|examples?|description|specification|embodiments?))?/i
// An omnibus claim names its subject and then only the reference: "A bicycle brake lever substantially as …".
const OMNIBUS_CLAIM = new RegExp(`^[^,;:]*?${OMNIBUS.source}[\\s.]*$`, 'i')

const ENGLISH_REFERENCES = new RegExp([
  OMNIBUS.source,
  // "as shown in FIG. 3", "as described in the description", "as described herein", "see Figure 2".
  /\bas\s+(?:shown|illustrated|depicted|described|disclosed|set\s+forth|defined|represented)\s+in\s+(?:the\s+)?(?:accompanying\s+)?(?:fig(?:ure)?s?\.?\s*\d+[a-z]?|drawings?|figures?|description|specification|table\s*\d+|example\s*\d+|embodiments?)\b/.source,
  /\bas\s+(?:shown|illustrated|described)\s+herein\b/.source,
  /\b(?:see|refer(?:ring)?\s+to|with\s+reference\s+to)\s+(?:fig(?:ure)?s?\.?\s*\d+|the\s+(?:accompanying\s+)?(?:drawings?|description|specification))/.source,
  /\bfig(?:ure)?s?\.?\s*\d+[a-z]?\b/.source,
].join('|'), 'gi')

/**
 * Where a claim relies on the description or drawings ("as shown in FIG. 3", "substantially
 * as hereinbefore described with reference to the accompanying drawings"), after its number. What
 * such a phrase names ("the accompanying drawings") is part of the application, not a claimed
 * element, so claims.antecedent-basis leaves it to this rule.
 */
export function descriptionReferences(claim: ParsedClaim): TextRange[] {
  const ranges: TextRange[] = []
  for (const match of allMatches(claim.language === 'zh' ? CHINESE_REFERENCES : ENGLISH_REFERENCES, claim.text)) {
    if (match.index >= claim.bodyStart) ranges.push({ start: match.index, end: match.index + match[0].length })
  }
  return ranges
}

/** Whether a claim is an omnibus claim, all of whose features are in the description or drawings it refers to. */
export function isOmnibusClaim(claim: ParsedClaim): boolean {
  return claim.language === 'en' && OMNIBUS_CLAIM.test(claim.text.slice(claim.bodyStart))
}

/**
 * Claims stand on their own words: no "如说明书…所述", "如图3所示", "as shown in FIG. 3",
 * "as described in the description" or omnibus claim ("substantially as hereinbefore described
 * with reference to the accompanying drawings") unless absolutely necessary, hence a warning.
 */
export const refersToDescription: ClaimRule = {
  id: 'claims.refers-to-description',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法实施细则第22条第3款 / Implementing Rules Art. 22(3)',
    US: 'MPEP 2173.05(s)',
    EP: 'EPC Rule 43(6)',
  },
  title: {
    'zh-CN': '权利要求不引用说明书或附图',
    en: 'Claims do not refer to the description or drawings',
  },
  advice: {
    'zh-CN': '删除对说明书或附图的引用，把所指的技术特征直接写入权利要求。',
    en: 'Delete the reference to the description or drawings and write the feature itself into the claim.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      for (const range of descriptionReferences(claim)) {
        const written = claim.text.slice(range.start, range.end)
        findings.push(claimFinding(refersToDescription, claim, range, {
          'zh-CN': `权利要求中使用了“${written}”这类引用说明书或附图的用语，除绝对必要外不得使用`,
          en: `"${written}" relies on the description or drawings; claims may do so only where absolutely necessary`,
        }))
      }
    }
    return findings
  },
}
