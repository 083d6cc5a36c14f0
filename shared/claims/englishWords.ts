/** Word lists the English noun-phrase reader decides by. */
import { isKnownNoun, isOnlyAdjective, isOnlyAdverb, isOnlyThirdPersonVerb, isParticipleNotNoun } from './englishLexicon'

// Words that end a noun phrase: determiners, pronouns, prepositions, conjunctions, auxiliaries,
// the transitions and the participles claims link features with.
const STOP_WORDS = new Set(`a an the said this that these those each every any all some such no not
its their his her our your it they them which who whom whose what where when while whereby wherein
whereas thereby therein thereof thereon thereto therefrom therebetween and or and/or nor but if
then than so as of for in on at to from with without within by into onto over under between
among through via about across along around upon against toward towards after before during
above below beneath beside beyond behind near per since until unless because is are was were be
been being has have had having do does did can could may might shall should will would must
comprises comprising comprise comprised includes including include included contains containing
contain consists consisting consist defines defining define further also only both either
neither respectively configured adapted arranged operable capable located positioned disposed
provided connected coupled attached based used using selected whereupon there here more less
least most like out up down off away same one`.split(/\s+/))

// Verbs a feature does something with: "the service manager loads services", "the tightening
// members open beyond …". A phrase ends at their third-person form, or at their base form after a
// plural noun.
const VERB_STEMS = `receive send transmit store load maintain control monitor take hide communicate check
deliver determine generate detect measure move rotate extend engage connect cause perform execute
output indicate correspond match use allow enable provide carry hold reach exceed equal become
remain lie pass select set adjust compare calculate compute create display activate charge drive
run operate replace request invoke publish delete add represent identify trigger obtain join
dispatch reduce increase decrease change prevent produce apply convert emit absorb reflect cover
surround enclose protrude project face abut fit slide pivot attach couple mount secure fix lock
seal keep register fall vary open close inhibit undergo relate start occur act serve form lead
follow permit support comprise include contain consist define have deviate differ oscillate vibrate
fluctuate reciprocate coincide reside`.split(/\s+/)

const BASE_VERBS = new Set(VERB_STEMS)
const THIRD_PERSON_VERBS = new Set(VERB_STEMS.map(thirdPerson))

// Participles and adjectives that close a phrase when a preposition follows: "the TAP hidden from".
const POSTMODIFIERS = new Set(`hidden given taken driven shown known held kept relative
adjacent opposite due together proximate parallel perpendicular similar equal identical
different`.split(/\s+/))

// Nouns that end like participles and seldom stand as verbs: "a pump housing and a valve" is two
// features, not "a pump".
const NOUNS_LIKE_PARTICIPLES = new Set(`housing bearing opening casing fitting ring spring string bushing
wiring building ceiling railing tubing piping lining padding thing wing grating winding cladding plating
molding moulding webbing netting bed seed feed speed shed hundred`.split(/\s+/))

// Past participles that do not end in -ed and are never nouns: "a housing worn by a user", "a
// tube bent into a loop" end the phrase at them.
const IRREGULAR_PARTICIPLES = new Set(`worn borne bent sewn woven spun sunk torn hung strung slung thrown
inlaid overlaid underlain overlain laid swollen`.split(/\s+/))

// Past participles that are also nouns ("a wire wound around a core", "a chronic wound"): they end
// an introduction only where the set refers back to the words before them (see endBeforeParticiple).
const PARTICIPLES_LIKE_NOUNS = new Set(['wound', 'bound', 'cast', 'cut', 'set', 'split', 'spread', 'ground'])

// Ordinals and the paired words that share a head in "first and second electrodes", "upper and
// lower plates".
const COORDINATED_MODIFIERS = new Set(`first second third fourth fifth sixth seventh eighth ninth tenth
upper lower left right inner outer front rear top bottom proximal distal inlet outlet open closed`.split(/\s+/))

// "-ly" adverbs that are not nouns ("assembly", "supply" are).
const ADVERB = /(?:ably|ibly|ally|ively|ously|edly|ntly|arly|ctly|sely|tely|ssly)$/

// Adjectives that stand after the noun they describe, as its complement: "keep the knee vertical".
// Words that are also nouns ("level", "open") are left out.
const PREDICATIVE_ADJECTIVES = new Set(`vertical horizontal upright flush straight flat taut slack stationary
rigid tight loose`.split(/\s+/))

