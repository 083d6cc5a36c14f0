import { linksToReference } from './claimReferences'
import type { EnglishClaimText } from './englishClaimText'
import type { EnglishVocabulary } from './EnglishVocabulary'
import { WordClass as WORD_CLASS } from './englishWords'
import type { ClaimReference, TermMention } from './types'

// Read once: a test runner or tsx reaches an imported binding through a getter on every use,
// and the phrase reader asks for word classes at every word.
const WordClass = WORD_CLASS

/** A noun phrase of an English claim: the words `first` to `end` (exclusive), read as `term`. */
export interface EnglishPhrase {
  kind: TermMention['kind']
  first: number
  end: number
  term: string
}

const MAX_PHRASE_WORDS = 6
const MULTI_WORD_DETERMINERS = byFirstWord([['at', 'least', 'one'], ['one', 'or', 'more'], ['two', 'or', 'more']])
// Words between the determiner and the noun that do not name it: "a plurality of connectors".
const QUANTITIES = byFirstWord([
  ['at', 'least', 'one'], ['one', 'or', 'more'], ['two', 'or', 'more'], ['plurality', 'of'], ['pair', 'of'], ['number', 'of'],
])
// Back-references that name no feature: "the same", "the following acts", "the other"; nor does
// a lone participle ("each of the identified one or more computers").
const NOT_A_TERM = new Set(['other', 'former', 'latter', 'rest', 'remainder', 'first', 'second'])
const NOT_A_TERM_OPENING = new Set(['following', 'same', 'foregoing', 'aforementioned', 'above'])
// "a first one of the plurality of clients" introduces the first client.
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'])
// "the receiver, scheduler, and sender objects": the first words of a coordinated list, which
// opens with a comma right after the first word.
const COMMA = 44
const COORDINATED_LIST = /,\s*(?:[A-Za-z][\w-]*\s*,\s*)*[A-Za-z][\w-]*,?\s+(?:and|or)\s+[A-Za-z]/y
// "the group consisting of", "the step of heating" are idioms, not features.
const IDIOMS = new Map([['group', 'consisting'], ['step', 'of'], ['steps', 'of']])

/** Whether a sticky `pattern` matches `text` at `index`; read in place, as this runs at every phrase. */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index
  return pattern.test(text)
}

/** Whether a UTF-16 code unit is whitespace as a regular expression's \s reads it. */
function isWhitespace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/**
 * Whether the first character from `index` on that is not whitespace is one of `characters`.
 * The patterns tried at every phrase can start only with a few characters: asking for them first
 * spares most phrases the pattern.
 */
function nextVisibleIsOneOf(text: string, index: number, characters: string): boolean {
  let at = index
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++
  return at < text.length && characters.includes(text.charAt(at))
}

function byFirstWord(sequences: readonly string[][]): ReadonlyMap<string, readonly string[][]> {
  const map = new Map<string, string[][]>()
  for (const sequence of sequences) map.set(sequence[0] ?? '', [...(map.get(sequence[0] ?? '') ?? []), sequence])
  return map
}

/** The word after a written sequence that starts at word `at`, or `at` when none is written there. */
function skipSequence(claim: EnglishClaimText, at: number, sequences: ReadonlyMap<string, readonly string[][]>): number {
  const candidates = sequences.get(claim.lower(at))
  if (!candidates) return at
  for (const sequence of candidates) {
    let matches = true
    for (let offset = 1; matches && offset < sequence.length; offset++) {
      matches = claim.joined(at + offset) && claim.lower(at + offset) === sequence[offset]
    }
    if (matches) return at + sequence.length
  }
  return at
}

// A word after the first ends the phrase when it reads as the verb of the clause: "the service
// manager loads", "the members open", "the TAP hidden from", "provides a UI", or as an adjective
// after the noun: "the arm pivotable about", "the track slidable relative to".
function endsPhrase(claim: EnglishClaimText, word: number): boolean {
  const flags = claim.flags(word)
  if (flags & (WordClass.thirdPersonVerb | WordClass.adverb)) return true
  if (flags & WordClass.baseVerb && claim.flags(word - 1) & WordClass.endsInS) return true
  const nextFlags = claim.joined(word + 1) ? claim.flags(word + 1) : 0
  if (nextFlags & WordClass.stop && flags & (WordClass.participle | WordClass.postmodifier)) return true
  // "an upper track slidable relative to", "a lever rotatable independently of".
  if (nextFlags & (WordClass.postmodifier | WordClass.adverb) && flags & WordClass.postmodifier) return true
  return (flags & WordClass.endsInS) !== 0 && (nextFlags & WordClass.objectDeterminer) !== 0
}

