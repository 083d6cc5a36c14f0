import { linksToReference } from './claimReferences'
import { CHINESE_TWO_PART_MARKER } from './claimParts'
import type { ClaimLanguage, ClaimReference, TextRange } from './types'

/** What a claim names as the thing it claims. */
export interface ClaimSubject {
  /** Normalised: without article, "一种" or reference signs; English lower-cased. */
  subject: string
  /** Where the subject is written; null when the claim names none. */
  range: TextRange | null
  /**
   * The claim opens with a reference and names its subject through it ("根据权利要求1所述的方法",
   * "The method of claim 1"): the written form of a dependent claim.
   */
  followsReference: boolean
  /** The subject is introduced with "一种"/"一个" or an English article. */
  introduced: boolean
}

/** What a claim without words, or a cancelled one, names. */
export const NO_SUBJECT: ClaimSubject = { subject: '', range: null, followsReference: false, introduced: false }

// ---- Chinese -------------------------------------------------------------------------------

const CHINESE_REFERENCE_LEAD = /^(?:一种)?(?:根据|如|按照|依照|依据|按|基于|由)?\s*/
const AFTER_CHINESE_REFERENCE = /^\s*(?:中)?(?:所述|限定|记载|要求)?(?:的)?\s*(?:一种|一个)?\s*/
const CHINESE_ARTICLE = /^(?:一种|一个)/
const CHINESE_SUBJECT_END = new RegExp(`[，,。；;：:\n]|${CHINESE_TWO_PART_MARKER}|其中|包括|包含`)
const BRACKETED = /\s*[（(][^（()）]{0,20}[)）]/g
const MAX_CHINESE_SUBJECT = 80

function chineseSubject(text: string, from: number, references: readonly ClaimReference[]): ClaimSubject {
  let start = from
  let followsReference = false
  let introduced = false
  const lead = CHINESE_REFERENCE_LEAD.exec(text.slice(from, from + 12))
  const first = references[0]
  if (lead && first && first.range.start === from + lead[0].length) {
    followsReference = true
    start = first.range.end
    start += AFTER_CHINESE_REFERENCE.exec(text.slice(start, start + 12))?.[0].length ?? 0
  } else {
    const article = CHINESE_ARTICLE.exec(text.slice(from, from + 2))
    if (article) {
      introduced = true
      start += article[0].length
    }
  }
  // A stop word at the very start belongs to the subject ("一种包括A的装置").
  const rest = text.slice(start, start + MAX_CHINESE_SUBJECT)
  const stop = CHINESE_SUBJECT_END.exec(rest.slice(1))
  const end = start + (stop ? stop.index + 1 : rest.length)
  const subject = text.slice(start, end).replace(BRACKETED, '').trim()
  if (subject === '') return NO_SUBJECT
  return { subject, range: { start, end: start + text.slice(start, end).trimEnd().length }, followsReference, introduced }
}

// ---- English -------------------------------------------------------------------------------

// "In a device comprising …, a device model agent …": the subject follows the setting.
// Read at a position ("sticky"), so that no text is cut out to test them.
const JEPSON_SETTING = /In\s+(?:a|an|the)\b[^.;:]{0,400}?,\s+(?=(?:a|an|the|one)\b)/iy
const ENGLISH_ARTICLE = /(?:(a|an|one\s+or\s+more|at\s+least\s+one)|the|said)\s+/iy
const ENGLISH_WORD = /[A-Za-z][A-Za-z0-9'/-]*/y
const ENGLISH_SUBJECT_STOP = new Set([
  'for', 'of', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'as', 'according', 'comprising',
  'comprises', 'consisting', 'consists', 'including', 'includes', 'which', 'that', 'wherein',
  'whereby', 'having', 'has', 'configured', 'adapted', 'arranged', 'implemented', 'embodied',
  'operable', 'capable', 'being', 'is', 'are', 'used', 'using', 'containing', 'characterized',
  'characterised', 'further', 'and', 'or', 'storing', 'encoded', 'stored', 'when', 'where', 'the',
  'said', 'a', 'an', 'claim', 'claims',
])
const MAX_ENGLISH_SUBJECT_WORDS = 8

function englishSubject(text: string, from: number, references: readonly ClaimReference[]): ClaimSubject {
  let position = from
  JEPSON_SETTING.lastIndex = position
  position += JEPSON_SETTING.exec(text)?.[0].length ?? 0
  ENGLISH_ARTICLE.lastIndex = position
  const article = ENGLISH_ARTICLE.exec(text)
  if (article) position += article[0].length
  const start = position
  const words: string[] = []
  let end = start
  while (words.length < MAX_ENGLISH_SUBJECT_WORDS) {
    ENGLISH_WORD.lastIndex = position
    const word = ENGLISH_WORD.exec(text)?.[0].toLowerCase()
    if (!word || ENGLISH_SUBJECT_STOP.has(word)) break
    words.push(word)
    end = position + word.length
    position = end
    while (text[position] === ' ') position++
  }
  if (words.length === 0) return NO_SUBJECT
  const first = references[0]
  const followsReference = first !== undefined && linksToReference(text, end, first)
  return { subject: words.join(' '), range: { start, end }, followsReference, introduced: article?.[1] !== undefined }
}

/**
 * The subject a claim names at its start: "faucet support member" from "A faucet support member
 * as defined in claim 1", "桥梁钢结构挠度检测装置" from "根据权利要求1所述的一种桥梁钢结构挠度检测装置".
 * `references` are the claim's references in text order.
 */
export function findClaimSubject(
  text: string,
  from: number,
  references: readonly ClaimReference[],
  language: ClaimLanguage,
): ClaimSubject {
  return language === 'zh' ? chineseSubject(text, from, references) : englishSubject(text, from, references)
}
