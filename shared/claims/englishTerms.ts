import { linksToReference } from './claimReferences'
import { classOfWord, INTRODUCING_WORDS, WordClass } from './englishWords'
import type { ClaimReference, TermMention } from './types'

/** A word of the claim text, lower-cased, and whether only blanks separate it from the word before. */
interface Word {
  start: number
  end: number
  lower: string
  joined: boolean
  /** Bit flags of `WordClass`, set when first asked for: most words never stand in a phrase. */
  flags?: number
}

const MAX_PHRASE_WORDS = 6
// Every word a determiner can start with; other words are passed over at once.
const DETERMINER_WORDS = new Set(['the', 'said', 'at', 'one', 'two', ...INTRODUCING_WORDS])
const MULTI_WORD_DETERMINERS = byFirstWord([['at', 'least', 'one'], ['one', 'or', 'more'], ['two', 'or', 'more']])
// Words between the determiner and the noun that do not name it: "a plurality of connectors".
const QUANTITIES = byFirstWord([
  ['at', 'least', 'one'], ['one', 'or', 'more'], ['two', 'or', 'more'], ['plurality', 'of'], ['pair', 'of'], ['number', 'of'],
])
// Back-references that name no feature: "the same", "the following acts", "the other"; nor does
// a lone participle ("each of the identified one or more computers").
const NOT_A_TERM = new Set(['other', 'former', 'latter', 'rest', 'remainder', 'first', 'second'])
const NOT_A_TERM_OPENING = new Set(['following', 'same', 'foregoing', 'aforementioned', 'above'])
// "the group consisting of", "the step of heating" are idioms, not features.
const IDIOMS = new Map([['group', 'consisting'], ['step', 'of'], ['steps', 'of']])
const CONJUNCTIONS = new Set(['and', 'or', 'and/or'])