/** Index one past the last word of the noun phrase that starts at word `first`. */
function phraseEnd(claim: EnglishClaimText, first: number): number {
  let word = first
  while (word < claim.wordCount && word - first < MAX_PHRASE_WORDS) {
    if (word > first && !claim.joined(word)) break
    if (claim.flags(word) & (WordClass.stop | WordClass.digits)) break
    if (word > first && endsPhrase(claim, word)) break
    word++
  }
  return word
}

function namesNoFeature(claim: EnglishClaimText, first: number, end: number): boolean {
  const opening = claim.lower(first)
  if (NOT_A_TERM_OPENING.has(opening)) return true
  if (end - first !== 1) return false
  if (NOT_A_TERM.has(opening) || opening.endsWith('ed')) return true
  return claim.joined(end) && IDIOMS.get(opening) === claim.lower(end)
}

// "the optical device of claim 1". A loop, not a callback: this runs at every noun phrase.
function namesThingOfReference(text: string, end: number, references: readonly ClaimReference[]): boolean {
  for (const reference of references) if (linksToReference(text, end, reference)) return true
  return false
}

function phrase(claim: EnglishClaimText, kind: EnglishPhrase['kind'], first: number, end: number): EnglishPhrase {
  return { kind, first, end, term: claim.phraseText(first, end) }
}

/**
 * The noun phrases an English claim introduces ("a support member", "one or more processors") and
 * refers back to ("the support member", "said member") (MPEP 2173.05(e)). Phrases
 * inside `occupied` (claim references, the subject named through one) and phrases that name a thing
 * of another claim ("the optical device of claim 1") are left out: they are not antecedent
 * questions. A coordinated back-reference ("the left and right wheels") is left out too.
 */
export function findEnglishPhrases(
  claim: EnglishClaimText,
  references: readonly ClaimReference[],
  occupied: Uint8Array,
): EnglishPhrase[] {
  const phrases: EnglishPhrase[] = []
  for (let determiner = 0; determiner < claim.wordCount; determiner++) {
    if (!(claim.flags(determiner) & WordClass.determiner) || occupied[claim.start(determiner)]) {
      const listed = claim.flags(determiner) & WordClass.coordinatedModifier ? bareCoordination(claim, determiner, occupied) : null
      if (listed !== null) {
        phrases.push(...listed)
        determiner = listed[listed.length - 1]!.end - 1
      }
      continue
    }
    const referring = (claim.flags(determiner) & WordClass.referring) !== 0
    const multiWord = skipSequence(claim, determiner, MULTI_WORD_DETERMINERS)
    if (!referring && multiWord === determiner && !(claim.flags(determiner) & WordClass.introducing)) continue
    const first = skipSequence(claim, multiWord === determiner ? determiner + 1 : multiWord, QUANTITIES)
    if (!claim.joined(first) || occupied[claim.start(first)]) continue
    const end = phraseEnd(claim, first)
    if (end === first) continue
    determiner = end - 1
    const chosen = oneOfMany(claim, first, end)
    if (chosen !== null) {
      phrases.push(chosen)
      determiner = chosen.end - 1
      continue
    }
    // "a first and second terminal": read before "first" alone is set aside as naming nothing.
    const paired = !referring && claim.flags(first) & WordClass.coordinatedModifier ? sharedHead(claim, first, end) : null
    if (paired !== null) {
      phrases.push(...paired)
      determiner = paired[paired.length - 1]!.end - 1
      continue
    }
    if (namesNoFeature(claim, first, end)) continue
    const lastEnd = claim.end(end - 1)
    if (namesThingOfReference(claim.text, lastEnd, references)) continue

    const coordinatedFirst = claim.joined(end) && claim.flags(end) & WordClass.conjunction ? end + 1 : -1
    const coordinatedEnd = coordinatedFirst > 0 && claim.joined(coordinatedFirst) ? phraseEnd(claim, coordinatedFirst) : -1
    const coordinated = coordinatedEnd > coordinatedFirst
    if (referring) {
      const listed = claim.text.charCodeAt(lastEnd) === COMMA && matchesAt(COORDINATED_LIST, claim.text, lastEnd)
      if (!coordinated && !listed) phrases.push(phrase(claim, 'referenced', first, end))
      continue
    }
    const abbreviated = abbreviatedInside(claim, first, end)
    if (abbreviated !== null) {
      phrases.push(...abbreviated)
      determiner = (abbreviated[abbreviated.length - 1]?.end ?? end) - 1
      continue
    }
    const shared = sharedHead(claim, first, end)
    if (shared !== null) {
      phrases.push(...shared)
      determiner = (shared[shared.length - 1]?.end ?? end) - 1
      continue
    }
    phrases.push(phrase(claim, 'introduced', first, end))
    // "a seat back and left and right side frames".
    const listed = coordinated && claim.flags(coordinatedFirst) & WordClass.coordinatedModifier
      ? bareCoordination(claim, coordinatedFirst, occupied)
      : null
    if (listed !== null) {
      phrases.push(...listed)
      determiner = listed[listed.length - 1]!.end - 1
    } else if (coordinated) {
      phrases.push(phrase(claim, 'introduced', coordinatedFirst, coordinatedEnd))
      determiner = coordinatedEnd - 1
    }
  }
  return phrases
}

