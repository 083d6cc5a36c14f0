import { isCancellation, afterStatusIdentifier } from '../claims/claimStatus'
import { splitClaims } from '../claims/splitClaims'
import type { Jurisdiction } from '../claims/types'
import { compareClaims, type ClaimStatus, type TextChange } from '../editor/compareClaims'
import { checkAddedMatter, type AddedMatterFinding } from './addedMatter'

/** Claims as outside tools send them: pasted text ("1. …\n2. …") or one string per claim. */
export type ClaimsInput = string | readonly string[]

/** `POST /api/analyze/amendment` (docs/api.md). */
export interface AnalyzeAmendmentInput {
  jurisdiction: Jurisdiction
  original: { claims: ClaimsInput; description: string }
  amended: { claims: ClaimsInput }
}

export interface AmendmentAnalysis {
  /** The amended claims, numbered in order; findings' offsets are into these texts. */
  claims: { number: number; previousNumber: number | null; status: ClaimStatus; text: string }[]
  /** Every claim of either side: how it changed, its insertions and deletions. */
  changes: { number: number | null; previousNumber: number | null; status: ClaimStatus; insertions: TextChange[]; deletions: TextChange[] }[]
  findings: AddedMatterFinding[]
}

/**
 * The claims of a claims input, without their numbers or US status identifiers; cancelled claims
 * ("3. (canceled)") are left out, as they are no longer part of the claims.
 */
export function claimTexts(claims: ClaimsInput): string[] {
  if (typeof claims !== 'string') return claims.map((claim) => claim.trim())
  return splitClaims(claims)
    .filter((slice) => slice.numberRange === undefined && !isCancellation(slice.text.slice(slice.bodyStart)))
    .map((slice) => slice.text.slice(afterStatusIdentifier(slice.text, slice.bodyStart)).trim())
}

/**
 * Compares amended claims with the original ones claim by claim (matched by text, across
 * renumbering) and runs the added-matter check against the original claims and description.
 */
export function analyzeAmendment(input: AnalyzeAmendmentInput): AmendmentAnalysis {
  const original = claimTexts(input.original.claims)
  const amended = claimTexts(input.amended.claims)
  const before = original.map((text) => ({ id: null, text }))
  const after = amended.map((text) => ({ id: null, text }))
  const comparisons = compareClaims(before, after)
  const findings = checkAddedMatter({ before, after, original: { claims: original, description: input.original.description } }, input.jurisdiction, comparisons)
  return {
    claims: comparisons
      .filter((c) => c.number !== null)
      .map(({ number, previousNumber, status, text }) => ({ number: number!, previousNumber, status, text })),
    changes: comparisons.map(({ number, previousNumber, status, insertions, deletions }) => ({ number, previousNumber, status, insertions, deletions })),
    findings,
  }
}