function flagsOf(word: Word | undefined): number {
  if (!word) return 0
  word.flags ??= classOfWord(word.lower)
  return word.flags
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 39 || code === 45 || code === 47
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** An English claim read once for both term finders. */
export interface EnglishClaimText {
  text: string
  /** The text lower-cased, or the text itself when lower-casing would change its length ("İ"). */
  lower: string
  folded: boolean
  words: Word[]
}

/** Reads the words of an English claim from `from` on, in one pass. */
export function readEnglishClaim(text: string, from: number): EnglishClaimText {
  const lowered = text.toLowerCase()
  const folded = lowered.length === text.length
  const lower = folded ? lowered : text
  const words: Word[] = []
  let blanksOnly = false
  for (let index = from; index < text.length;) {
    const code = text.charCodeAt(index)
    if (!isAlphanumericCode(code)) {
      blanksOnly = (code === 32 || code === 9) && (blanksOnly || (index > from && isWordCode(text.charCodeAt(index - 1))))
      index++
      continue
    }
    let end = index + 1
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++
    const word = folded ? lower.slice(index, end) : text.slice(index, end).toLowerCase()
    words.push({ start: index, end, lower: word, joined: blanksOnly && words.length > 0 })
    blanksOnly = false
    index = end
  }
  return { text, lower, folded, words }
}

// A word after the first ends the phrase when it reads as the verb of the clause: "the service
// manager loads", "the members open", "the TAP hidden from", "provides a UI".
function endsPhrase(word: Word, previous: Word, next: Word | undefined): boolean {
  const flags = flagsOf(word)
  if (flags & (WordClass.thirdPersonVerb | WordClass.adverb)) return true
  if (flags & WordClass.baseVerb && flagsOf(previous) & WordClass.endsInS) return true
  const nextFlags = next?.joined ? flagsOf(next) : 0
  if (nextFlags & WordClass.stop && flags & (WordClass.participle | WordClass.postmodifier)) return true
  return (flags & WordClass.endsInS) !== 0 && (nextFlags & WordClass.objectDeterminer) !== 0
}

/** Index one past the last word of the noun phrase that starts at word `first`. */
function phraseEnd(words: readonly Word[], first: number): number {
  let index = first
  while (index < words.length && index - first < MAX_PHRASE_WORDS) {
    const word = words[index]
    if (!word || (index > first && !word.joined)) break
    if (flagsOf(word) & (WordClass.stop | WordClass.digits)) break
    const previous = words[index - 1]
    if (index > first && previous && endsPhrase(word, previous, words[index + 1])) break
    index++
  }
  return index
}

function skipSequence(words: readonly Word[], at: number, sequences: ReadonlyMap<string, readonly string[][]>): number {
  const candidates = sequences.get(words[at]?.lower ?? '')
  if (!candidates) return at
  for (const sequence of candidates) {
    let matches = true
    for (let offset = 1; matches && offset < sequence.length; offset++) {
      const word = words[at + offset]
      matches = word !== undefined && word.joined && word.lower === sequence[offset]
    }
    if (matches) return at + sequence.length
  }
  return at
}

function byFirstWord(sequences: readonly string[][]): ReadonlyMap<string, readonly string[][]> {
  const map = new Map<string, string[][]>()
  for (const sequence of sequences) map.set(sequence[0] ?? '', [...(map.get(sequence[0] ?? '') ?? []), sequence])
  return map
}

function phraseText({ lower, folded, words }: EnglishClaimText, first: number, end: number): string {
  const start = words[first]?.start ?? 0
  const written = lower.slice(start, words[end - 1]?.end ?? start)
  // Words of a phrase are joined by blanks; one space between them is the usual writing.
  let wordLengths = 0
  for (let index = first; index < end; index++) wordLengths += (words[index]?.end ?? 0) - (words[index]?.start ?? 0)
  const singleSpaced = written.length === wordLengths + end - first - 1 && !written.includes('\t')
  return folded && singleSpaced ? written : words.slice(first, end).map((word) => word.lower).join(' ')
}

function namesNoFeature(term: string, words: readonly Word[], first: number, end: number): boolean {
  const opening = words[first]?.lower ?? ''
  if (NOT_A_TERM_OPENING.has(opening)) return true
  return end - first === 1 && (NOT_A_TERM.has(term) || term.endsWith('ed'))
}

/**
 * The noun phrases an English claim introduces ("a support member", "one or more processors") and
 * refers back to ("the support member", "said member") (MPEP 2173.05(e)). Phrases
 * inside `occupied` (claim references, the subject named through one) and phrases that name a thing
 * of another claim ("the optical device of claim 1") are left out: they are not antecedent
 * questions. A coordinated back-reference ("the left and right wheels") is left out too.
 */
export function findEnglishMentions(
  claim: EnglishClaimText,
  references: readonly ClaimReference[],
  occupied: Uint8Array,
): TermMention[] {
  const { text, words } = claim
  const mentions: TermMention[] = []
  for (let index = 0; index < words.length; index++) {
    const determiner = words[index]
    if (!determiner || !DETERMINER_WORDS.has(determiner.lower) || occupied[determiner.start]) continue
    const referring = determiner.lower === 'the' || determiner.lower === 'said'
    const multiWord = skipSequence(words, index, MULTI_WORD_DETERMINERS)
    if (!referring && multiWord === index && !INTRODUCING_WORDS.has(determiner.lower)) continue
    const first = skipSequence(words, multiWord === index ? index + 1 : multiWord, QUANTITIES)
    const start = words[first]
    if (!start?.joined || occupied[start.start]) continue
    const end = phraseEnd(words, first)
    const last = words[end - 1]
    if (end === first || !last) continue
    index = end - 1
    const term = phraseText(claim, first, end)
    const after = words[end]?.joined ? words[end]?.lower : undefined
    if (namesNoFeature(term, words, first, end) || (after !== undefined && IDIOMS.get(term) === after)) continue
    if (references.some((reference) => linksToReference(text, last.end, reference))) continue

    const conjunction = words[end]
    const coordinatedFirst = conjunction?.joined && CONJUNCTIONS.has(conjunction.lower) ? end + 1 : -1
    const coordinatedEnd = coordinatedFirst > 0 && words[coordinatedFirst]?.joined ? phraseEnd(words, coordinatedFirst) : -1
    const coordinated = coordinatedEnd > coordinatedFirst
    const range = { start: start.start, end: last.end }
    if (referring) {
      if (!coordinated) mentions.push({ term, kind: 'referenced', range })
      continue
    }
    mentions.push({ term, kind: 'introduced', range })
    const coordinatedLast = words[coordinatedEnd - 1]
    const coordinatedStart = words[coordinatedFirst]
    if (coordinated && coordinatedLast && coordinatedStart) {
      mentions.push({
        term: phraseText(claim, coordinatedFirst, coordinatedEnd),
        kind: 'introduced',
        range: { start: coordinatedStart.start, end: coordinatedLast.end },
      })
      index = coordinatedEnd - 1
    }
  }
  return mentions
}

/** English terms by their first word, so that a claim is matched against them word by word. */
export class EnglishVocabulary {
  private readonly terms = new Set<string>()
  private readonly byFirstWord = new Map<string, string[]>()

  /** Adds a lower-cased term, its words joined by single spaces. */
  add(term: string): void {
    if (this.terms.has(term)) return
    this.terms.add(term)
    const space = term.indexOf(' ')
    const first = space < 0 ? term : term.slice(0, space)
    const terms = this.byFirstWord.get(first) ?? []
    terms.push(term)
    terms.sort((a, b) => b.length - a.length)
    this.byFirstWord.set(first, terms)
  }

  /** The longest term written from `word` on. */
  longestAt({ text, lower, folded }: EnglishClaimText, word: Word): string | undefined {
    for (const term of this.byFirstWord.get(word.lower) ?? []) {
      const written = folded ? lower.startsWith(term, word.start) : text.slice(word.start, word.start + term.length).toLowerCase() === term
      if (written) return term
    }
    return undefined
  }
}

/**
 * Introductions without an article ("comprising luminous nanoparticles", "providing object
 * information"): the first bare occurrence of each term of `vocabulary` that stands as a phrase of
 * its own, outside `occupied`. A word before it that could belong to the same phrase ("front wheel"
 * in "left front wheel") rules the occurrence out; a verb or a function word ("receiving") does not.
 */
export function findEnglishBareIntroductions(
  claim: EnglishClaimText,
  vocabulary: EnglishVocabulary,
  occupied: Uint8Array,
): TermMention[] {
  const { text, words } = claim
  const mentions: TermMention[] = []
  const introduced = new Set<string>()
  words.forEach((word, index) => {
    if (occupied[word.start]) return
    const term = vocabulary.longestAt(claim, word)
    if (term === undefined || introduced.has(term)) return
    const previous = words[index - 1]
    const closesPhrase = WordClass.stop | WordClass.thirdPersonVerb | WordClass.participle
    if (word.joined && previous && !(flagsOf(previous) & closesPhrase)) return
    const end = word.start + term.length
    if (end < text.length && isWordCode(text.charCodeAt(end))) return
    for (let at = word.start; at < end; at++) if (occupied[at]) return
    introduced.add(term)
    mentions.push({ term, kind: 'introduced', range: { start: word.start, end } })
  })
  return mentions
}
