import type { Jurisdiction, ParsedClaim, TermMention } from '../claims/types'
import { descriptionIndexFor, type DescriptionIndex } from './descriptionIndex'
import { subjectKey } from './subjectNaming'
import { termKey } from './termKey'
import type { ClaimSetInput } from './types'

/** A term mention with its comparable key (see termKey). */
export interface KeyedMention {
  mention: TermMention
  key: string
}

/** The terms of one claim, keyed once per analysis. */
export interface ClaimTerms {
  mentions: readonly KeyedMention[]
  /** Keys the claim introduces, with abbreviations it defines in brackets ("device model agent (DMA)"). */
  introduced: ReadonlySet<string>
  /** Where each key is first introduced by a mention (abbreviations have no position). */
  firstIntroduced: ReadonlyMap<string, number>
  /** Keys of every term the claim mentions, introduced or referenced. */
  all: ReadonlySet<string>
}

/**
 * One analysis of a claim set: the claims and the indexes every rule shares, each computed at
 * most once (dependency chains, keyed terms, the description index), so that rules stay cheap
 * and no rule scans the description itself.
 */
export interface ClaimSet {
  readonly jurisdiction: Jurisdiction
  readonly title: string | undefined
  readonly abstract: string | undefined
  /** Present only when a description was given. */
  readonly description: DescriptionIndex | null
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

// An abbreviation a claim defines in brackets after a term: "a device model agent (DMA)".
const DEFINED_ABBREVIATION = /[(（]([A-Z][A-Za-z0-9-]{1,11})[)）]/g
// "a sectional stock density-regulated headbox": the words before "-regulated" name a quantity the
// thing has, so "the stock density" refers to it.
const HYPHENATED_PARTICIPLE = /-[a-z]+ed\b/g
const WORDS_BEFORE = /(?:[A-Za-z]+\s+){0,2}[A-Za-z]+$/

class IndexedClaimSet implements ClaimSet {
  readonly jurisdiction: Jurisdiction
  readonly title: string | undefined
  readonly abstract: string | undefined
  readonly description: DescriptionIndex | null
  readonly claims: readonly ParsedClaim[]
  readonly activeClaims: readonly ParsedClaim[]
  private readonly byNumber = new Map<number, ParsedClaim>()
  private readonly cancelled = new Set<number>()
  private readonly ancestorMemo = new Map<ParsedClaim, ParsedClaim[]>()
  private readonly inProgress = new Set<ParsedClaim>()
  private readonly termMemo = new Map<ParsedClaim, ClaimTerms>()
  private readonly subjectMemo = new Map<ParsedClaim, string>()
  private dependentIndex: Map<ParsedClaim, ParsedClaim[]> | null = null

  constructor(input: ClaimSetInput) {
    this.jurisdiction = input.jurisdiction
    this.title = input.title
    this.abstract = input.abstract
    this.description = input.description === undefined || input.description.trim() === ''
      ? null
      : descriptionIndexFor(input.description)
    this.claims = input.claims
    this.activeClaims = input.claims.filter((claim) => claim.kind !== 'cancelled' && !isBlank(claim))
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
    const memo = this.termMemo.get(claim)
    if (memo !== undefined) return memo
    const mentions = claim.terms.map((mention) => ({ mention, key: termKey(mention.term, claim.language) }))
    const introduced = new Set<string>()
    const firstIntroduced = new Map<string, number>()
    const all = new Set<string>()
    for (const { mention, key } of mentions) {
      all.add(key)
      if (mention.kind !== 'introduced') continue
      introduced.add(key)
      if (!firstIntroduced.has(key)) firstIntroduced.set(key, mention.range.start)
    }
    for (const match of claim.text.matchAll(DEFINED_ABBREVIATION)) {
      const abbreviation = termKey(match[1] ?? '', claim.language)
      introduced.add(abbreviation)
      all.add(abbreviation)
    }
    if (claim.language === 'en' && claim.text.includes('-')) {
      for (const key of quantitiesNamedInCompounds(claim.text)) {
        introduced.add(key)
        all.add(key)
      }
    }
    const terms = { mentions, introduced, firstIntroduced, all }
    this.termMemo.set(claim, terms)
    return terms
  }
}

function isBlank(claim: ParsedClaim): boolean {
  return claim.text.slice(claim.bodyStart).trim() === ''
}

// Claims are analysed again on every edit, mostly unchanged: their compounds are read once, up to a bound.
const COMPOUND_MEMO_SIZE = 5_000
const compoundMemo = new Map<string, readonly string[]>()

/** The keys of quantities named before a hyphenated participle, each with the words before it: "density", "stock density". */
function quantitiesNamedInCompounds(text: string): readonly string[] {
  let keys = compoundMemo.get(text)
  if (keys === undefined) {
    if (compoundMemo.size >= COMPOUND_MEMO_SIZE) compoundMemo.clear()
    keys = readCompounds(text)
    compoundMemo.set(text, keys)
  }
  return keys
}

function readCompounds(text: string): string[] {
  const keys: string[] = []
  for (const match of text.matchAll(HYPHENATED_PARTICIPLE)) {
    const named = WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 48), match.index))?.[0]
    if (named === undefined) continue
    const words = named.toLowerCase().split(/\s+/)
    for (let first = words.length - 1; first >= 0; first--) {
      if (STOP_BEFORE_QUANTITY.has(words[first] ?? '')) break
      keys.push(termKey(words.slice(first).join(' '), 'en'))
    }
  }
  return keys
}

const STOP_BEFORE_QUANTITY = new Set(['a', 'an', 'the', 'said', 'and', 'or', 'of', 'with', 'by', 'in', 'on', 'to', 'for', 'is', 'are'])
