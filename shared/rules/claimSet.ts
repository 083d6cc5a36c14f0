import type { Jurisdiction, ParsedClaim } from '../claims/types'
import { descriptionIndexFor, type DescriptionIndex } from './descriptionIndex'
import { keyClaimTerms, type ClaimTerms } from './keyedTerms'
import { subjectKey } from './subjectNaming'
import type { ClaimSetInput } from './types'

/**
 * One analysis of a claim set: the claims and the indexes every rule shares, each computed at
 * most once (dependency chains, keyed terms, the description index), so that rules stay cheap
 * and no rule searches the description itself.
 */
export interface ClaimSet {
  readonly jurisdiction: Jurisdiction
  readonly title: string | undefined
  readonly abstract: string | undefined
  /** Present only when a description was given. */
  readonly description: DescriptionIndex | null
  /** The description as given, its blocks one to a line; null when none was given. */
  readonly descriptionText: string | null
  /** Every claim as given, cancelled ones included, in the given order. */
  readonly claims: readonly ParsedClaim[]
  /**
   * The claims the rules check, in the given order: not cancelled, and not blank. A blank claim
   * is one not written yet (a new claim set's placeholder claim): it has nothing to check.
   */
  readonly activeClaims: readonly ParsedClaim[]
  /** The active claim with this number (the first one if the number is duplicated). */
  claim(number: number): ParsedClaim | undefined
  /** Whether the number belongs to a claim of the set, cancelled or not. */
  exists(number: number): boolean
  /** The number of the deleted claim that `number` in this claim's references was written for, if it was (see ClaimSetInput.lostReferences). */
  lostReference(claim: ParsedClaim, number: number): number | null
  isCancelled(number: number): boolean
  /** A dependent claim that refers to more than one claim (37 CFR 1.75(c), Implementing Rules Art. 25(2)). */
  isMultipleDependent(claim: ParsedClaim): boolean
  /** Every active claim this one refers to, directly or through others, each once; cycles are cut. */
  ancestors(claim: ParsedClaim): readonly ParsedClaim[]
  /** Every active claim whose ancestors include this one. */
  dependents(claim: ParsedClaim): readonly ParsedClaim[]
  termsOf(claim: ParsedClaim): ClaimTerms
  /** The comparable form of the claim's subject (see subjectKey). */
  subjectKeyOf(claim: ParsedClaim): string
}

/** Builds the shared indexes of one analysis; the description index is reused across analyses. */
export function buildClaimSet(input: ClaimSetInput): ClaimSet {
  return new IndexedClaimSet(input)
}

class IndexedClaimSet implements ClaimSet {
  readonly jurisdiction: Jurisdiction
  readonly title: string | undefined
  readonly abstract: string | undefined
  readonly description: DescriptionIndex | null
  readonly descriptionText: string | null
  readonly claims: readonly ParsedClaim[]
  readonly activeClaims: readonly ParsedClaim[]
  private readonly byNumber = new Map<number, ParsedClaim>()
  private readonly cancelled = new Set<number>()
  private readonly lost = new Map<string, number>()
  private readonly ancestorMemo = new Map<ParsedClaim, ParsedClaim[]>()
  private readonly inProgress = new Set<ParsedClaim>()
  private readonly termMemo = new Map<ParsedClaim, ClaimTerms>()
  private readonly subjectMemo = new Map<ParsedClaim, string>()
  private dependentIndex: Map<ParsedClaim, ParsedClaim[]> | null = null

  constructor(input: ClaimSetInput) {
    this.jurisdiction = input.jurisdiction
    this.title = input.title
    this.abstract = input.abstract
    this.descriptionText = input.description === undefined || input.description.trim() === '' ? null : input.description
    this.description = this.descriptionText === null ? null : descriptionIndexFor(this.descriptionText)
    this.claims = input.claims
    this.activeClaims = input.claims.filter((claim) => claim.kind !== 'cancelled' && !isBlank(claim))
    for (const { claim, number, was } of input.lostReferences ?? []) this.lost.set(`${claim}:${number}`, was)
    for (const claim of input.claims) {
      if (claim.kind === 'cancelled') {
        const [first, last] = claim.numberRange ?? [claim.number, claim.number]
        for (let number: number = first; number <= last; number++) this.cancelled.add(number)
      } else if (!this.byNumber.has(claim.number)) {
        this.byNumber.set(claim.number, claim)
      }
    }
  }

  claim(number: number): ParsedClaim | undefined {
    return this.byNumber.get(number)
  }

  exists(number: number): boolean {
    return this.byNumber.has(number) || this.cancelled.has(number)
  }

  lostReference(claim: ParsedClaim, number: number): number | null {
    return this.lost.get(`${claim.number}:${number}`) ?? null
  }

  isCancelled(number: number): boolean {
    return this.cancelled.has(number) && !this.byNumber.has(number)
  }

  isMultipleDependent(claim: ParsedClaim): boolean {
    return claim.kind === 'dependent' && claim.dependsOn.length > 1
  }

  ancestors(claim: ParsedClaim): readonly ParsedClaim[] {
    const memo = this.ancestorMemo.get(claim)
    if (memo !== undefined) return memo
    this.inProgress.add(claim)
    const found = new Set<ParsedClaim>()
    for (const number of claim.dependsOn) {
      const parent = this.byNumber.get(number)
      if (parent === undefined || parent === claim || found.has(parent)) continue
      found.add(parent)
      if (this.inProgress.has(parent)) continue
      for (const ancestor of this.ancestors(parent)) if (ancestor !== claim) found.add(ancestor)
    }
    this.inProgress.delete(claim)
    const ancestors = [...found]
    this.ancestorMemo.set(claim, ancestors)
    return ancestors
  }

  dependents(claim: ParsedClaim): readonly ParsedClaim[] {
    if (this.dependentIndex === null) {
      this.dependentIndex = new Map()
      for (const dependent of this.activeClaims) {
        for (const ancestor of this.ancestors(dependent)) {
          const list = this.dependentIndex.get(ancestor)
          if (list === undefined) this.dependentIndex.set(ancestor, [dependent])
          else list.push(dependent)
        }
      }
    }
    return this.dependentIndex.get(claim) ?? []
  }

  subjectKeyOf(claim: ParsedClaim): string {
    let key = this.subjectMemo.get(claim)
    if (key === undefined) {
      key = subjectKey(claim)
      this.subjectMemo.set(claim, key)
    }
    return key
  }

  termsOf(claim: ParsedClaim): ClaimTerms {
    let terms = this.termMemo.get(claim)
    if (terms === undefined) {
      terms = keyClaimTerms(claim)
      this.termMemo.set(claim, terms)
    }
    return terms
  }
}

function isBlank(claim: ParsedClaim): boolean {
  return claim.text.slice(claim.bodyStart).trim() === ''
}
