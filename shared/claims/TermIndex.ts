// A bit for each hash of the first two characters of a term: small enough to stay in cache.
const OPENING_BITS = 1 << 14

function openingHash(first: number, second: number): number {
  return (first * 31 + second) & (OPENING_BITS - 1)
}

/**
 * A set of terms that finds the longest one written at a position of a text, so that a claim set
 * is scanned for all its terms in linear time: most positions are ruled out by one bit, and the
 * rest are compared with the few terms that open with the same two characters.
 */
export class TermIndex {
  private readonly openings = new Int32Array(OPENING_BITS / 32)
  // Terms of two characters or more by their first two (as one number), longest first.
  private readonly byOpening = new Map<number, string[]>()
  private readonly oneCharacterTerms = new Map<number, string>()

  add(term: string): void {
    const first = term.charCodeAt(0)
    if (term.length === 1) {
      this.oneCharacterTerms.set(first, term)
      return
    }
    const second = term.charCodeAt(1)
    const hash = openingHash(first, second)
    this.openings[hash >> 5] = (this.openings[hash >> 5] ?? 0) | (1 << (hash & 31))
    const key = first * 0x10000 + second
    const sameOpening = this.byOpening.get(key)
    if (sameOpening === undefined) {
      this.byOpening.set(key, [term])
    } else if (!sameOpening.includes(term)) {
      const before = sameOpening.findIndex((other) => other.length < term.length)
      sameOpening.splice(before < 0 ? sameOpening.length : before, 0, term)
    }
  }

  /** The longest term written at `index`. */
  longestAt(text: string, index: number): string | undefined {
    const first = text.charCodeAt(index)
    const second = text.charCodeAt(index + 1)
    const hash = openingHash(first, second)
    if (((this.openings[hash >> 5] ?? 0) & (1 << (hash & 31))) !== 0) {
      for (const term of this.byOpening.get(first * 0x10000 + second) ?? []) if (text.startsWith(term, index)) return term
    }
    return this.oneCharacterTerms.size === 0 ? undefined : this.oneCharacterTerms.get(first)
  }
}
