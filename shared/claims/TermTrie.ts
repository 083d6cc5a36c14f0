// Keyed by UTF-16 code unit: a number key needs no one-character string per step.
interface TrieNode {
  next: Map<number, TrieNode>
  term?: string
}

/**
 * A set of terms that finds the longest one written at a position of a text in one pass over its
 * characters, so that a claim set is scanned for all its terms in linear time.
 */
export class TermTrie {
  private readonly root: TrieNode = { next: new Map() }
  // Most characters start no term: one array read rules them out before any map lookup.
  private readonly startsTerm = new Uint8Array(0x10000)

  add(term: string): void {
    this.startsTerm[term.charCodeAt(0)] = 1
    let node = this.root
    for (let at = 0; at < term.length; at++) {
      const code = term.charCodeAt(at)
      let next = node.next.get(code)
      if (!next) {
        next = { next: new Map() }
        node.next.set(code, next)
      }
      node = next
    }
    node.term = term
  }

  /** The longest term written at `index`. */
  longestAt(text: string, index: number): string | undefined {
    if (!this.startsTerm[text.charCodeAt(index)]) return undefined
    let node: TrieNode | undefined = this.root
    let longest: string | undefined
    for (let at = index; at < text.length; at++) {
      node = node.next.get(text.charCodeAt(at))
      if (!node) break
      if (node.term !== undefined) longest = node.term
    }
    return longest
  }
}
