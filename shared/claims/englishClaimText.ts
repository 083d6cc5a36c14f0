import { englishDictionary, type EnglishDictionary } from './EnglishDictionary'
import { englishPhraseTexts, type EnglishPhraseTexts, type PhraseNode } from './EnglishPhraseTexts'
import { classOfWord } from './englishWords'

// What a character is to the word reader, in one table read.
const SEPARATOR = 0
const WORD_START = 1
const WORD_PART = 2
const BLANK = 3
const CHARACTERS = new Uint8Array(0x10000)
for (let code = 0; code < 128; code++) {
  const alphanumeric = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  CHARACTERS[code] = alphanumeric ? WORD_START : code === 39 || code === 45 || code === 47 ? WORD_PART : SEPARATOR
}
CHARACTERS[32] = BLANK
CHARACTERS[9] = BLANK

// Marks of a word: only blanks separate it from the word before; it has an upper-case letter.
const JOINED = 1
const CAPITALISED = 2
// Numbers stored for each word: start, end, dictionary id and marks, classes.
const WORD_SIZE = 4

/**
 * An English claim read once into words, for every term finder. A word starts with a letter or
 * digit and runs on over letters, digits, "'", "-" and "/" ("and/or", "cross-direction"). Words
 * are numbered in text order; past the last word a word is empty, unjoined and of no class.
 */
export class EnglishClaimText {
  readonly text: string
  readonly wordCount: number
  private readonly dictionary: EnglishDictionary
  private readonly phrases: EnglishPhraseTexts
  // From `base` on, for each word: its start, its end, its dictionary id + 1 (0 for a word the
  // full dictionary has no room for) shifted left by two over its marks, and its classes.
  private readonly words: Int32Array
  private readonly base: number
  private unlisted: Map<number, string> | undefined

  /** Reads `text` from `from` on into `words` from `base` on, where there is room for its words. */
  constructor(text: string, from: number, words: Int32Array, base: number) {
    this.text = text
    // Read once: a test runner or tsx reaches an imported binding through a getter on every use.
    const dictionary = englishDictionary
    let count = 0
    let blanksOnly = false
    // Whether the character before is a word character: the end of a word, or a stray "-", "/" or "'".
    let afterWordCharacter = false
    for (let index = from; index < text.length;) {
      const kind = CHARACTERS[text.charCodeAt(index)]!
      if (kind !== WORD_START) {
        blanksOnly = kind === BLANK && (blanksOnly || afterWordCharacter)
        afterWordCharacter = kind === WORD_PART
        index++
        continue
      }
      let end = index
      let hash = 0
      let mark = blanksOnly && count > 0 ? JOINED : 0
      for (; end < text.length; end++) {
        let code = text.charCodeAt(end)
        const part = CHARACTERS[code]!
        if (part !== WORD_START && part !== WORD_PART) break
        if (code >= 65 && code <= 90) {
          code += 32
          mark |= CAPITALISED
        }
        hash = (Math.imul(hash, 31) + code) | 0
      }
      const at = base + count * WORD_SIZE
      words[at] = index
      words[at + 1] = end
      const id = dictionary.idOf(text, index, end, hash)
      words[at + 2] = ((id + 1) << 2) | mark
      // The phrase reader asks for a word's classes several times: kept with the word, not looked up.
      words[at + 3] = id >= 0 ? dictionary.classes(id) : classOfWord(text.slice(index, end).toLowerCase())
      count++
      blanksOnly = false
      afterWordCharacter = true
      index = end
    }
    this.words = words
    this.base = base
    this.wordCount = count
    this.dictionary = dictionary
    this.phrases = englishPhraseTexts
  }

  start(word: number): number {
    return word < this.wordCount ? this.words[this.base + word * WORD_SIZE]! : this.text.length
  }

  end(word: number): number {
    return word < this.wordCount ? this.words[this.base + word * WORD_SIZE + 1]! : this.text.length
  }

