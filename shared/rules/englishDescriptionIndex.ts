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

  /** The forms of the articles the description holds, which may stand between a term's words. */
  private readonly articles: number[]

  constructor(description: string) {
    const text = description.toLowerCase()
    const spellings = new Spellings(text, (word) => this.formNumber(word))
    // A word takes a character and a separator.
    const words = new Int32Array((text.length >> 1) + 1)
    let wordCount = 0
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
      words[wordCount++] = spellings.formOf(index, end, hash)
      index = end
    }
    this.words = words.subarray(0, wordCount)
    this.starts = new Int32Array(this.forms.size + 1)
    for (let at = 0; at < wordCount; at++) this.starts[this.words[at]! + 1]!++
    for (let form = 1; form <= this.forms.size; form++) this.starts[form]! += this.starts[form - 1]!
    // A counting sort: each form's positions in text order, all forms in one array.
    const next = this.starts.slice(0, this.forms.size)
    this.positions = new Int32Array(wordCount)
    for (let at = 0; at < wordCount; at++) this.positions[next[this.words[at]!]!++] = at
    this.articles = ARTICLES.map((article) => this.forms.get(article)).filter((form) => form !== undefined)
  }

  /**
   * A term is used when its words occur in sequence, an article allowed between two of them, or,
   * for a term of three or more words, when every word occurs and its last two words occur
   * together ("the rigid support member" is supported by "the support member is rigid"). A word
   * in -ing also matches its verb's other forms: "the calculating" (a method's step) is supported
   * by "calculates", "a memory storing instructions" by "the memory stores the instructions".
   */
  uses(key: string): boolean {
    const choices = key.split(' ').filter((word) => word.length > 0).map((word) => this.formsOf(word))
    if (choices.length === 0) return true
    if (this.containsPhrase(choices)) return true
    return choices.length > 2 && choices.every((forms) => forms.length > 0) && this.containsPhrase(choices.slice(-2))
  }

  /** The forms the description holds that a word of a term matches: its own, and for an -ing word its verb's. */
  private formsOf(word: string): number[] {
    const forms: number[] = []
    const own = this.forms.get(word)
    if (own !== undefined) forms.push(own)
    if (word.length < 6 || !word.endsWith('ing')) return forms
    const stem = word.slice(0, -3)
    // "running": the doubled consonant is the gerund's. Words are held by their singular form, so
    // "calculates" is held as "calculate".
    const undoubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem
    for (const verbForm of [stem, `${stem}e`, undoubled, `${stem}ed`, `${undoubled}ed`]) {
      const form = this.forms.get(verbForm)
      if (form !== undefined && !forms.includes(form)) forms.push(form)
    }
    return forms
  }

  private formNumber(word: string): number {
    const form = cachedSingular(word)
    let id = this.forms.get(form)
    if (id === undefined) {
      id = this.forms.size
      this.forms.set(form, id)
    }
    return id
  }

  // Each entry of `choices` holds the forms that word may take; an empty one matches nothing.
  private containsPhrase(choices: readonly (readonly number[])[]): boolean {
    for (const first of choices[0]!) {
      for (let index = this.starts[first]!; index < this.starts[first + 1]!; index++) {
        let at = this.positions[index]!
        let offset = 1
        for (; offset < choices.length; offset++) {
          const next = choices[offset]!
          if (next.includes(this.words[at + 1] ?? -1)) at += 1
          else if (this.articles.includes(this.words[at + 1] ?? -1) && next.includes(this.words[at + 2] ?? -1)) at += 2
          else break
        }
        if (offset === choices.length) return true
      }
    }
    return false
  }
}

// Words a description may put between the words of a term: "stores the instructions".
const ARTICLES = ['the', 'a', 'an']

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

// Numbers stored for each spelling: its hash, where it first occurs (start and end), its form.
const SPELLING_SIZE = 4

/**
 * The spellings of a lower-cased text's words, each found again by its hash and compared where it
 * first occurred (open addressing, at most half full), so that a word becomes a string only the
 * first time it is seen.
 */
class Spellings {
  private readonly text: string
  private readonly formOfWord: (word: string) => number
  private spellings = new Int32Array(SPELLING_SIZE << 10)
  private count = 0
  // Spelling + 1 in each slot, 0 when free.
  private slots = new Int32Array(1 << 11)

  constructor(text: string, formOfWord: (word: string) => number) {
    this.text = text
    this.formOfWord = formOfWord
  }

  /** The form of the word `text[start, end)`, whose characters hash to `hash`. */
  formOf(start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      const at = (entry - 1) * SPELLING_SIZE
      if (this.spellings[at] === hash && this.sameSpelling(at, start, end)) return this.spellings[at + 3]!
      slot = (slot + 1) & mask
    }
    const form = this.formOfWord(this.text.slice(start, end))
    if ((this.count + 1) * SPELLING_SIZE > this.spellings.length) {
      const spellings = new Int32Array(this.spellings.length * 2)
      spellings.set(this.spellings)
      this.spellings = spellings
    }
    const at = this.count * SPELLING_SIZE
    this.spellings[at] = hash
    this.spellings[at + 1] = start
    this.spellings[at + 2] = end
    this.spellings[at + 3] = form
    this.count++
    if (this.count * 2 > this.slots.length) this.rehash()
    else this.slots[slot] = this.count
    return form
  }

  private sameSpelling(at: number, start: number, end: number): boolean {
    const first = this.spellings[at + 1]!
    if (this.spellings[at + 2]! - first !== end - start) return false
    for (let offset = 0; offset < end - start; offset++) {
      if (this.text.charCodeAt(first + offset) !== this.text.charCodeAt(start + offset)) return false
    }
    return true
  }

  // Places every spelling, the newest included, in a table twice the size.
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    const mask = this.slots.length - 1
    for (let spelling = 0; spelling < this.count; spelling++) {
      let slot = this.spellings[spelling * SPELLING_SIZE]! & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = spelling + 1
    }
  }
}
