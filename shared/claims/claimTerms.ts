import {
  chineseAttributes,
  chineseReferenceNamedRanges,
  findChineseBareIntroductions,
  findChineseIntroductions,
  findChineseReferencedTerms,
  ReferenceContext,
} from './chineseTerms'
import { chineseNameEnd } from './chineseWords'
import type { ClaimSubject } from './claimSubject'
import { EnglishWordSpace, readEnglishClaim, type EnglishClaimText } from './englishClaimText'
import {
  endAtIntroducedTerm,
  endBeforeParticiple,
  findEnglishBareIntroductions,
  findEnglishPhrases,
  mayEndBeforeParticiple,
  type EnglishPhrase,
} from './englishTerms'
import { EnglishVocabulary } from './EnglishVocabulary'
import { TermIndex } from './TermIndex'
import type { ClaimLanguage, ClaimReference, TermMention, TextRange } from './types'

/** What the term finder needs to know of one claim. */
export interface TermSource {
  text: string
  /** Where the claim language starts (after the number prefix and any status identifier). */
  from: number
  language: ClaimLanguage
  references: readonly ClaimReference[]
  subject: ClaimSubject
}

interface ClaimReading {
  source: TermSource
  /** Characters that belong to no term of this claim; later also those of its explicit mentions. */
  occupied: Uint8Array
  /** The words and noun phrases of an English claim; null for a Chinese one. */
  english: { claim: EnglishClaimText; phrases: EnglishPhrase[] } | null
  mentions: TermMention[]
}

/**
 * The terms every claim of a set introduces and refers back to, for the antecedent-basis rule.
 * Explicit introductions ("a X", "一种X", "包括A、B和C", "一对X") and back-references ("the X",
 * "said X", "所述X", "该X") are read claim by claim. A back-reference ends with the longest term
 * the set introduces explicitly that it starts with, where the words after that term cannot
 * continue it ("the service environment facilitating communication", "所述处理单元计算…"); Chinese
 * writes no spaces, so there this is the first rule. A term that some claim refers back to also
 * counts as introduced at its first bare occurrence in a claim ("comprising luminous
 * nanoparticles", "保持第一模板"), because claims often introduce plurals and Chinese features
 * without an article. Claim references and the subject a dependent claim names through its
 * reference ("The DMA of claim 1", "根据权利要求1所述的方法") are not terms. Precision comes before
 * recall: a doubtful phrase is left out rather than reported.
 */
export function findClaimSetTerms(sources: readonly TermSource[]): TermMention[][] {
  // One buffer for the whole set: a typed array per claim is costly to allocate on every keystroke.
  const buffer = new ArrayBuffer(sources.reduce((length, source) => length + source.text.length, 0))
  let offset = 0
  const wordSpace = new EnglishWordSpace(sources.filter((source) => source.language === 'en'))
  const readings: ClaimReading[] = sources.map((source) => {
    const occupied = new Uint8Array(buffer, offset, source.text.length)
    offset += source.text.length
    markReferenceNamedText(source, occupied)
    if (source.language === 'zh') {
      const mentions = findChineseIntroductions(source.text, source.from, chineseSubjectHead(source), occupied)
      return { source, occupied, english: null, mentions }
    }
    const claim = readEnglishClaim(source.text, source.from, wordSpace)
    return { source, occupied, english: { claim, phrases: findEnglishPhrases(claim, source.references, occupied) }, mentions: [] }
  })

  readEnglishBackReferences(readings)
  readChineseBackReferences(readings)

  // Every term some claim refers back to; its bare occurrences are introductions.
  const englishVocabulary = new EnglishVocabulary()
  const chineseVocabulary = new TermIndex()
  for (const { english, mentions } of readings) {
    if (english) {
      for (const { kind, first, end, term } of english.phrases) {
        if (kind === 'referenced') englishVocabulary.add(english.claim, first, end, term)
      }
    } else {
      for (const mention of mentions) if (mention.kind === 'referenced') chineseVocabulary.add(mention.term)
    }
  }

  return readings.map(({ source, occupied, english, mentions }) => {
    for (const { range } of mentions) mark(occupied, range)
    const bare = english
      ? findEnglishBareIntroductions(english.claim, englishVocabulary, occupied)
      : findChineseBareIntroductions(source.text, source.from, chineseVocabulary, occupied)
    return withBareIntroductions(mentions, bare)
  })
}

