import type { ClaimLanguage, TextRange } from './types'

/** Where a claim's preamble and characterising part are written. */
export interface ClaimParts {
  preamble: TextRange
  characterisingPart: TextRange | null
}

// Implementing Rules Art. 22(1) and EPC Rule 43(1)(b): the two-part form is introduced by these
// words only; "wherein" opens a single-part claim's body.
const TWO_PART_MARKER: Record<ClaimLanguage, RegExp> = {
  zh: /其特征在于/,
  en: /\bcharacteri[sz]ed\s+in\s+that\b/i,
}

// The transition between preamble and body of a single-part claim.
const TRANSITION: Record<ClaimLanguage, RegExp> = {
  zh: /包括|包含|含有|其中/,
  en: /\b(?:(?:further\s+)?(?:comprising|comprises|consisting|consists|including|includes)|wherein|whereby|in\s+which|characteri[sz]ed\s+by)\b/i,
}

const CLAUSE_END = /[,;:，；：。]/
const TRAILING_SEPARATORS = /[\s,;:，；：、]/
const LEADING_SEPARATORS = /[\s,;:，；：]/

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
  const marker = TWO_PART_MARKER[language].exec(text.slice(from))
  if (marker) {
    const markerStart = from + marker.index
    const partStart = skip(text, markerStart + marker[0].length, LEADING_SEPARATORS)
    return {
      preamble: { start: from, end: trimBack(text, from, markerStart) },
      characterisingPart: { start: partStart, end: Math.max(partStart, text.trimEnd().length) },
    }
  }
  const searchFrom = Math.max(from, subjectEnd)
  const rest = text.slice(searchFrom)
  const transition = TRANSITION[language].exec(rest)?.index
  const clauseEnd = CLAUSE_END.exec(rest)?.index
  // A Chinese subject is closed by a comma ("一种构建体，所述构建体包括…"); an English preamble may
  // hold commas before its transition ("A method for …, the method comprising").
  const ends = language === 'zh' || transition === undefined ? [transition, clauseEnd] : [transition]
  const found = ends.filter((index): index is number => index !== undefined)
  const end = found.length > 0 ? searchFrom + Math.min(...found) : text.trimEnd().length
  return { preamble: { start: from, end: trimBack(text, from, end) }, characterisingPart: null }
}

function trimBack(text: string, start: number, end: number): number {
  let index = end
  while (index > start && TRAILING_SEPARATORS.test(text[index - 1] ?? '')) index--
  return index
}

function skip(text: string, from: number, separators: RegExp): number {
  let index = from
  while (index < text.length && separators.test(text[index] ?? '')) index++
  return index
}
