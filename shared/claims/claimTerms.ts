import {
  chineseReferenceNamedRanges,
  findChineseBareIntroductions,
  findChineseIntroductions,
  findChineseReferencedTerms,
} from './chineseTerms'
import type { ClaimSubject } from './claimSubject'
import {
  EnglishVocabulary,
  findEnglishBareIntroductions,
  findEnglishMentions,
  readEnglishClaim,
  type EnglishClaimText,
} from './englishTerms'
import { TermTrie } from './TermTrie'
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
  english: EnglishClaimText | null
  mentions: TermMention[]
}

/**
 * The terms every claim of a set introduces and refers back to, for the antecedent-basis rule.
 * Explicit introductions ("a X", "一种X", "包括A、B和C", "一对X") and back-references ("the X",
 * "said X", "所述X", "该X") are read claim by claim. A term that some claim refers back to also
 * counts as introduced at its first bare occurrence in a claim ("comprising luminous
 * nanoparticles", "保持第一模板"), because claims often introduce plurals and Chinese features
 * without an article. Chinese back-references are cut at the longest term the set introduces
 * explicitly, since Chinese writes no spaces. Claim references and the subject a dependent claim
 * names through its reference ("The DMA of claim 1", "根据权利要求1所述的方法") are not terms.
 * Precision comes before recall: a doubtful phrase is left out rather than reported.
 */
export function findClaimSetTerms(sources: readonly TermSource[]): TermMention[][] {
  // One buffer for the whole set: a typed array per claim is costly to allocate on every keystroke.
  const buffer = new ArrayBuffer(sources.reduce((length, source) => length + source.text.length, 0))
  let offset = 0
  const readings: ClaimReading[] = sources.map((source) => {
    const english = source.language === 'en' ? readEnglishClaim(source.text, source.from) : null
    const occupied = new Uint8Array(buffer, offset, source.text.length)
    offset += source.text.length
    markReferenceNamedText(source, occupied)
    const mentions = english
      ? findEnglishMentions(english, source.references, occupied)
      : findChineseIntroductions(source.text, source.from, chineseSubjectHead(source), occupied)
    return { source, occupied, english, mentions }
  })

  const known = new TermTrie()
  for (const reading of readings) {
    if (reading.english) continue
    for (const mention of reading.mentions) known.add(mention.term)
  }
  for (const reading of readings) {
    if (reading.english) continue
    const { text, from } = reading.source
    reading.mentions.push(...findChineseReferencedTerms(text, from, known, reading.occupied))
  }

  // Every term some claim refers back to; its bare occurrences are introductions.
  const englishVocabulary = new EnglishVocabulary()
  const chineseVocabulary = new TermTrie()
  for (const { english, mentions } of readings) {
    for (const mention of mentions) {
      if (mention.kind === 'referenced') (english ? englishVocabulary : chineseVocabulary).add(mention.term)
    }
  }

  return readings.map(({ source, occupied, english, mentions }) => {
    for (const { range } of mentions) mark(occupied, range)
    const bare = english
      ? findEnglishBareIntroductions(english, englishVocabulary, occupied)
      : findChineseBareIntroductions(source.text, source.from, chineseVocabulary, occupied)
    return withFirstIntroductions(mentions, bare, source.language)
  })
}

// A bare occurrence introduces a term only where no explicit introduction came before it. Repeated
// English "a X" stay (two introductions of one term are a defect the rules report); Chinese
// introductions are found by looser patterns, so only the first of each term is kept.
function withFirstIntroductions(explicit: TermMention[], bare: TermMention[], language: ClaimLanguage): TermMention[] {
  const bareMentions = new Set(bare)
  const introduced = new Set<string>()
  return [...explicit, ...bare]
    .sort((a, b) => a.range.start - b.range.start)
    .filter((mention) => {
      if (mention.kind === 'referenced') return true
      const first = !introduced.has(mention.term)
      introduced.add(mention.term)
      return first || (language === 'en' && !bareMentions.has(mention))
    })
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
  const written = text.slice(subject.range.start, subject.range.end)
  const start = subject.range.start + written.lastIndexOf('的') + 1
  const signAt = text.slice(start, subject.range.end).search(/[\s（(]/)
  const end = signAt < 0 ? subject.range.end : start + signAt
  return end > start ? { start, end } : null
}
