import {
  asClaimNumber,
  type ClaimCategory,
  type ClaimKind,
  type ClaimReference,
  type Jurisdiction,
  type ParsedClaim,
  type TextRange,
} from '../../claims/types'
import { parseClaimText } from '../../claims/parseClaims'
import { buildClaimSet } from '../claimSet'
import type { ClaimRule, ClaimSetInput, Finding } from '../types'

/**
 * Hand-built ParsedClaim values for rule tests that must not depend on the parser: every part
 * is given as the words it covers in the text, and the factory finds their ranges.
 */
export interface ClaimSpec {
  /** The claim with its number prefix: "2. The member of claim 1, wherein …". */
  text: string
  kind?: ClaimKind
  subject?: string
  category?: ClaimCategory | null
  references?: { words: string; numbers: number[]; form?: ClaimReference['form'] }[]
  /** Words that introduce a term: "a support member", "一种支撑座", "支撑座". */
  introduces?: string[]
  /** Words that refer back to a term: "the support member", "所述支撑座". */
  refersTo?: string[]
  signs?: { words: string; sign: string; bracketed?: boolean }[]
  /** The words that open the characterising part: "其特征在于", "characterised in that". */
  characterisedBy?: string
}

const LEADING_WORDS = /^(?:the|said|a|an|所述|该|一种|一个)\s*/i

/** Finds each snippet after the previous occurrence of the same snippet. */
function locator(text: string): (words: string) => TextRange {
  const cursor = new Map<string, number>()
  return (words) => {
    const start = text.indexOf(words, cursor.get(words) ?? 0)
    if (start < 0) throw new Error(`"${words}" is not in "${text}"`)
    cursor.set(words, start + 1)
    return { start, end: start + words.length }
  }
}

export function parsedClaim(spec: ClaimSpec): ParsedClaim {
  const prefix = /^\s*(\d+)\s*[.、]\s*/.exec(spec.text)
  if (prefix === null) throw new Error(`no number prefix in "${spec.text}"`)
  const locate = locator(spec.text)
  const references = (spec.references ?? []).map(({ words, numbers, form }) => ({
    numbers: numbers.map(asClaimNumber),
    form: form ?? (numbers.length > 1 ? 'alternative' : 'single'),
    range: locate(words),
  }))
  const dependsOn = [...new Set(references.flatMap((reference) => reference.numbers))].sort((a, b) => a - b)
  const bodyStart = prefix[0].length
  const characterised = spec.characterisedBy === undefined ? null : locate(spec.characterisedBy)
  return {
    number: asClaimNumber(Number(prefix[1])),
    text: spec.text,
    bodyStart,
    kind: spec.kind ?? (dependsOn.length > 0 ? 'dependent' : 'independent'),
    dependsOn,
    references,
    category: spec.category ?? null,
    subject: spec.subject ?? '',
    preamble: { start: bodyStart, end: characterised?.start ?? bodyStart },
    characterisingPart: characterised === null ? null : { start: characterised.end, end: spec.text.length },
    terms: [
      ...(spec.introduces ?? []).map((words) => ({ term: words.replace(LEADING_WORDS, ''), kind: 'introduced' as const, range: locate(words) })),
      ...(spec.refersTo ?? []).map((words) => ({ term: words.replace(LEADING_WORDS, ''), kind: 'referenced' as const, range: locate(words) })),
    ].sort((a, b) => a.range.start - b.range.start),
    referenceSigns: (spec.signs ?? []).map(({ words, sign, bracketed }) => ({ sign, bracketed: bracketed ?? true, range: locate(words) })),
    language: /[\u4e00-\u9fff]/.test(spec.text) ? 'zh' : 'en',
  }
}

/** Runs one rule over hand-built claims. */
export function checkClaims(
  rule: ClaimRule,
  jurisdiction: Jurisdiction,
  specs: ClaimSpec[],
  extras: Omit<ClaimSetInput, 'jurisdiction' | 'claims'> = {},
): Finding[] {
  return rule.check(buildClaimSet({ jurisdiction, claims: specs.map(parsedClaim), ...extras }))
}

/** Runs one rule over claims as the parser reads them from plain text. */
export function checkText(
  rule: ClaimRule,
  jurisdiction: Jurisdiction,
  claimsText: string,
  extras: Omit<ClaimSetInput, 'jurisdiction' | 'claims'> = {},
): Finding[] {
  return rule.check(buildClaimSet({ jurisdiction, claims: parseClaimText(claimsText, { jurisdiction }), ...extras }))
}

/** The text a finding points at inside the claims it was computed from. */
export function located(claimsText: string, jurisdiction: Jurisdiction, finding: Finding): string {
  const claim = parseClaimText(claimsText, { jurisdiction }).find((candidate) => candidate.number === finding.claim)
  return claim === undefined ? '' : claim.text.slice(finding.start, finding.end)
}
