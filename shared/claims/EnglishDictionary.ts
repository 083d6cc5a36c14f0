import { classOfWord } from './englishWords'

// Bounds the memory of a long-running server; words past it are looked up by string.
const MAX_WORDS = 1 << 16

/**
 * Every English word the parser has read, each as a small number with its lower-cased form and
 * classes (`WordClass`). The claim reader hashes a word while it scans its characters and finds
 * it here without cutting it out of the text: claims repeat their words, and a lookup by string
 * costs a new string and its hash for every word of every claim on every keystroke.
 */
export class EnglishDictionary {
  // Open addressing: a slot holds a word's id + 1, 0 when free; kept at most half full. Hashes
  // and classes sit in typed arrays by id, as most hashes are too large for a small integer.
  private slots = new Int32Array(1 << 12)
  private hashes = new Int32Array(1 << 11)
  private wordClasses = new Int32Array(1 << 11)
  private readonly words: string[] = []
  // The lower-cased characters of every word one after another, word id's from offsets[id] to
  // offsets[id + 1]: a word is compared with the text here, as a typed array reads faster than a string.
  private characters = new Uint16Array(1 << 14)
  private offsets = new Int32Array((1 << 11) + 1)

  /**
   * The id of the word `text[start, end)`, whose characters, lower-cased, hash to `hash` (any
   * hash, as long as the same word always gets the same); -1 when the dictionary is full.
   */
  idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!
      if (entry === 0) break
      if (this.hashes[entry - 1] === hash && this.isWrittenAt(entry - 1, text, start, end)) return entry - 1
    }
    return this.words.length < MAX_WORDS ? this.add(text.slice(start, end).toLowerCase(), hash) : -1
  }

  // ASCII case folding: words hold only ASCII letters, digits and "'-/".
  private isWrittenAt(id: number, text: string, start: number, end: number): boolean {
    const first = this.offsets[id]!
    if (this.offsets[id + 1]! - first !== end - start) return false
    const characters = this.characters
    for (let offset = 0; offset < end - start; offset++) {
      const code = text.charCodeAt(start + offset)
      if ((code >= 65 && code <= 90 ? code + 32 : code) !== characters[first + offset]) return false
    }
    return true
  }

  /** The lower-cased word with this id. */
  word(id: number): string {
    return this.words[id] ?? ''
  }

  /** The `WordClass` flags of the word with this id. */
  classes(id: number): number {
    return this.wordClasses[id] ?? 0
  }

  private add(word: string, hash: number): number {
    const id = this.words.length
    if (id === this.hashes.length) this.grow()
    this.words.push(word)
    const first = this.offsets[id]!
    if (first + word.length > this.characters.length) {
      const characters = new Uint16Array(Math.max(this.characters.length * 2, first + word.length))
      characters.set(this.characters)
      this.characters = characters
    }
    for (let offset = 0; offset < word.length; offset++) this.characters[first + offset] = word.charCodeAt(offset)
    this.offsets[id + 1] = first + word.length
    this.hashes[id] = hash
    this.wordClasses[id] = classOfWord(word)
    this.place(id)
    return id
  }

  private grow(): void {
    const hashes = new Int32Array(this.hashes.length * 2)
    hashes.set(this.hashes)
    this.hashes = hashes
    const wordClasses = new Int32Array(this.wordClasses.length * 2)
    wordClasses.set(this.wordClasses)
    this.wordClasses = wordClasses
    const offsets = new Int32Array(this.offsets.length * 2 - 1)
    offsets.set(this.offsets)
    this.offsets = offsets
    this.slots = new Int32Array(this.slots.length * 2)
    for (let id = 0; id < this.words.length; id++) this.place(id)
  }

  private place(id: number): void {
    const mask = this.slots.length - 1
    let slot = (this.hashes[id] ?? 0) & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = id + 1
  }
}

/** The dictionary every English claim is read with. */
export const englishDictionary = new EnglishDictionary()