// Words that introduce the noun after them: "a", "an", "another", "two", "plural".
const INTRODUCING_WORDS = new Set(`a an another plural several multiple two three four five six
seven eight nine ten`.split(/\s+/))

// Every word a determiner can start with: these, and the first words of "at least one", "one or more".
const DETERMINERS = new Set(['the', 'said', 'at', 'one', 'two', ...INTRODUCING_WORDS])

// Determiners a verb that ends in -s is followed by: "hides the TAP", "provides a UI".
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'said', 'each', 'its', 'their'])

// Words after which a base verb reads as the verb of the clause: "the change correspond to a change".
const VERB_OBJECT_OPENERS = new Set([...OBJECT_DETERMINERS, 'to', 'with'])

const CONJUNCTIONS = new Set(['and', 'or', 'and/or'])

// Finite forms a clause's verb can take besides the verbs above: "the electrode pads on the housing are gold".
const AUXILIARIES = new Set(`is are was were be been has have had do does did can could may might shall
should will would must`.split(/\s+/))

// Prepositions a verb of the clause is followed by ("the posture deviates from"); not "of", which
// follows nouns ("the drive gears of").
const PREPOSITIONS = new Set(`from to with in on at by into onto over under between through along across
around about toward towards against beyond within past away out up down off below above beneath
beside behind near upon via`.split(/\s+/))

function thirdPerson(stem: string): string {
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ies`
  return /(?:s|sh|ch|x|z|o)$/.test(stem) ? `${stem}es` : `${stem}s`
}

/** What the noun-phrase reader needs to know of a word, as bit flags. */
export const WordClass = {
  stop: 1,
  digits: 2,
  thirdPersonVerb: 4,
  baseVerb: 8,
  adverb: 16,
  participle: 32,
  postmodifier: 64,
  endsInS: 128,
  objectDeterminer: 256,
  determiner: 512,
  introducing: 1024,
  referring: 2048,
  conjunction: 4096,
  adjective: 8192,
  opensVerbObject: 16384,
  participleOrNoun: 32768,
  coordinatedModifier: 65536,
  preposition: 131072,
  knownNoun: 262144,
  auxiliary: 524288,
} as const

/** The classes of a lower-cased word (see `WordClass`). */
export function classOfWord(lower: string): number {
  let flags = 0
  if (STOP_WORDS.has(lower)) flags |= WordClass.stop
  if (/^\d+$/.test(lower)) flags |= WordClass.digits
  if (THIRD_PERSON_VERBS.has(lower) || isOnlyThirdPersonVerb(lower)) flags |= WordClass.thirdPersonVerb
  if (BASE_VERBS.has(lower)) flags |= WordClass.baseVerb
  if (ADVERB.test(lower) || isOnlyAdverb(lower)) flags |= WordClass.adverb
  if ((/(?:ed|ing)$/.test(lower) && !NOUNS_LIKE_PARTICIPLES.has(lower)) || IRREGULAR_PARTICIPLES.has(lower) || isParticipleNotNoun(lower)) {
    flags |= WordClass.participle
  }
  if (PARTICIPLES_LIKE_NOUNS.has(lower)) flags |= WordClass.participleOrNoun
  if (COORDINATED_MODIFIERS.has(lower)) flags |= WordClass.coordinatedModifier
  if (PREPOSITIONS.has(lower)) flags |= WordClass.preposition
  // "the signal indicative of", "the arm pivotable about": an adjective that closes the phrase.
  if (POSTMODIFIERS.has(lower) || isOnlyAdjective(lower)) flags |= WordClass.postmodifier
  if (lower.endsWith('s')) {
    flags |= WordClass.endsInS
    if (isKnownNoun(lower)) flags |= WordClass.knownNoun
  }
  if (OBJECT_DETERMINERS.has(lower)) flags |= WordClass.objectDeterminer
  if (DETERMINERS.has(lower)) flags |= WordClass.determiner
  if (INTRODUCING_WORDS.has(lower)) flags |= WordClass.introducing
  if (lower === 'the' || lower === 'said') flags |= WordClass.referring
  if (CONJUNCTIONS.has(lower)) flags |= WordClass.conjunction
  if (AUXILIARIES.has(lower)) flags |= WordClass.auxiliary
  if (PREDICATIVE_ADJECTIVES.has(lower)) flags |= WordClass.adjective
  if (VERB_OBJECT_OPENERS.has(lower)) flags |= WordClass.opensVerbObject
  return flags
}