  /** Whether only blanks separate the word from the word before. */
  joined(word: number): boolean {
    return (this.entry(word) & JOINED) !== 0
  }

  /** The word's number in the dictionary, the same for the same word in any claim; -1 when it has none (the dictionary is full). */
  id(word: number): number {
    return (this.entry(word) >> 2) - 1
  }

  /** The word lower-cased. */
  lower(word: number): string {
    const id = this.id(word)
    return id >= 0 ? this.dictionary.word(id) : this.unlistedWord(word)
  }

  /** The word's `WordClass` flags. */
  flags(word: number): number {
    return word < this.wordCount ? this.words[this.base + word * WORD_SIZE + 3]! : 0
  }

  /**
   * The words `first` to `end` (exclusive) as a term: lower-cased, joined by single spaces; the
   * same string every time the same words are read, in any claim (see EnglishPhraseTexts).
   */
  phraseText(first: number, end: number): string {
    if (end - first === 1) return this.lower(first)
    let node: PhraseNode | undefined
    for (let word = first; word < end; word++) {
      const id = this.id(word)
      if (id < 0) return this.writtenPhrase(first, end)
      node = this.phrases.step(node, id)
    }
    return (node!.text ??= this.writtenPhrase(first, end))
  }

  private writtenPhrase(first: number, end: number): string {
    // Mostly a phrase is written as its term: in lower case, one space between words.
    let asWritten = true
    for (let word = first; asWritten && word < end; word++) {
      const spaceAfter = word === end - 1 || (this.start(word + 1) === this.end(word) + 1 && this.text.charCodeAt(this.end(word)) === 32)
      asWritten = spaceAfter && (this.entry(word) & CAPITALISED) === 0
    }
    if (asWritten) return this.text.slice(this.start(first), this.end(end - 1))
    const words: string[] = []
    for (let word = first; word < end; word++) words.push(this.lower(word))
    return words.join(' ')
  }

  // A word's dictionary id + 1 and marks; 0 past the last word.
  private entry(word: number): number {
    return word < this.wordCount ? this.words[this.base + word * WORD_SIZE + 2]! : 0
  }

  private unlistedWord(word: number): string {
    if (word >= this.wordCount) return ''
    this.unlisted ??= new Map()
    let lower = this.unlisted.get(word)
    if (lower === undefined) {
      lower = this.text.slice(this.start(word), this.end(word)).toLowerCase()
      this.unlisted.set(word, lower)
    }
    return lower
  }
}

/** Room for the words of one claim: a word takes a character and a separator. */
function wordCapacity(text: string, from: number): number {
  return (Math.ceil(Math.max(0, text.length - from) / 2) + 1) * WORD_SIZE
}

// Reused from one claim set to the next, and grown as needed: allocating it anew for every
// analysis costs more than reading the claims into it. Claim texts live only while their set is read.
let sharedWords = new Int32Array(1 << 14)

/**
 * Room for the words of the English claims of a claim set. Only one claim set is read at a time:
 * making a new space hands the room over to it.
 */
export class EnglishWordSpace {
  readonly words: Int32Array
  private used = 0

  /** Room for each of `claims`, read from its `from` on. */
  constructor(claims: readonly { text: string; from: number }[]) {
    const size = claims.reduce((total, { text, from }) => total + wordCapacity(text, from), 0)
    if (size > sharedWords.length) sharedWords = new Int32Array(Math.max(size, sharedWords.length * 2))
    this.words = sharedWords
  }

  /** Where the words of one of the claims go. */
  reserve(text: string, from: number): number {
    const base = this.used
    this.used += wordCapacity(text, from)
    return base
  }
}

/** Reads the words of an English claim from `from` on into room that `space` was made with for it. */
export function readEnglishClaim(text: string, from: number, space: EnglishWordSpace): EnglishClaimText {
  return new EnglishClaimText(text, from, space.words, space.reserve(text, from))
}
