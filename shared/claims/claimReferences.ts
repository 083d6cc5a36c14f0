import { asClaimNumber, type ClaimLanguage, type ClaimNumber, type ClaimReference } from './types'

// Every English reference names a claim: the text is searched once for that word, and each form
// of reference is read where it stands.
const CLAIM_WORD = /\bclaims?\b/gi

// "claim 1", "claims 1-3", "claims 1 to 3", "claims 1, 2 or 5", "claim 1 or claim 2".
const ENGLISH_NUMBERED =
  /claims?\s+(\d{1,4}(?:\s*(?:,\s*(?:and\/or\s+|and\s+|or\s+)?|and\/or\s+|and\s+|or\s+|to\s+|through\s+|thru\s+|[-–—]\s*)(?:claims?\s+)?\d{1,4})*)/iy

// "any one of claims", "one of claims", "either of claims", "any of the claims" before the numbers.
const ENGLISH_ALTERNATIVE_LEAD = /(?:\b(?:any|either)(?:\s+one)?(?:\s+of)?|\bone\s+of)(?:\s+the)?\s+$/i

// "according to one of the preceding claims", "any preceding claim", "the preceding claim": the
// keyword stands right before the word "claim", the quantifier before the keyword.
const ENGLISH_PRECEDING = /\b(?:preceding|previous|foregoing|prior|above)\s+$/i
const MAX_KEYWORD_LEAD = 40
const ENGLISH_PRECEDING_QUANTIFIER = /\b(any|either|one|all|each)\s+(?:one\s+)?(?:of\s+)?(?:the\s+)?$|\bthe\s+$/i

// "权利要求1", "权利要求1或2", "权利要求1-3", "权利要求1至3", "权利要求1、2或5", "权利要求第1项".
const CHINESE_NUMBERED =
  /权利要求\s*第?\s*(\d{1,4}\s*项?(?:\s*(?:、|,|或者|或|以及|和|及|与|至|到|[-－~～—–])\s*(?:权利要求\s*)?第?\s*\d{1,4}\s*项?)*)/g

// "中任一项", "任意一项", "任一", "之一" after the numbers make the reference alternative.
const CHINESE_ALTERNATIVE_TAIL =
  /\s*(?:中的|中|之)?\s*(?:其中)?\s*(?:任一项|任意一项|任何一项|任一个|任意一个|任一|任意|之一|其中一项)(?:权利要求)?/y

// "前述任一项权利要求", "上述权利要求中任一项", "前述权利要求".
const CHINESE_PRECEDING =
  /(?:前述|上述|在前)(?:的)?(任一项|任意一项|任一|任意)?权利要求(?!\s*第?\s*\d)(?:中)?(?:的)?(任一项|任意一项|任一|之一)?/g

// What joins a named thing to the claim it comes from: "the method of claim 1", "a member as
// defined in any one of claims 1 to 3", "the method according to claim 19", past the thing's
// reference sign ("the brake lever assembly (1) according to claim 1", EPC Rule 43(7)).
const ENGLISH_REFERENCE_LINK =
  /^[ \t,]*(?:\([^()]{1,12}\)[ \t,]*)?(?:(?:as\s+)?(?:defined|recited|claimed|set\s+forth|described|specified)\s+in|according\s+to|in\s+accordance\s+with|of|in|as\s+in|under)\s+$/i

const NUMBER_OR_RANGE_WORD = /\d+|\bto\b|\bthrough\b|\bthru\b|[-–—－~～至到]/gi
const MAX_RANGE_LENGTH = 1000

/**
 * Every reference to other claims in a claim's text from `from` on, in the order written. Ranges
 * are expanded ("claims 1 to 3" → 1, 2, 3) and "the preceding claims" means every claim before
 * `ownNumber`. The form follows the wording: "or", "any one of", "或", "任一项" make a reference
 * alternative; "and", "和", "及" or a bare list or range ("claims 1-3", MPEP 608.01(n)) make it
 * cumulative.
 */
export function findClaimReferences(
  text: string,
  from: number,
  ownNumber: number,
  language: ClaimLanguage,
): ClaimReference[] {
  if (language === 'en') return englishReferences(text, from, ownNumber)
  const numbered = chineseNumbered(text, from)
  const preceding = chinesePreceding(text, from, ownNumber)
  // Each list is in text order; a claim seldom has both.
  return preceding.length === 0 ? numbered : [...numbered, ...preceding].sort((a, b) => a.range.start - b.range.start)
}

function englishReferences(text: string, from: number, ownNumber: number): ClaimReference[] {
  const references: ClaimReference[] = []
  CLAIM_WORD.lastIndex = from
  for (let word = CLAIM_WORD.exec(text); word; word = CLAIM_WORD.exec(text)) {
    ENGLISH_NUMBERED.lastIndex = word.index
    const numbered = ENGLISH_NUMBERED.exec(text)
    const reference = numbered ? englishNumbered(text, from, numbered) : englishPreceding(text, from, word, ownNumber)
    if (reference) references.push(reference)
    // "claim 1 or claim 2" is one reference.
    if (numbered) CLAIM_WORD.lastIndex = numbered.index + numbered[0].length
  }
  return references
}