// " (GPS) module": an abbreviation defined inside a term, and the words after it.
const INNER_ABBREVIATION = /\s*[(（][A-Z][A-Za-z0-9-]{1,11}[)）]\s+[A-Za-z]/y

/**
 * "a global positioning system (GPS) module" introduces the global positioning system module and,
 * by its abbreviation, the GPS module.
 */
function abbreviatedInside(claim: EnglishClaimText, first: number, end: number): EnglishPhrase[] | null {
  const after = claim.end(end - 1)
  if (!nextVisibleIsOneOf(claim.text, after, '(（') || !matchesAt(INNER_ABBREVIATION, claim.text, after)) return null
  const abbreviation = end
  const tail = end + 1
  if (claim.flags(tail) & (WordClass.stop | WordClass.digits)) return null
  const tailEnd = phraseEnd(claim, tail)
  if (tailEnd === tail) return null
  const words = claim.phraseText(tail, tailEnd)
  return [
    { kind: 'introduced', first, end, term: `${claim.phraseText(first, end)} ${words}` },
    { kind: 'introduced', first: abbreviation, end: tailEnd, term: `${claim.phraseText(abbreviation, abbreviation + 1)} ${words}` },
  ]
}

// ", evaluating and" / " or": the modifiers that follow the first one of a list, up to the conjunction.
const MODIFIER_LIST = /((?:\s*,\s*[A-Za-z][\w-]*)*)\s*,?\s+(and|or)\s+/y

/**
 * Modifiers that share one head: "a paper or cardboard web" introduces a paper web and a
 * cardboard web, "a storing, evaluating and controlling unit" a storing, an evaluating and a
 * controlling unit. A bare "and" between two words is left alone: "a pump and filter housing" may
 * be a pump and a filter housing.
 */
function sharedHead(claim: EnglishClaimText, first: number, end: number): EnglishPhrase[] | null {
  if (end - first !== 1) return null
  if (!nextVisibleIsOneOf(claim.text, claim.end(first), ',ao')) return null
  MODIFIER_LIST.lastIndex = claim.end(first)
  const list = MODIFIER_LIST.exec(claim.text)
  if (list === null) return null
  const modifiers = (list[1] ?? '').split(',').map((word) => word.trim()).filter((word) => word !== '')
  const conjunction = end + modifiers.length
  const last = conjunction + 1
  if (claim.lower(conjunction) !== list[2] || !claim.joined(last)) return null
  for (let word = end; word < conjunction; word++) if (claim.flags(word) & (WordClass.stop | WordClass.digits)) return null
  // "first and second electrodes", "upper and lower plates": ordinals and paired words share their head.
  if (list[2] === 'and' && modifiers.length === 0 && !(claim.flags(first) & claim.flags(last) & WordClass.coordinatedModifier)) return null
  const lastEnd = phraseEnd(claim, last)
  if (lastEnd - last < 2) return null
  const head = claim.phraseText(last + 1, lastEnd)
  const shared: EnglishPhrase[] = []
  for (let word = first; word < conjunction; word++) {
    shared.push({ kind: 'introduced', first: word, end: word + 1, term: `${claim.phraseText(word, word + 1)} ${head}` })
  }
  shared.push(phrase(claim, 'introduced', last, lastEnd))
  return shared
}

/**
 * "comprising first and second electrodes", "first, second and third plates", "upper and lower
 * plates": ordinals and paired words listed without an article introduce each its own thing, as
 * "a first electrode and a second electrode" would. Read only at the head of such a list: after
 * punctuation or a word that ends a noun phrase, but not after an article ("the first and second
 * electrodes" refer back) nor inside another list ("the first, second and third"); every word of
 * the list must be an ordinal or a paired word.
 */
