import type { ParsedClaim, TextRange } from '../claims/types'
import { allMatches } from './allMatches'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

// Words whose full stop does not end a sentence ("e.g.", "FIG. 3", "No. 5", "approx. 2").
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'fig', 'figs', 'no', 'nos', 'approx', 'ca', 'cf', 'vs', 'viz', 'wt', 'vol',
  'mol', 'ref', 'eq', 'eqs', 'max', 'min', 'temp', 'u.s', 'inc', 'ltd', 'co', 'corp', 'al', 'dr', 'mr',
  'mrs', 'st', 'deg', 'resp', 'incl', 'seq', 'sec', 'art', 'para', 'pat', 'appl', 'publ', 'spp', 'sp',
])

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'
const isCjk = (char: string | undefined) => char !== undefined && /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(char)

/**
 * One claim, one sentence: a single full stop, at the end. A "." inside a claim is a sentence
 * end only when it is not a decimal point ("1.5"), not part of an abbreviation ("e.g.", "FIG. 3",
 * "U.S."), and is followed by a line break, a capital letter or Chinese text; "。" always is.
 */
export const singleSentence: ClaimRule = {
  id: 'claims.single-sentence',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利审查指南第二部分第二章3.3节 / Guidelines for Examination Part II Ch. 2 §3.3',
    US: 'MPEP 608.01(m) (Fressola v. Manbeck)',
    EP: 'EPC Art. 84',
  },
  title: {
    'zh-CN': '每项权利要求只在结尾处使用句号',
    en: 'Each claim is one sentence ending with a full stop',
  },
  advice: {
    'zh-CN': '把权利要求写成一句话，只在末尾使用句号。',
    en: 'Write the claim as one sentence with a single full stop at the end.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      const end = claim.text.trimEnd().length
      if (end <= claim.bodyStart) continue
      for (const stop of innerFullStops(claim, end)) {
        findings.push(claimFinding(singleSentence, claim, stop, {
          'zh-CN': '权利要求中间出现句号：一项权利要求只能有一个句号，位于结尾',
          en: 'Full stop inside the claim: a claim is one sentence with a single full stop at its end',
        }))
      }
      if (!'.。．'.includes(claim.text[end - 1] ?? '')) {
        findings.push(claimFinding(singleSentence, claim, { start: end - 1, end }, {
          'zh-CN': '权利要求应以句号结尾',
          en: 'The claim does not end with a full stop',
        }))
      }
    }
    return findings
  },
}

const FULL_STOP = /[.。．]/g

function innerFullStops(claim: ParsedClaim, end: number): TextRange[] {
  const stops: TextRange[] = []
  for (const { index: at, 0: stop } of allMatches(FULL_STOP, claim.text)) {
    if (at < claim.bodyStart || at >= end - 1) continue
    if (stop === '。' || endsSentence(claim.text, at)) stops.push({ start: at, end: at + 1 })
  }
  return stops
}

function endsSentence(text: string, at: number): boolean {
  const before = text[at - 1]
  const after = text[at + 1]
  if (isDigit(before) && isDigit(after)) return false
  if (isCjk(before) || isCjk(after)) return true
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase()
  if (word !== undefined && (ABBREVIATIONS.has(word.replace(/^\.+/, '')) || /^[a-z](?:\.[a-z])*$/.test(word))) return false
  const next = /^(\s*)(\S?)/.exec(text.slice(at + 1))
  const space = next?.[1] ?? ''
  const following = next?.[2] ?? ''
  if (space === '') return false
  return space.includes('\n') || /[A-Z]/.test(following)
}