// English introductions end before a participle the set shows as one (see endBeforeParticiple),
// then back-references end at a term some claim introduces (see endAtIntroducedTerm).
function readEnglishBackReferences(readings: ClaimReading[]): void {
  let introduced = englishVocabulary(readings, 'introduced')
  if (endIntroductionsBeforeParticiples(readings, introduced)) introduced = englishVocabulary(readings, 'introduced')
  for (const reading of readings) {
    const { english } = reading
    if (!english) continue
    english.phrases = english.phrases.map((phrase) =>
      phrase.kind === 'referenced' ? endAtIntroducedTerm(english.claim, phrase, introduced) : phrase)
    reading.mentions = english.phrases.map(({ kind, first, end, term }) => ({
      term,
      kind,
      range: { start: english.claim.start(first), end: english.claim.end(end - 1) },
    }))
  }
}

function englishVocabulary(readings: readonly ClaimReading[], kind: TermMention['kind']): EnglishVocabulary {
  const vocabulary = new EnglishVocabulary()
  for (const { english } of readings) {
    if (!english) continue
    for (const phrase of english.phrases) {
      if (phrase.kind === kind) vocabulary.add(english.claim, phrase.first, phrase.end, phrase.term)
    }
  }
  return vocabulary
}

/** Whether some introduction was cut; the terms referred back to are gathered only when one may be. */
function endIntroductionsBeforeParticiples(readings: ClaimReading[], introduced: EnglishVocabulary): boolean {
  let referenced: Set<string> | undefined
  let cut = false
  for (const { source, english } of readings) {
    if (!english) continue
    const { claim, phrases } = english
    // The claim's subject names what it claims: "A nanoparticle thin film manufacturing method".
    const subjectEnd = source.subject.range?.end ?? -1
    for (let index = 0; index < phrases.length; index++) {
      const phrase = phrases[index]!
      if (phrase.kind !== 'introduced' || !mayEndBeforeParticiple(claim, phrase) || claim.start(phrase.first) < subjectEnd) continue
      // Only a phrase read as its own words: not "first electrodes" of "first and second electrodes".
      if (phrase.term !== claim.phraseText(phrase.first, phrase.end)) continue
      referenced ??= referencedTerms(readings)
      const ended = endBeforeParticiple(claim, phrase, referenced, introduced)
      if (ended === phrase) continue
      phrases[index] = ended
      cut = true
    }
  }
  return cut
}

// The terms of the set's back-references as first read: the same strings as phraseText gives.
function referencedTerms(readings: readonly ClaimReading[]): Set<string> {
  const terms = new Set<string>()
  for (const { english } of readings) {
    if (english) for (const phrase of english.phrases) if (phrase.kind === 'referenced') terms.add(phrase.term)
  }
  return terms
}

