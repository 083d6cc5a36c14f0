import type { ClaimLanguage } from '../claims/types'
import { englishStem } from './functionWords'

/** One unit of text as amended and original text are compared: a character (Chinese) or a word stem (English). */
export interface TextUnit {
  /** The unit as compared: half-width, lower case; for English the word's stem. */
  key: string
  start: number
  end: number
  /** A letter, ideograph or digit: what can carry matter, as opposed to punctuation. */
  content: boolean
}

// "（3）", "(12a)", "（1、2）": reference signs add no matter (Implementing Rules Art. 22(4), Rule 43(7) EPC).
const REFERENCE_SIGN = /[（(]\s*\d{1,4}[a-zA-Z'’]?(?:\s*[,，、]\s*\d{1,4}[a-zA-Z'’]?)*\s*[)）]/g

const CONTENT = /[\p{L}\p{N}]/u
const WHITESPACE = /\s/

/** Half-width form of full-width letters, digits and punctuation, and the ideographic comma and stop. */
function halfWidth(char: string): string {
  const code = char.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  return char === '、' ? ',' : char === '。' ? '.' : char
}

/** The ranges of reference signs in a text, which comparisons skip. */
export function referenceSignRanges(text: string): [number, number][] {
  return [...text.matchAll(REFERENCE_SIGN)].map((match) => [match.index, match.index + match[0].length])
}

/**
 * A text as units for comparison: Chinese per character without blanks, English per word stem;
 * reference signs left out on both sides, so that "传感器（3）" in a claim matches "传感器3" in
 * the description.
 */
export function textUnits(text: string, language: ClaimLanguage): TextUnit[] {
  const skipped = new Uint8Array(text.length)
  for (const [start, end] of referenceSignRanges(text)) skipped.fill(1, start, end)
  const units: TextUnit[] = []
  if (language === 'en') {
    for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      if (skipped[match.index]) continue
      units.push({ key: englishStem(match[0]), start: match.index, end: match.index + match[0].length, content: true })
    }
    return units
  }
  for (let at = 0; at < text.length; at++) {
    if (skipped[at]) continue
    const code = text.charCodeAt(at)
    // Ideographs, the bulk of a Chinese text, are told by their code alone: the regexes are for the rest.
    if (code >= 0x4e00 && code <= 0x9fff) {
      units.push({ key: text[at]!, start: at, end: at + 1, content: true })
      continue
    }
    const char = text[at]!
    if (WHITESPACE.test(char)) continue
    units.push({ key: halfWidth(char).toLowerCase(), start: at, end: at + 1, content: CONTENT.test(char) })
  }
  return units
}

/** The units joined for exact matching: characters run together, stems spaced. */
export const joinUnits = (units: readonly TextUnit[], language: ClaimLanguage): string =>
  language === 'en' ? ` ${units.map((unit) => unit.key).join(' ')} ` : units.map((unit) => unit.key).join('')
