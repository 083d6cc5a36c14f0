import lexicon from 'wink-lexicon/src/lexicon.js'

/**
 * Part-of-speech knowledge of general English from wink-lexicon (13,452 words, each with the
 * Penn Treebank tags it can take, most frequent first). The claim reader asks it only which words
 * can be nothing but a verb, a participle, an adverb or an adjective, and which can be a noun; a
 * word that can also be a noun ("supports", "signal", "front") is left to the reader's own rules,
 * as claims use such words as names.
 */

// Read once: a test runner or tsx reaches an imported binding through a getter on every use.
const TAGS: Readonly<Record<string, readonly string[]>> = lexicon

const ADVERB_TAGS = new Set(['RB', 'RBR', 'RBS'])
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS'])
const ADJECTIVE_TAGS = new Set(['JJ', 'JJR', 'JJS'])

// Patent adjectives general English lexicons lack: "pivotable", "rotatable", "insertable".
const ADJECTIVE_SUFFIX = /[a-z]{3}(?:able|ible)$/

/** The tags of a lower-cased word, or undefined when the lexicon does not know it. */
function tagsOf(word: string): readonly string[] | undefined {
  return Object.hasOwn(TAGS, word) ? TAGS[word] : undefined
}

/** Only ever a verb in the third person singular: "delivers", "regulates", "connects". */
export function isOnlyThirdPersonVerb(word: string): boolean {
  const tags = tagsOf(word)
  return tags !== undefined && tags.every((tag) => tag === 'VBZ')
}

/** A past participle that is never a noun: "made", "built", "held" ("a rod made of steel"). */
export function isParticipleNotNoun(word: string): boolean {
  const tags = tagsOf(word)
  return tags !== undefined && tags.includes('VBN') && !tags.some((tag) => NOUN_TAGS.has(tag))
}

/** Only ever an adverb: "generally", "thereafter", "fully". */
export function isOnlyAdverb(word: string): boolean {
  const tags = tagsOf(word)
  return tags !== undefined && tags.every((tag) => ADVERB_TAGS.has(tag))
}

/** Only ever an adjective ("indicative", "adjacent", "responsive"), or an unknown -able/-ible word. */
export function isOnlyAdjective(word: string): boolean {
  const tags = tagsOf(word)
  return tags === undefined ? ADJECTIVE_SUFFIX.test(word) : tags.every((tag) => ADJECTIVE_TAGS.has(tag))
}

/** Whether the lexicon knows the word as a noun: "pads", "sensors", "contacts". */
export function isKnownNoun(word: string): boolean {
  const tags = tagsOf(word)
  return tags !== undefined && tags.some((tag) => NOUN_TAGS.has(tag))
}

/** Whether a word can name a thing: a noun in the lexicon, or a word it does not know ("headbox"). */
export function canBeNoun(word: string): boolean {
  const tags = tagsOf(word)
  return tags === undefined || tags.some((tag) => NOUN_TAGS.has(tag))
}
