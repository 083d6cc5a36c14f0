import type { EnglishClaimText } from './englishClaimText'

/** A term of the vocabulary: `term`, first written as `length` words of `claim` from word `first` on. */
export interface VocabularyTerm {
  term: string
  length: number
  claim: EnglishClaimText
  first: number
}

/**
 * English terms by their first word, longest first, so that a claim is matched against them word
 * by word and a claim set is scanned for all its terms in linear time.
 */
export class EnglishVocabulary {
  private readonly byFirstWord = new Map<string, VocabularyTerm[]>()
  // By dictionary id, whether some term opens with the word: every word of a claim is asked, and
  // most open no term, so one read rules them out.
  private opens = new Uint8Array(1 << 12)

  /** Adds `term`, written as the words `first` to `end` (exclusive) of `claim`, unless it is there. */
  add(claim: EnglishClaimText, first: number, end: number, term: string): void {
    const entry: VocabularyTerm = { term, length: end - first, claim, first }
    this.markOpening(claim.id(first))
    const opening = claim.lower(first)
    const sameOpening = this.byFirstWord.get(opening)
    if (sameOpening === undefined) {
      this.byFirstWord.set(opening, [entry])
      return
    }
    // Few terms share a first word: comparing their words costs less than hashing every term.
    let at = 0
    for (; at < sameOpening.length; at++) {
      const other = sameOpening[at]!
      if (other.length < entry.length) break
      if (other.length === entry.length && writtenAt(claim, first, other)) return
    }
    sameOpening.splice(at, 0, entry)
  }

  /** The longest term written from word `first` of `claim` on, within the words before `limit`. */
  longestAt(claim: EnglishClaimText, first: number, limit = claim.wordCount): VocabularyTerm | undefined {
    const id = claim.id(first)
    if (id >= 0 && this.opens[id] !== 1) return undefined
    // A loop, not a callback: this runs at most words of every claim.
    for (const candidate of this.byFirstWord.get(claim.lower(first)) ?? NONE) {
      if (candidate.length <= limit - first && writtenAt(claim, first, candidate)) return candidate
    }
    return undefined
  }

  // A word without an id is found by its string alone.
  private markOpening(id: number): void {
    if (id < 0) return
    if (id >= this.opens.length) {
      const opens = new Uint8Array(Math.max(id + 1, this.opens.length * 2))
      opens.set(this.opens)
      this.opens = opens
    }
    this.opens[id] = 1
  }
}

const NONE: readonly VocabularyTerm[] = []

// The candidate's first word is known to match; its other words must follow, blanks between.
function writtenAt(claim: EnglishClaimText, first: number, candidate: VocabularyTerm): boolean {
  for (let offset = 1; offset < candidate.length; offset++) {
    const word = first + offset
    if (!claim.joined(word) || claim.lower(word) !== candidate.claim.lower(candidate.first + offset)) return false
  }
  return true
}
