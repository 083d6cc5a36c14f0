import type { ParsedClaim, TermMention } from '../claims/types'
import { allMatches } from './allMatches'
import { termKey } from './termKey'

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

// An abbreviation a claim defines in brackets after a term: "a device model agent (DMA)".
const DEFINED_ABBREVIATION = /[(（]([A-Z][A-Za-z0-9-]{1,11})[)）]/g
// "a sectional stock density-regulated headbox": the words before "-regulated" name a quantity the
// thing has, so "the stock density" refers to it.
const HYPHENATED_PARTICIPLE = /-[a-z]+ed\b/g
const WORDS_BEFORE = /(?:[A-Za-z]+\s+){0,2}[A-Za-z]+$/

/** The keyed terms of a claim: its mentions, the abbreviations it defines and the quantities its compounds name. */
export function keyClaimTerms(claim: ParsedClaim): ClaimTerms {
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
  for (const match of allMatches(DEFINED_ABBREVIATION, claim.text)) {
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
  return { mentions, introduced, firstIntroduced, all }
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
  for (const match of allMatches(HYPHENATED_PARTICIPLE, text)) {
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
