import type { ClaimCategory, ParsedClaim } from '../claims/types'
import { termKey } from './termKey'

// Before the first reference of "根据权利要求1所述的方法" / "如权利要求1所述的一种…": only the lead-in.
const CHINESE_LEAD_IN = /^\s*(?:根据|如|按照|依据|依照|按|基于)?\s*(?:上述)?\s*(?:权利要求)?\s*$/

// "The method of", "Arrangement as claimed in", "A faucet support member as defined in any one of".
const ENGLISH_LEAD_IN =
  /^(?:the|a|an)?\s*(.+?)\s+(?:as\s+(?:claimed|defined|recited|set\s+forth|described|specified)\s+in|according\s+to|in\s+accordance\s+with|(?:claimed|defined|recited|set\s+forth|specified)\s+in|as\s+in|of|in|per)\s*(?:any\s+(?:one\s+)?of\s+|one\s+of\s+|either\s+of\s+)?(?:the\s+)?(?:preceding\s+)?(?:claims?)?\s*$/i

// Words that make the lead-in a new subject that incorporates the earlier claim:
// "An optical disk comprising the optical device of claim 1", "A method for transmitting … of claim 49".
const NEW_SUBJECT_WORDS = /\b(?:comprising|comprises|including|includes|having|for|with|using|which|that|wherein|containing|by|made|obtained|to|when|where|on|from|storing|executing)\b/i

const MENTIONS_A_CLAIM = /权利要求|\bclaims?\s*\d/i

// "A method of adjusting a brake lever assembly according to claim 1": the reference names the
// thing written with its own article inside the lead-in, and the claim claims something of it.
const NAMES_A_THING_INSIDE = /\b(?:a|an|the|said)\s+\S/i

// "Use of the device according to claim 1": a claim of another category (use) that incorporates
// the claim it names, as EPO practice writes it.
const USE_OF = /^use\s+of\b/i

/**
 * Whether a claim names its subject through its reference to an earlier claim, as a dependent
 * claim does ("根据权利要求1所述的方法", "The method of claim 1", "Arrangement as claimed in
 * claim 9"), rather than claiming another subject that incorporates the earlier claim ("An
 * optical disk comprising the optical device of claim 1").
 */
export function namesSubjectThroughReference(claim: ParsedClaim): boolean {
  const first = claim.references[0]
  // A subject that itself names claims ("…构建体或权利要求13所述的细胞…的用途") is a new one.
  if (first === undefined || claim.subject.trim() === '' || MENTIONS_A_CLAIM.test(claim.subject)) return false
  const leadIn = claim.text.slice(claim.bodyStart, first.range.start)
  if (claim.language === 'zh') return CHINESE_LEAD_IN.test(leadIn)
  const named = ENGLISH_LEAD_IN.exec(leadIn.trim())
  const subject = named?.[1] ?? ''
  return named !== null && !NEW_SUBJECT_WORDS.test(subject) && !USE_OF.test(subject) && !NAMES_A_THING_INSIDE.test(subject)
}

/** The comparable form of a claim's subject, without "一种" and bracketed abbreviations. */
export function subjectKey(claim: ParsedClaim): string {
  return termKey(claim.subject.replace(/\s*[(（][^)）]*[)）]/g, ''), claim.language)
}

/** Products and processes: claims of one group may not be subjects of claims of the other. */
export function categoryGroup(category: ClaimCategory | null): 'process' | 'product' | null {
  if (category === null) return null
  return category === 'method' || category === 'use' ? 'process' : 'product'
}
