import type { ClaimLanguage, TextRange } from './types'

/** Where a claim's preamble and characterising part are written. */
export interface ClaimParts {
  preamble: TextRange
  characterisingPart: TextRange | null
}

/**
 * The words that open a Chinese characterising part, as the source of a regular expression:
 * Implementing Rules Art. 24 (Art. 21 before the 2023 revision) asks for "其特征是……或者类似的用语",
 * which agents write 其特征在于, 其特征是, 其特征为 or 其改进在于.
 */
export const CHINESE_TWO_PART_MARKER = '其(?:特征|改进)(?:在于|是|为)'

// EPC Rule 43(1)(b): "characterised by" as well as "characterised in that", as the EPO reads
// them; "wherein" and 其中 open a single-part claim's body.
const TWO_PART_MARKER: Record<ClaimLanguage, RegExp> = {
  zh: new RegExp(CHINESE_TWO_PART_MARKER, 'g'),
  en: /\bcharacteri[sz]ed\s+(?:in\s+that|by)\b/gi,
}

// The transition between preamble and body of a single-part claim.
const TRANSITION: Record<ClaimLanguage, RegExp> = {
  zh: /包括|包含|含有|其中/g,
  en: /\b(?:(?:further\s+)?(?:comprising|comprises|consisting|consists|including|includes)|wherein|whereby|in\s+which)\b/gi,
}

const CLAUSE_END = /[,;:，；：。]/g
// Besides blanks: what may stand between a preamble and what follows it.
const TRAILING_PUNCTUATION = ',;:，；：、'
const LEADING_PUNCTUATION = ',;:，；：'

/**
 * Splits a claim into its preamble and, in two-part form ("其特征在于", "characterised in that"),
 * its characterising part. A single-part claim's preamble ends at its transition ("comprising",
 * "包括", "wherein"), looked for after the subject so that "一种包括A的装置" keeps its subject; a
 * Chinese preamble ends at the comma after the subject if that comes first, and a claim without
 * transition has its preamble end at the first clause break after the subject.
 */
export function findClaimParts(
  text: string,
  from: number,
  subjectEnd: number,
  language: ClaimLanguage,
): ClaimParts {
  const marker = TWO_PART_MARKER[language]
  marker.lastIndex = from
  const markerMatch = marker.exec(text)
  const textEnd = trimBack(text, 0, text.length, '')
  if (markerMatch) {
    const partStart = skip(text, markerMatch.index + markerMatch[0].length, LEADING_PUNCTUATION)
    return {
      preamble: { start: from, end: trimBack(text, from, markerMatch.index, TRAILING_PUNCTUATION) },
      characterisingPart: { start: partStart, end: Math.max(partStart, textEnd) },
    }
  }
  const searchFrom = Math.max(from, subjectEnd)
  const transition = firstMatch(TRANSITION[language], text, searchFrom)
  const clauseEnd = firstMatch(CLAUSE_END, text, searchFrom)
  // A Chinese subject is closed by a comma ("一种构建体，所述构建体包括…"); an English preamble may
  // hold commas before its transition ("A method for …, the method comprising").
  const ends = language === 'zh' || transition < 0 ? [transition, clauseEnd] : [transition]
  const found = ends.filter((index) => index >= 0)
  const end = found.length > 0 ? Math.min(...found) : textEnd
  return { preamble: { start: from, end: trimBack(text, from, end, TRAILING_PUNCTUATION) }, characterisingPart: null }
}

// The characters of the regular expression class \s.
const WHITESPACE = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

/** Where a global `pattern` first matches from `from` on; -1 if nowhere. */
function firstMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from
  return pattern.exec(text)?.index ?? -1
}

/** `end` moved back over blanks and `punctuation`, not before `start`. */
function trimBack(text: string, start: number, end: number, punctuation: string): number {
  let index = end
  while (index > start && isSeparator(text.charAt(index - 1), punctuation)) index--
  return index
}

/** `from` moved on over blanks and `punctuation`. */
function skip(text: string, from: number, punctuation: string): number {
  let index = from
  while (index < text.length && isSeparator(text.charAt(index), punctuation)) index++
  return index
}

function isSeparator(character: string, punctuation: string): boolean {
  return WHITESPACE.includes(character) || punctuation.includes(character)
}
