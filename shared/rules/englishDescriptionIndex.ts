import { cachedSingular } from './termKey'

/**
 * The words of an English description by their singular form, as englishWords() reads them: runs
 * of letters and digits of the lower-cased text. It is rebuilt on every edit of the description,
 * so it reads the text once and numbers each spelling in place by its hash: only the distinct
 * spellings (a few thousand in thirty pages) become strings, not every word.
 */
export class EnglishDescriptionIndex {
  /** The number of each singular form the description holds. */
  private readonly forms = new Map<string, number>()
  /** The form of every word, in text order. */
  private readonly words: Int32Array
  /** Where each form occurs: the word positions of form f are positions[starts[f]] to positions[starts[f + 1] - 1]. */
  private readonly starts: Int32Array
  private readonly positions: Int32Array

  constructor(description: string) {
    const text = description.toLowerCase()
    const spellings = new Spellings(text)
    const formOfSpelling = new Int32Array(spellings.count)
    for (let spelling = 0; spelling < spellings.count; spelling++) {
      const form = cachedSingular(spellings.word(spelling))
      let id = this.forms.get(form)
      if (id === undefined) {
        id = this.forms.size
        this.forms.set(form, id)
      }
      formOfSpelling[spelling] = id
    }
    const wordCount = spellings.wordCount
    this.words = new Int32Array(wordCount)
    this.starts = new Int32Array(this.forms.size + 1)
    for (let at = 0; at < wordCount; at++) {
      const form = formOfSpelling[spellings.spellingAt(at)]!
      this.words[at] = form
      this.starts[form + 1]!++
    }
    for (let form = 1; form <= this.forms.size; form++) this.starts[form]! += this.starts[form - 1]!
    // A counting sort: each form's positions in text order, all forms in one array.
    const next = this.starts.slice(0, this.forms.size)
    this.positions = new Int32Array(wordCount)
    for (let at = 0; at < wordCount; at++) this.positions[next[this.words[at]!]!++] = at
  }

  /**
   * A term is used when its words occur in sequence or, for a term of three or more words, when
   * every word occurs and its last two words occur together ("the rigid support member" is
   * supported by "the support member is rigid").
   */
  uses(key: string): boolean {
    const forms = key.split(' ').filter((word) => word.length > 0).map((word) => this.forms.get(word) ?? -1)
    if (forms.length === 0) return true
    if (this.containsPhrase(forms)) return true
    return forms.length > 2 && forms.every((form) => form >= 0) && this.containsPhrase(forms.slice(-2))
  }

  // `forms` holds at least one form; -1 stands for a word the description does not hold.
  private containsPhrase(forms: readonly number[]): boolean {
    const first = forms[0]!
    if (first < 0) return false
    const last = this.words.length - forms.length
    for (let index = this.starts[first]!; index < this.starts[first + 1]!; index++) {
      const at = this.positions[index]!
      if (at > last) return false
      let offset = 1
      while (offset < forms.length && this.words[at + offset] === forms[offset]) offset++
      if (offset === forms.length) return true
    }
    return false
  }
}

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

/**
 * The words of a lower-cased text, each as the number of its spelling. A spelling is found again
 * by its hash and compared where it first occurred (open addressing, at most half full).
 */
class Spellings {
  wordCount = 0
  count = 0
  private readonly text: string
  private readonly spellingOfWord: Int32Array
  // By spelling: its hash, and where it first occurs.
  private hashes: Int32Array
  private firstStarts: Int32Array
  private firstEnds: Int32Array
  // Spelling + 1 in each slot, 0 when free.
  private slots: Int32Array

  constructor(text: string) {
    this.text = text
    // A word takes a character and a separator.
    this.spellingOfWord = new Int32Array((text.length >> 1) + 1)
    this.hashes = new Int32Array(1 << 10)
    this.firstStarts = new Int32Array(1 << 10)
    this.firstEnds = new Int32Array(1 << 10)
    this.slots = new Int32Array(1 << 11)
    for (let index = 0; index < text.length;) {
      if (!isWordCharacter(text.charCodeAt(index))) {
        index++
        continue
      }
      let end = index
      let hash = 0
      for (; end < text.length; end++) {
        const code = text.charCodeAt(end)
        if (!isWordCharacter(code)) break
        hash = (Math.imul(hash, 31) + code) | 0
      }
      this.spellingOfWord[this.wordCount++] = this.spellingOf(index, end, hash)
      index = end
    }
  }

  spellingAt(word: number): number {
    return this.spellingOfWord[word]!
  }

  word(spelling: number): string {
    return this.text.slice(this.firstStarts[spelling], this.firstEnds[spelling])
  }

  private spellingOf(start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === hash && this.sameSpelling(entry - 1, start, end)) return entry - 1
      slot = (slot + 1) & mask
    }
    const spelling = this.count++
    if (spelling === this.hashes.length) this.grow()
    this.hashes[spelling] = hash
    this.firstStarts[spelling] = start
    this.firstEnds[spelling] = end
    if (this.count * 2 > this.slots.length) this.rehash()
    else this.slots[slot] = spelling + 1
    return spelling
  }

  private sameSpelling(spelling: number, start: number, end: number): boolean {
    const first = this.firstStarts[spelling]!
    if (this.firstEnds[spelling]! - first !== end - start) return false
    for (let offset = 0; offset < end - start; offset++) {
      if (this.text.charCodeAt(first + offset) !== this.text.charCodeAt(start + offset)) return false
    }
    return true
  }

  private grow(): void {
    const grown = (array: Int32Array) => {
      const copy = new Int32Array(array.length * 2)
      copy.set(array)
      return copy
    }
    this.hashes = grown(this.hashes)
    this.firstStarts = grown(this.firstStarts)
    this.firstEnds = grown(this.firstEnds)
  }

  // Places every spelling, the newest included, in a table twice the size.
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    const mask = this.slots.length - 1
    for (let spelling = 0; spelling < this.count; spelling++) {
      let slot = this.hashes[spelling]! & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = spelling + 1
    }
  }
}