function bareCoordination(claim: EnglishClaimText, first: number, occupied: Uint8Array): EnglishPhrase[] | null {
  if (occupied[claim.start(first)] || !nextVisibleIsOneOf(claim.text, claim.end(first), ',ao')) return null
  const before = first > 0 ? claim.flags(first - 1) : 0
  if (claim.joined(first)) {
    if (!(before & WordClass.stop) || before & WordClass.determiner) return null
    // "and upper and lower plates" opens a list; "the first and second" goes on with "second".
    if (before & WordClass.conjunction && (first < 2 || claim.flags(first - 2) & WordClass.coordinatedModifier)) return null
  } else if (before & WordClass.coordinatedModifier) {
    // "the first, second and third plates" goes on with "second".
    return null
  }
  const shared = sharedHead(claim, first, first + 1)
  if (shared === null) return null
  for (let index = 0; index < shared.length; index++) {
    if (!(claim.flags(shared[index]!.first) & WordClass.coordinatedModifier)) return null
  }
  return shared
}

/**
 * "a first one of the plurality of clients" (or "of a plurality of media servers"): an
 * introduction of the first client, which "the first client" then refers to.
 */
function oneOfMany(claim: EnglishClaimText, first: number, end: number): EnglishPhrase | null {
  const ordinal = claim.lower(first)
  if (end - first !== 1 || !ORDINALS.has(ordinal) || claim.lower(end) !== 'one' || claim.lower(end + 1) !== 'of') return null
  let noun = end + 2
  if (claim.flags(noun) & WordClass.determiner && !(claim.flags(noun) & WordClass.digits)) noun++
  noun = skipSequence(claim, noun, QUANTITIES)
  if (!claim.joined(noun)) return null
  const nounEnd = phraseEnd(claim, noun)
  if (nounEnd === noun) return null
  return { kind: 'introduced', first, end: nounEnd, term: `${ordinal} ${claim.phraseText(noun, nounEnd)}` }
}

/**
 * A back-reference ends with the term it repeats when the word after that term cannot continue
 * its noun phrase: a participle with an object ("the service environment facilitating
 * communication"), a verb before its object ("the change correspond to a change") or an
 * adjective that closes the phrase ("keep the left wheel knee vertical"). `introduced` holds the
 * terms the claim set introduces; the phrase is returned unchanged when no such term fits.
 */
export function endAtIntroducedTerm(claim: EnglishClaimText, referenced: EnglishPhrase, introduced: EnglishVocabulary): EnglishPhrase {
  if (referenced.end - referenced.first < 2) return referenced
  const known = introduced.longestAt(claim, referenced.first, referenced.end)
  if (known === undefined) return referenced
  const end = referenced.first + known.length
  if (end === referenced.end) return referenced
  const next = claim.flags(end)
  const closes = end + 1 === referenced.end
  const after = claim.joined(referenced.end) ? claim.flags(referenced.end) : 0
  const followedByObject = (after & WordClass.opensVerbObject) !== 0
  const cut = (next & WordClass.participle && !closes)
    || (next & WordClass.baseVerb && closes && followedByObject)
    || (next & WordClass.adjective && closes)
    || (closes && next & WordClass.endsInS && !(claim.flags(end - 1) & WordClass.endsInS)
      && (next & WordClass.knownNoun ? closesClauseWithoutVerb(claim, referenced.end) : (after & OPENS_PREDICATE) !== 0))
  return cut ? { ...referenced, end, term: known.term } : referenced
}

// A word in -s that closes a reference after a singular term the set introduces is the verb of
// the clause ("the posture deviates from", "the piston reciprocates along") where what follows
// opens a predicate: a preposition, an object or an adverb; not "of", a conjunction or an
// auxiliary, after which a plural goes on as a noun ("the drive gears of", "the NAP objects
// may"). A plural the lexicon knows as a noun ("the electrode pads on") is left whole unless the
// clause has no other verb (see closesClauseWithoutVerb).
const OPENS_PREDICATE = WordClass.preposition | WordClass.objectDeterminer | WordClass.adverb

/**
 * Whether the clause from word `from` on is the rest of a predicate whose verb is the plural-looking
 * word before it, though the lexicon knows that word as a noun ("samples", "signals", "records").
 * A noun subject needs a verb after it ("the electrode pads on the housing are gold"); where the
 * rest of the clause holds none and states a quantity or a manner only ("the UHF sensor samples at
 * 2 GS/s", "samples 1000 times", "the sensor samples continuously"), the word was the verb.
 */
