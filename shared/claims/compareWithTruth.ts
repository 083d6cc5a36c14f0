import type { ClaimKind, ParsedClaim } from './types'

/** A claim as a person read it: the ground truth of the claim corpus. */
export interface TruthClaim {
  number: number
  numberRange?: [number, number]
  dependsOn: number[]
  kind: ClaimKind
}

/** Where the parser and the truth disagree on one claim. */
export interface ClaimMismatch {
  number: number
  fields: Array<'number' | 'numberRange' | 'dependsOn' | 'kind'>
  expected: TruthClaim
  /** The parsed claim with that number; null when the parser found none. */
  got: Pick<ParsedClaim, 'number' | 'numberRange' | 'dependsOn' | 'kind'> | null
}

/** How one parsed claim set scores against its truth. */
export interface ClaimSetScore {
  claims: number
  numberOk: number
  dependsOnOk: number
  kindOk: number
  /** Claims right in every field. */
  allOk: number
  mismatches: ClaimMismatch[]
  /** Numbers of parsed claims the truth does not have (a claim split in two, a step read as a claim). */
  unexpected: number[]
}

/**
 * Compares parsed claims with the truth claim by claim, matched by number: a claim's number is
 * right when the parser found a claim with that number at the same position (and, for a cancelled
 * range, the same range).
 */
export function compareWithTruth(parsed: readonly ParsedClaim[], truth: readonly TruthClaim[]): ClaimSetScore {
  const byNumber = new Map<number, { claim: ParsedClaim; index: number }>()
  parsed.forEach((claim, index) => {
    if (!byNumber.has(claim.number)) byNumber.set(claim.number, { claim, index })
  })
  const score: ClaimSetScore = { claims: truth.length, numberOk: 0, dependsOnOk: 0, kindOk: 0, allOk: 0, mismatches: [], unexpected: [] }

  truth.forEach((expected, index) => {
    const found = byNumber.get(expected.number)
    const got = found?.claim
    const fields: ClaimMismatch['fields'] = []
    if (!found || found.index !== index) fields.push('number')
    if (!sameRange(got?.numberRange, expected.numberRange)) fields.push('numberRange')
    if (!got || !sameNumbers(got.dependsOn, expected.dependsOn)) fields.push('dependsOn')
    if (!got || got.kind !== expected.kind) fields.push('kind')

    if (!fields.includes('number') && !fields.includes('numberRange')) score.numberOk++
    if (!fields.includes('dependsOn')) score.dependsOnOk++
    if (!fields.includes('kind')) score.kindOk++
    if (fields.length === 0) {
      score.allOk++
    } else {
      const summary = got ? { number: got.number, numberRange: got.numberRange, dependsOn: got.dependsOn, kind: got.kind } : null
      score.mismatches.push({ number: expected.number, fields, expected, got: summary })
    }
  })

  const expectedNumbers = new Set(truth.map((claim) => claim.number))
  score.unexpected = parsed.map((claim) => claim.number).filter((number, index) =>
    !expectedNumbers.has(number) || parsed.findIndex((claim) => claim.number === number) !== index)
  return score
}

function sameNumbers(got: readonly number[], expected: readonly number[]): boolean {
  const sorted = [...expected].sort((a, b) => a - b)
  return got.length === sorted.length && got.every((number, index) => number === sorted[index])
}

function sameRange(got: readonly number[] | undefined, expected: readonly number[] | undefined): boolean {
  if (!got || !expected) return got === expected
  return got[0] === expected[0] && got[1] === expected[1]
}
