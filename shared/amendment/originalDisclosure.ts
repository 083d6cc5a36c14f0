import type { ClaimLanguage } from '../claims/types'
import { isEnglishFunctionWord } from './functionWords'
import { joinUnits, textUnits } from './textUnits'

/** Where a passage of the original disclosure stands: an original claim, or the description. */
export type PassageOrigin = { part: 'claim'; claim: number } | { part: 'description' }

/** One sentence (or clause of a long claim) of the application as filed. */
export interface OriginalPassage {
  text: string
  origin: PassageOrigin
  /** Chinese: the character pairs it holds; English: the word stems. */
  keys: Set<string>
}

/** What an amendment must stay within: the claims and the description as filed. */
export interface OriginalText {
  claims: readonly string[]
  description: string
}

// A passage ends at a full stop, a semicolon or a line break: the unit a feature is disclosed in.
const PASSAGE = /[^。！？；;!?\n]+[。！？；;!?]?/g
const ENGLISH_SENTENCE_END = /(?<=[a-z0-9)\]]{2}\.)\s+(?=[A-Z(\[])/g

function passagesOf(text: string): string[] {
  return [...text.matchAll(PASSAGE)]
    .flatMap((match) => match[0].split(ENGLISH_SENTENCE_END))
    .map((passage) => passage.trim())
    .filter((passage) => /[\p{L}\p{N}]/u.test(passage))
}

const HAN = /\p{Script=Han}/u
const isDigit = (key: string) => key.length === 1 && key >= '0' && key <= '9'

/**
 * Character pairs of Chinese units (a lone character counts as itself), or the stems of English
 * ones. A description writes reference numerals bare ("拉力传感器3通过螺栓固定在夹持座1上", CN
 * Implementing Rules Art. 17), so the characters around a numeral of up to three digits are
 * paired as well, as the claim's "夹持座（1）上" is read without its sign.
 */
export function unitKeys(text: string, language: ClaimLanguage): Set<string> {
  const units = textUnits(text, language)
  if (language === 'en') return new Set(units.map((unit) => unit.key))
  const keys = new Set<string>()
  for (let i = 0; i < units.length; i++) {
    keys.add(units[i]!.key)
    if (i + 1 < units.length) keys.add(units[i]!.key + units[i + 1]!.key)
    let after = i + 1
    while (after < units.length && after - i <= 3 && isDigit(units[after]!.key)) after++
    if (after > i + 1 && after - i <= 4 && HAN.test(units[i]!.key) && HAN.test(units[after]?.key ?? '')) keys.add(units[i]!.key + units[after]!.key)
  }
  return keys
}

// "The wireless module is a GSM module.", "所述无线模块为GSM模块。": a passage that says what a thing is.
const ENGLISH_IDENTITY =
  /^(?:the|said|this|each)\s+([a-z][a-z0-9 -]{1,60}?)\s+(?:is|are|may be|can be|is preferably|are preferably|is for example|is implemented as)\s+(?:an?\s+)?(.{2,120}?)[.;]?$/i
const MAX_IDENTITY_LENGTH = 200
const CHINESE_IDENTITY = /^(?:所述|该|上述)?([\p{Script=Han}A-Za-z0-9]{2,20}?)(?:可以为|可以是|优选为|例如为|可为|为|是|采用)(.{2,60}?)[。；;.]?$/u

/**
 * What the original says a thing is, it says wherever it names the thing: once "the wireless
 * module is a GSM module", "a wireless module transmits the alert" discloses a GSM module that
 * transmits it. Each passage naming a thing (all its keys) also gets the keys of what it is, and
 * is listed under them. Only passages holding the thing's rarest key are read.
 */
function joinIdentities(passages: readonly OriginalPassage[], postings: Map<string, number[]>, language: ClaimLanguage): void {
  const pattern = language === 'en' ? ENGLISH_IDENTITY : CHINESE_IDENTITY
  const grown = new Set<number[]>()
  passages.forEach((identity, identityIndex) => {
    // A sentence that says what a thing is is short; the patterns would only backtrack through long ones.
    if (identity.text.length > MAX_IDENTITY_LENGTH) return
    const match = pattern.exec(identity.text)
    if (!match) return
    const thing = [...unitKeys(match[1]!, language)].filter((key) => language === 'zh' || !isEnglishFunctionWord(key))
    if (thing.length === 0) return
    const whatItIs = [...unitKeys(match[2]!, language)]
    const rarest = thing.map((key) => postings.get(key) ?? []).reduce((a, b) => (b.length < a.length ? b : a))
    for (const index of [...rarest]) {
      const passage = passages[index]!
      if (index === identityIndex || !thing.every((key) => passage.keys.has(key))) continue
      for (const key of whatItIs) {
        if (passage.keys.has(key)) continue
        passage.keys.add(key)
        let holding = postings.get(key)
        if (!holding) postings.set(key, (holding = []))
        holding.push(index)
        grown.add(holding)
      }
    }
  })
  // Each key's passages stay in text order.
  for (const holding of grown) holding.sort((a, b) => a - b)
}

/** A set of keys as the support test reads it: a passage's, or the whole original's. */
export interface KeySet {
  has(key: string): boolean
}

/**
 * The original disclosure indexed for one language: its passages with their keys, for each key
 * the passages holding it (so that a clause is read only against passages sharing a word with
 * it, however long the description), every key of the whole text (to tell matter found nowhere
 * from matter found only in pieces), and the claims and description as joined units for exact
 * matching.
 */
export class OriginalDisclosure {
  readonly passages: OriginalPassage[]
  readonly allKeys: KeySet
  private readonly postings = new Map<string, number[]>()
  private readonly exactTexts: string[]

  constructor(original: OriginalText, language: ClaimLanguage) {
    this.passages = [
      ...original.claims.flatMap((claim, index) =>
        passagesOf(claim).map((text): OriginalPassage => ({ text, origin: { part: 'claim', claim: index + 1 }, keys: unitKeys(text, language) })),
      ),
      ...passagesOf(original.description).map((text): OriginalPassage => ({ text, origin: { part: 'description' }, keys: unitKeys(text, language) })),
    ]
    this.passages.forEach((passage, index) => {
      for (const key of passage.keys) {
        const holding = this.postings.get(key)
        if (holding) holding.push(index)
        else this.postings.set(key, [index])
      }
    })
    joinIdentities(this.passages, this.postings, language)
    this.allKeys = this.postings
    this.exactTexts = [...original.claims, original.description].map((text) => joinUnits(textUnits(text, language), language))
  }

  /** The indexes of the passages holding a key, in order. */
  passagesWith(key: string): readonly number[] {
    return this.postings.get(key) ?? []
  }

  /** Whether units joined as joinUnits() does occur word for word in one original claim or the description. */
  containsExactly(joined: string): boolean {
    return this.exactTexts.some((text) => text.includes(joined))
  }
}

// The live check asks on every keystroke; the original disclosure changes rarely.
const cache: { original: OriginalText; language: ClaimLanguage; index: OriginalDisclosure }[] = []

/** The index of an original disclosure, kept for the same claims and description. */
export function originalDisclosure(original: OriginalText, language: ClaimLanguage): OriginalDisclosure {
  const hit = cache.find(
    (entry) =>
      entry.language === language &&
      entry.original.description === original.description &&
      entry.original.claims.length === original.claims.length &&
      entry.original.claims.every((claim, index) => claim === original.claims[index]),
  )
  if (hit) return hit.index
  const index = new OriginalDisclosure(original, language)
  cache.unshift({ original: { claims: [...original.claims], description: original.description }, language, index })
  cache.length = Math.min(cache.length, 4)
  return index
}
