// Bounds the memory of a long-running server: past it, the phrases are forgotten and read anew.
const MAX_PHRASES = 1 << 16

export interface PhraseNode {
  /** The text of the phrase that ends here, once some claim has written it. */
  text: string | undefined
  /** The phrases that go on from here, by the dictionary id of their next word. */
  next: Map<number, PhraseNode> | undefined
}

/**
 * One string for each phrase of several words, found by the dictionary ids of its words. The
 * claims of a set are read again on every keystroke and write the same phrases: handing back the
 * same string lets every later lookup of the term (its key, the vocabulary) find it by identity
 * with its hash already known, instead of cutting and hashing a new string each time.
 */
export class EnglishPhraseTexts {
  private readonly root = new Map<number, PhraseNode>()
  private size = 0

  /** The node of the phrase that continues `node` (the empty phrase when undefined) with the word `id`. */
  step(node: PhraseNode | undefined, id: number): PhraseNode {
    if (node === undefined && this.size >= MAX_PHRASES) {
      this.root.clear()
      this.size = 0
    }
    const next = node === undefined ? this.root : (node.next ??= new Map())
    let found = next.get(id)
    if (found === undefined) {
      found = { text: undefined, next: undefined }
      next.set(id, found)
      this.size++
    }
    return found
  }
}

/** The phrases every English claim is read with. */
export const englishPhraseTexts = new EnglishPhraseTexts()