function englishNumbered(text: string, from: number, match: RegExpExecArray): ClaimReference {
  const list = match[1] ?? ''
  const lead = ENGLISH_ALTERNATIVE_LEAD.exec(text.slice(Math.max(from, match.index - 30), match.index))
  const alternative = lead !== null || (/\bor\b/i.test(list) && !/\band\/or\b/i.test(list))
  const start = lead ? match.index - lead[0].length : match.index
  return reference(numbersIn(list), alternative, start, match.index + match[0].length)
}

function englishPreceding(text: string, from: number, word: RegExpExecArray, ownNumber: number): ClaimReference | undefined {
  const windowStart = Math.max(from, word.index - MAX_KEYWORD_LEAD)
  const keyword = ENGLISH_PRECEDING.exec(text.slice(windowStart, word.index))
  // A keyword at the window's edge must start a word of the text, not just of the window.
  if (!keyword || (keyword.index === 0 && windowStart > from && /\w/.test(text.charAt(windowStart - 1)))) return undefined
  const keywordStart = windowStart + keyword.index
  const lead = ENGLISH_PRECEDING_QUANTIFIER.exec(text.slice(Math.max(from, keywordStart - 30), keywordStart))
  const quantifier = lead?.[1]?.toLowerCase()
  const alternative = quantifier !== undefined && quantifier !== 'all' && quantifier !== 'each'
  const plural = word[0].toLowerCase() === 'claims'
  const numbers = plural || alternative ? earlierClaims(ownNumber) : earlierClaims(ownNumber).slice(-1)
  if (numbers.length === 0) return undefined
  return reference(numbers, alternative, keywordStart - (lead?.[0].length ?? 0), word.index + word[0].length)
}

function chineseNumbered(text: string, from: number): ClaimReference[] {
  const references: ClaimReference[] = []
  CHINESE_NUMBERED.lastIndex = from
  for (let match = CHINESE_NUMBERED.exec(text); match; match = CHINESE_NUMBERED.exec(text)) {
    const list = match[1] ?? ''
    let end = match.index + match[0].length
    CHINESE_ALTERNATIVE_TAIL.lastIndex = end
    const tail = CHINESE_ALTERNATIVE_TAIL.exec(text)
    if (tail) end += tail[0].length
    references.push(reference(numbersIn(list), tail !== null || list.includes('或'), match.index, end))
  }
  return references
}

function chinesePreceding(text: string, from: number, ownNumber: number): ClaimReference[] {
  const references: ClaimReference[] = []
  CHINESE_PRECEDING.lastIndex = from
  for (let match = CHINESE_PRECEDING.exec(text); match; match = CHINESE_PRECEDING.exec(text)) {
    const numbers = earlierClaims(ownNumber)
    if (numbers.length > 0) {
      const alternative = match[1] !== undefined || match[2] !== undefined
      references.push(reference(numbers, alternative, match.index, match.index + match[0].length))
    }
  }
  return references
}

function reference(numbers: number[], alternative: boolean, start: number, end: number): ClaimReference {
  const form = numbers.length <= 1 ? 'single' : alternative ? 'alternative' : 'cumulative'
  return { numbers: numbers.map(asClaimNumber), form, range: { start, end } }
}

/** The numbers of a written list, ranges expanded: "1, 3 to 5" → 1, 3, 4, 5. */
function numbersIn(list: string): number[] {
  const numbers: number[] = []
  let rangeOpen = false
  NUMBER_OR_RANGE_WORD.lastIndex = 0
  for (let match = NUMBER_OR_RANGE_WORD.exec(list); match; match = NUMBER_OR_RANGE_WORD.exec(list)) {
    const token = match[0]
    if (!isDigit(token.charCodeAt(0))) {
      rangeOpen = numbers.length > 0
      continue
    }
    const number = Number(token)
    const previous = numbers[numbers.length - 1]
    if (rangeOpen && previous !== undefined && number > previous && number - previous <= MAX_RANGE_LENGTH) {
      for (let n = previous + 1; n <= number; n++) numbers.push(n)
    } else {
      numbers.push(number)
    }
    rangeOpen = false
  }
  return numbers
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function earlierClaims(ownNumber: number): number[] {
  return Array.from({ length: Math.max(0, ownNumber - 1) }, (_, index) => index + 1)
}

/** Every claim number the references name, ascending, without duplicates. */
export function referencedClaims(references: readonly ClaimReference[]): ClaimNumber[] {
  const numbers = new Set<number>()
  for (const { numbers: referenced } of references) for (const n of referenced) numbers.add(n)
  return [...numbers].sort((a, b) => a - b).map(asClaimNumber)
}

/**
 * Whether the English words ending at `end` name a thing of the claim that `reference` points to
 * ("the optical device of claim 1", "A method as recited in claim 1").
 */
export function linksToReference(text: string, end: number, reference: ClaimReference): boolean {
  const gap = reference.range.start - end
  return gap > 0 && gap <= 40 && ENGLISH_REFERENCE_LINK.test(text.slice(end, reference.range.start))
}