function closesClauseWithoutVerb(claim: EnglishClaimText, from: number): boolean {
  if (!claim.joined(from) || !(claim.flags(from) & (WordClass.preposition | WordClass.adverb | WordClass.digits))) return false
  let quantity = false
  let mannerOnly = true
  for (let word = from; word < claim.wordCount && claim.joined(word); word++) {
    const flags = claim.flags(word)
    if (flags & WordClass.conjunction) break
    if (flags & (WordClass.auxiliary | WordClass.thirdPersonVerb | WordClass.baseVerb)) return false
    if (flags & WordClass.digits) quantity = true
    if (!(flags & WordClass.adverb)) mannerOnly = false
  }
  return quantity || mannerOnly
}

/**
 * "a memory storing instructions … the memory": a participle after the noun ("storing",
 * "executing", "wound") with a bare object after it ends the introduction, so that the claim
 * introduces the memory. Told from a compound ("a light emitting diode", "a pump mounting
 * bracket", "a processing unit") by what the set writes elsewhere: the introduction ends there
 * only when some claim refers back to the words before the participle ("the memory") and none to
 * the whole or to the words from the participle on ("the mounting bracket"), and when no other
 * phrase introduces those words on their own ("a pump … a pump mounting bracket"). The object
 * ("instructions") is then free to be introduced bare. `referenced` holds the terms the set
 * refers back to as first read, `introduced` those it introduces. The phrase is returned
 * unchanged when it does not end there.
 */
export function endBeforeParticiple(
  claim: EnglishClaimText,
  introduction: EnglishPhrase,
  referenced: ReadonlySet<string>,
  introduced: EnglishVocabulary,
): EnglishPhrase {
  const { first, end } = introduction
  if (referenced.has(introduction.term)) return introduction
  for (let participle = first + 1; participle < end; participle++) {
    if (!mayEndAt(claim, participle, end)) continue
    const before = claim.phraseText(first, participle)
    if (!referenced.has(before) || referenced.has(claim.phraseText(participle, end))) continue
    if (introduced.longestAt(claim, first, participle)?.length === participle - first) continue
    return { ...introduction, end: participle, term: before }
  }
  return introduction
}

/** Whether a word after the first of a phrase may be a participle that ends an introduction (see endBeforeParticiple). */
export function mayEndBeforeParticiple(claim: EnglishClaimText, { first, end }: EnglishPhrase): boolean {
  for (let word = first + 1; word < end; word++) if (mayEndAt(claim, word, end)) return true
  return false
}

// An -ing participle with its object in the phrase ("storing instructions"), or a participle that
// is also a noun ("wound") before the preposition that ended the phrase; other participles end it
// themselves, and an -ed one before a noun makes a compound ("a tractor mounted track").
function mayEndAt(claim: EnglishClaimText, word: number, end: number): boolean {
  const flags = claim.flags(word)
  if (word === end - 1) return (flags & WordClass.participleOrNoun) !== 0
  return (flags & WordClass.participle) !== 0 && claim.lower(word).endsWith('ing')
}

/**
 * Introductions without an article ("comprising luminous nanoparticles", "providing object
 * information"): the first bare occurrence of each term of `vocabulary` that stands as a phrase of
 * its own, outside `occupied`. A word before it that could belong to the same phrase ("front wheel"
 * in "left front wheel") rules the occurrence out; a verb or a function word ("receiving", "store") does not.
 */
export function findEnglishBareIntroductions(
  claim: EnglishClaimText,
  vocabulary: EnglishVocabulary,
  occupied: Uint8Array,
): TermMention[] {
  const mentions: TermMention[] = []
  const introduced = new Set<string>()
  // "receiving confirmation", "to store instructions", "select first data units": after a verb.
  const closesPhrase = WordClass.stop | WordClass.thirdPersonVerb | WordClass.participle | WordClass.baseVerb
  for (let word = 0; word < claim.wordCount; word++) {
    const start = claim.start(word)
    if (occupied[start]) continue
    const known = vocabulary.longestAt(claim, word)
    if (known === undefined || introduced.has(known.term)) continue
    if (claim.joined(word) && !(claim.flags(word - 1) & closesPhrase)) continue
    const end = claim.end(word + known.length - 1)
    if (isOccupied(occupied, start, end)) continue
    introduced.add(known.term)
    mentions.push({ term: known.term, kind: 'introduced', range: { start, end } })
  }
  return mentions
}

function isOccupied(occupied: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (occupied[index]) return true
  return false
}