// Chinese back-references are cut at the longest term the set introduces explicitly, or else at
// an attribute some mention names ("所述测点的振动位移") or before a verb (endBeforeVerb).
function readChineseBackReferences(readings: ClaimReading[]): void {
  const known = new TermIndex()
  for (const { english, mentions } of readings) if (!english) for (const mention of mentions) known.add(mention.term)
  const setText = readings.filter(({ english }) => !english).map(({ source }) => source.text).join('\n')
  // One context for both readings: what is written elsewhere in the set is looked up once.
  const context = new ReferenceContext(known, setText, new TermIndex())
  const referenced = readings.map(({ source, english, occupied }) =>
    english ? [] : findChineseReferencedTerms(source.text, source.from, context, occupied))
  let anyAttribute = false
  readings.forEach(({ source, english, mentions }, index) => {
    if (english) return
    anyAttribute = chineseAttributes(source.text, mentions, context.attributes) || anyAttribute
    anyAttribute = chineseAttributes(source.text, referenced[index]!, context.attributes) || anyAttribute
  })
  readings.forEach((reading, index) => {
    if (reading.english) return
    const { source, occupied, mentions } = reading
    // Read again only where attributes may cut a reference shorter.
    const backReferences = anyAttribute
      ? findChineseReferencedTerms(source.text, source.from, context, occupied)
      : referenced[index]!
    reading.mentions = byPosition(mentions, backReferences)
  })
}

/**
 * Every explicit introduction stays, each with its own range: a term introduced twice is a
 * defect the rules report. A bare occurrence introduces a term only where nothing introduced it
 * before in the claim. Words read both as an introduction and as something else ("所述两个滑块",
 * a list item that is also quantified) are read once, a back-reference first.
 */
function withBareIntroductions(explicit: readonly TermMention[], bare: readonly TermMention[]): TermMention[] {
  const mentions: TermMention[] = []
  // Only a bare occurrence asks what was introduced before it.
  const introduced = bare.length > 0 ? new Set<string>() : undefined
  let readUntil = 0
  const keep = (mention: TermMention, isBare: boolean) => {
    if (mention.kind === 'introduced') {
      if (mention.range.start < readUntil || (isBare && introduced?.has(mention.term))) return
      introduced?.add(mention.term)
    }
    mentions.push(mention)
    readUntil = Math.max(readUntil, mention.range.end)
  }
  // Both lists are in text order, and a bare occurrence never starts where an explicit mention does.
  let nextBare = 0
  for (const mention of explicit) {
    while (nextBare < bare.length && bare[nextBare]!.range.start < mention.range.start) keep(bare[nextBare++]!, true)
    keep(mention, false)
  }
  while (nextBare < bare.length) keep(bare[nextBare++]!, true)
  return mentions
}

/** Two lists of mentions, each in text order, merged in text order; back-references first where both start. */
function byPosition(first: readonly TermMention[], second: readonly TermMention[]): TermMention[] {
  const merged: TermMention[] = []
  let a = 0
  let b = 0
  while (a < first.length && b < second.length) {
    if (comesBefore(second[b]!, first[a]!)) merged.push(second[b++]!)
    else merged.push(first[a++]!)
  }
  return merged.concat(first.slice(a), second.slice(b))
}

function comesBefore(mention: TermMention, other: TermMention): boolean {
  const { start } = mention.range
  return start < other.range.start || (start === other.range.start && mention.kind === 'referenced' && other.kind === 'introduced')
}

// Claim references, and the things of other claims they name, are not terms of this claim.
function markReferenceNamedText(source: TermSource, occupied: Uint8Array): void {
  const ranges: TextRange[] = source.language === 'zh'
    ? chineseReferenceNamedRanges(source.text, source.references)
    : source.references.map((reference) => reference.range)
  if (source.subject.followsReference && source.subject.range) ranges.push(source.subject.range)
  for (const range of ranges) mark(occupied, range)
}

// A loop beats TypedArray.fill on the few characters of a mention.
function mark(occupied: Uint8Array, { start, end }: TextRange): void {
  for (let index = start; index < end; index++) occupied[index] = 1
}

// "一种用于半导体器件的测试装置的电接触端子" introduces its head, "电接触端子".
function chineseSubjectHead(source: TermSource): TextRange | null {
  const { subject, text } = source
  if (!subject.introduced || !subject.range) return null
  const start = Math.max(subject.range.start, text.lastIndexOf('的', subject.range.end - 1) + 1)
  const end = chineseNameEnd(text, start, subject.range.end)
  return end > start ? { start, end } : null
}
