/**
 * The structure of a claim set as the claim parser reads it. Shared by the parser, the drafting
 * rules, the editor panels and the server API. All character ranges are offsets into the text of
 * the one claim they belong to (`ParsedClaim.text`), so that a finding can name "claim 3,
 * characters 12–18" whether the claims came from pasted text or from the structured editor.
 */

/** A claim's number as published: 1, 2, 3 … Not interchangeable with other numbers. */
export type ClaimNumber = number & { readonly __brand: 'ClaimNumber' }

export const asClaimNumber = (n: number): ClaimNumber => n as ClaimNumber

/** The patent office whose drafting practice applies. */
export type Jurisdiction = 'CN' | 'US' | 'EP'

export const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'US', 'EP']

/** The language a claim is written in; CN claims are Chinese, US and EP claims English. */
export type ClaimLanguage = 'zh' | 'en'

/**
 * `independent`: refers to no other claim — or, under CN practice, refers back from another
 * category or subject ("一种检测方法，用于权利要求1-9任一项所述的装置").
 * `dependent`: refers to another claim (US: any claim that refers to another).
 * `cancelled`: "5. (canceled)"; "1-18. (canceled)" cancels each of 1 to 18.
 */
export type ClaimKind = 'independent' | 'dependent' | 'cancelled'

export type ClaimCategory = 'product' | 'method' | 'apparatus' | 'system' | 'medium' | 'use'

/** Half-open character range [start, end) in the claim's own text. */
export interface TextRange {
  start: number
  end: number
}

/**
 * One reference to earlier claims as written: "claim 1", "权利要求1或2", "any one of claims 1 to 3".
 * `form` says how the numbers are joined: `alternative` ("or", "或", "any one of", "任一项"),
 * `cumulative` ("and", "和", "及") — a drafting defect for multiple dependency — or `single`.
 */
export interface ClaimReference {
  numbers: ClaimNumber[]
  form: 'single' | 'alternative' | 'cumulative'
  range: TextRange
}

/**
 * A noun phrase that the claim introduces ("a support member", "一种支撑座", "支撑座") or refers back
 * to ("the support member", "said member", "所述支撑座"). `term` is normalised: without the article
 * or 所述/该, without a reference sign, lower-cased for English.
 */
export interface TermMention {
  term: string
  kind: 'introduced' | 'referenced'
  range: TextRange
}

/** A reference sign from the drawings: "支撑座（1）", "member (12)", "2-1-1-1". */
export interface ReferenceSign {
  sign: string
  /** Whether the sign stands in parentheses (half- or full-width) as Rule 43(7) EPC and CN practice ask. */
  bracketed: boolean
  range: TextRange
}

export interface ParsedClaim {
  number: ClaimNumber
  /** A cancelled range "1-18. (canceled)" is one entry with numberRange [1, 18]. */
  numberRange?: [ClaimNumber, ClaimNumber]
  /** The claim exactly as given, with its number prefix when it came from plain text. */
  text: string
  /** Where the claim's own words start, after the number prefix ("1. ", "1、"). */
  bodyStart: number
  kind: ClaimKind
  /** Every claim this one refers to, ranges expanded, ascending, without duplicates. */
  dependsOn: ClaimNumber[]
  references: ClaimReference[]
  category: ClaimCategory | null
  /** The subject the claim names: "faucet support member", "桥梁钢结构挠度检测装置". */
  subject: string
  /** Preamble: from the body start to the transition ("其特征在于", "characterised in that", "comprising"). */
  preamble: TextRange
  /** The part after "其特征在于" / "characterised in that"; null when the claim is not in two-part form. */
  characterisingPart: TextRange | null
  terms: TermMention[]
  referenceSigns: ReferenceSign[]
  language: ClaimLanguage
}

export interface ParseClaimsOptions {
  jurisdiction: Jurisdiction
}

/** A claim from the structured editor: its number comes from its position, its text has no prefix. */
export interface NumberedClaimText {
  number: number
  text: string
}
