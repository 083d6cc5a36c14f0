import { detectClaimLanguage } from '../claims/claimLanguage'
import { canBeNoun } from '../claims/englishLexicon'
import { parseClaimList } from '../claims/parseClaims'
import type { ClaimLanguage, Jurisdiction, TextRange } from '../claims/types'
import { compareClaims, type ClaimComparison, type ComparedClaim } from '../editor/compareClaims'
import type { Finding, LocalizedText } from '../rules/types'
import { addedClauses, type AddedClause } from './addedClauses'
import { isChineseFunctionRun, isEnglishFunctionWord, isFunctionCharacter } from './functionWords'
import { originalDisclosure, type KeySet, type OriginalDisclosure, type OriginalPassage, type OriginalText } from './originalDisclosure'
import { joinUnits, textUnits, type TextUnit } from './textUnits'

export const ADDED_MATTER = 'amendment.added-matter'

/** The provision an amendment must keep to, per office. */
export const ADDED_MATTER_SOURCE: Record<Jurisdiction, LocalizedText> = {
  CN: { 'zh-CN': '专利法第33条', en: 'Patent Law A33' },
  US: { 'zh-CN': '35 USC 132(a)', en: '35 USC 132(a)' },
  EP: { 'zh-CN': 'EPC第123(2)条', en: 'Art 123(2) EPC' },
}

/** Claims as amended (`after`), the claims they amend (`before`), and the application as filed. */
export interface AddedMatterInput {
  before: readonly ComparedClaim[]
  after: readonly ComparedClaim[]
  original: OriginalText
}

/** A span an amendment adds that the application as filed does not support. */
export interface AddedMatterFinding extends Finding {
  /** The nearest passage of the original disclosure, as written there; null when nothing is near. */
  hint: string | null
}

/**
 * The added-matter check (CN A33, 35 USC 132(a), EPC 123(2); DOMAIN.md rule 14). Every clause
 * an amendment adds to `after` (compared with `before`, the claims it amends) must be found in
 * the original claims or description: word for word, or in one original passage that holds every
 * content word of it (Chinese: every character, by its character pairs), only the joining and
 * placing words (其中, 设置, wherein, mounted) differing. A species where the original names only
 * its genus fails, since the species' own words are nowhere. A feature the addition introduces
 * ("和电流传感器") must also be written whole somewhere: its words found in a passage that never
 * names it ("调节充电电流", "温度传感器") do not disclose it. Renumbering, updated claim
 * references, splice words and punctuation, and deletions add nothing and are never flagged.
 * Findings point into `after`'s claim texts; `claim` is the claim's number in `after`.
 */
export function checkAddedMatter(
  input: AddedMatterInput,
  jurisdiction: Jurisdiction,
  comparisons: readonly ClaimComparison[] = compareClaims([...input.before], [...input.after]),
): AddedMatterFinding[] {
  const findings: AddedMatterFinding[] = []
  for (const comparison of comparisons) {
    if (comparison.number === null || comparison.status === 'unchanged' || comparison.insertions.length === 0) continue
    const language = detectClaimLanguage(comparison.text)
    const disclosure = originalDisclosure(input.original, language)
    let features: TextRange[] | undefined
    for (const clause of addedClauses(comparison.text, comparison.segments, comparison.number, language)) {
      features ??= introducedFeatures(comparison.text, comparison.number, jurisdiction)
      const finding = judgeClause(clause, disclosure, language) ?? unwrittenFeature(clause, features, comparison.text, disclosure, language)
      if (finding) findings.push(addedMatterFinding(comparison, finding, jurisdiction))
    }
  }
  return findings
}

interface UnsupportedClause {
  start: number
  end: number
  /**
   * `absent`: some of its words are nowhere in the original; `apart`: they are there, never
   * together in one passage; `unwritten`: a feature it introduces is named nowhere, though its
   * words are there.
   */
  support: 'absent' | 'apart' | 'unwritten'
  nearest: OriginalPassage | null
}

/** Null when the clause is supported; else the span to flag and the nearest original passage. */
function judgeClause(clause: AddedClause, disclosure: OriginalDisclosure, language: ClaimLanguage): UnsupportedClause | null {
  const { units, added } = clause
  const first = added[0]!
  const last = added[added.length - 1]!
  if (disclosure.containsExactly(joinUnits(units.slice(first, last + 1).filter((unit) => unit.content), language))) return null
  // Only joining words added ("，其中", "wherein"): nothing to find.
  if (unsupportedUnits(clause, added, new Set(), language).length === 0) return null
  for (const index of supportCandidates(clause, disclosure, language)) {
    if (unsupportedUnits(clause, added, disclosure.passages[index]!.keys, language).length === 0) return null
  }
  const nowhere = unsupportedUnits(clause, added, disclosure.allKeys, language)
  const [start, end] = nowhere.length > 0 ? wholeWords(clause, nowhere, language) : [first, last]
  return {
    start: units[start]!.start,
    end: units[end]!.end,
    support: nowhere.length > 0 ? 'absent' : 'apart',
    nearest: nearestPassage(clause, disclosure, language),
  }
}

/**
 * The nearest passage shares most words of the whole clause, those kept around the addition too,
 * in as few words of its own as it can (Dice coefficient); on a tie, the first.
 */
function nearestPassage(clause: AddedClause, disclosure: OriginalDisclosure, language: ClaimLanguage): OriginalPassage | null {
  const keys = clauseKeys(clause, language)
  const shared = new Map<number, number>()
  for (const key of keys) for (const index of disclosure.passagesWith(key)) shared.set(index, (shared.get(index) ?? 0) + 1)
  let nearest: { index: number; score: number } | null = null
  for (const [index, count] of shared) {
    const score = (2 * count) / (keys.size + disclosure.passages[index]!.keys.size)
    if (!nearest || score > nearest.score || (score === nearest.score && index < nearest.index)) nearest = { index, score }
  }
  return nearest ? disclosure.passages[nearest.index]! : null
}

/** The features an amended claim introduces ("包括A和B", "一个B", "a B"), as the claim parser reads them. */
function introducedFeatures(text: string, number: number, jurisdiction: Jurisdiction): TextRange[] {
  const [claim] = parseClaimList([{ number, text }], { jurisdiction })
  return claim ? claim.terms.filter((term) => term.kind === 'introduced').map((term) => term.range) : []
}

// "第一电流传感器": an ordinal numbers a feature and adds no matter.
const LEADING_ORDINAL = /^第[一二三四五六七八九十\d]+/

/**
 * The words of a feature that name it, which the application must write together: Chinese, all
 * but an ordinal; English, the nouns from the first on ("current sensor" of "a first current
 * sensor"), as a quality the description states apart ("the cover is removable") discloses
 * "a removable cover".
 */
function featureName(name: string, language: ClaimLanguage): string {
  if (language === 'zh') return name.replace(LEADING_ORDINAL, '')
  const words = name.split(/\s+/)
  const first = words.findIndex((word) => /^[a-z]/i.test(word) && !ORDINAL_WORDS.has(word.toLowerCase()) && canBeNoun(word.toLowerCase()))
  return first < 0 ? '' : words.slice(first).join(' ')
}
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'further', 'additional', 'other'])

/**
 * A clause its passage supports word by word may still add a feature that the application as
 * filed never names: "所述采集模块包括温度传感器和电流传感器" is found in "根据所述温度传感器检测的温度
 * 调节充电电流", whose 电流 and 传感器 make no current sensor. The first feature the addition
 * introduces that no original claim nor the description writes, ordinal aside.
 */
function unwrittenFeature(
  clause: AddedClause,
  features: readonly TextRange[],
  text: string,
  disclosure: OriginalDisclosure,
  language: ClaimLanguage,
): UnsupportedClause | null {
  const { units, added } = clause
  for (const feature of features) {
    if (!added.some((index) => units[index]!.start >= feature.start && units[index]!.start < feature.end)) continue
    const name = featureName(text.slice(feature.start, feature.end), language)
    const nameUnits = textUnits(name, language).filter((unit) => unit.content)
    if (nameUnits.length < 2 || disclosure.containsExactly(joinUnits(nameUnits, language))) continue
    return { start: feature.start, end: feature.end, support: 'unwritten', nearest: nearestPassage(clause, disclosure, language) }
  }
  return null
}

/** Whether a key holds only joining words, which say nothing of what a passage is about. */
const isFunctionKey = (key: string, language: ClaimLanguage) => (language === 'en' ? isEnglishFunctionWord(key) : isChineseFunctionRun(key))

/** The keys of a whole clause, as OriginalDisclosure keys its passages, less those of joining words only. */
function clauseKeys({ units, from, to }: AddedClause, language: ClaimLanguage): Set<string> {
  const keys = new Set<string>()
  for (let index = from; index < to; index++) {
    keys.add(units[index]!.key)
    if (language === 'zh' && index + 1 < to) keys.add(units[index]!.key + units[index + 1]!.key)
  }
  for (const key of keys) if (isFunctionKey(key, language)) keys.delete(key)
  return keys
}

/**
 * The passages that may support a clause: those holding a key that covers its rarest required
 * unit — a content word (English), a character no function word contains (Chinese) — since a
 * supporting passage must cover every such unit; when there is none, those holding any key of
 * the added text.
 */
function supportCandidates(clause: AddedClause, disclosure: OriginalDisclosure, language: ClaimLanguage): Set<number> {
  const { units, added } = clause
  const required = added.filter((index) => (language === 'en' ? !isEnglishFunctionWord(units[index]!.key) : !isFunctionCharacter(units[index]!.key)))
  const keysOf = (indexes: readonly number[]) => {
    const keys = new Set<string>()
    for (const index of indexes) for (const key of coveringKeys(units, index, language)) if (!isFunctionKey(key, language)) keys.add(key)
    return [...keys]
  }
  const postingsOf = (keys: readonly string[]) => keys.reduce((sum, key) => sum + disclosure.passagesWith(key).length, 0)
  const rarest = required.map((index) => keysOf([index])).sort((a, b) => postingsOf(a) - postingsOf(b))[0] ?? keysOf(added)
  const candidates = new Set<number>()
  for (const key of rarest) for (const index of disclosure.passagesWith(key)) candidates.add(index)
  return candidates
}

/** The keys that would cover a unit (coveredChinese): its pairs with content neighbours and itself. */
function coveringKeys(units: readonly TextUnit[], index: number, language: ClaimLanguage): string[] {
  const key = units[index]!.key
  if (language === 'en') return [key]
  const keys = [key]
  if (units[index - 1]?.content) keys.push(units[index - 1]!.key + key)
  if (units[index + 1]?.content) keys.push(key + units[index + 1]!.key)
  return keys
}

/**
 * The flagged units, widened in Chinese over an added character at the edge of the addition,
 * which only a pair with the text kept around it supported: "不锈钢" is flagged whole even when
 * the original happens to hold "由不" (由不同的材料).
 */
function wholeWords({ units, added }: AddedClause, flagged: number[], language: ClaimLanguage): [number, number] {
  let start = flagged[0]!
  let end = flagged[flagged.length - 1]!
  if (language === 'zh') {
    const isAdded = new Set(added)
    const widens = (index: number, beyond: number) => isAdded.has(index) && !isAdded.has(beyond) && !isChineseFunctionRun(units[index]!.key)
    while (widens(start - 1, start - 2)) start--
    while (widens(end + 1, end + 2)) end++
  }
  return [start, end]
}

/**
 * The added units that `keys` (a passage's, or the whole original's) do not support. English:
 * a content word whose stem is not among the keys. Chinese: a run of characters none of whose
 * pairs with a neighbour is among the keys, unless the run is only function words.
 */
function unsupportedUnits({ units }: AddedClause, added: readonly number[], keys: KeySet, language: ClaimLanguage): number[] {
  const unsupported: number[] = []
  if (language === 'en') {
    for (const index of added) if (!keys.has(units[index]!.key) && !isEnglishFunctionWord(units[index]!.key)) unsupported.push(index)
    return unsupported
  }
  let run: number[] = []
  for (const index of added) {
    if (run.length > 0 && (index !== run[run.length - 1]! + 1 || coveredChinese(units, index, keys))) {
      unsupported.push(...withoutFunctionEdges(units, run))
      run = []
    }
    if (!coveredChinese(units, index, keys)) run.push(index)
  }
  if (run.length > 0) unsupported.push(...withoutFunctionEdges(units, run))
  return unsupported
}

/** Whether `keys` hold a Chinese unit's pair with a neighbouring character, or the unit itself when it stands alone. */
function coveredChinese(units: readonly TextUnit[], index: number, keys: KeySet): boolean {
  const unit = units[index]!
  const before = units[index - 1]
  const after = units[index + 1]
  if (before?.content && keys.has(before.key + unit.key)) return true
  if (after?.content && keys.has(unit.key + after.key)) return true
  return !before?.content && !after?.content && keys.has(unit.key)
}

/** The units of an uncovered run that carry matter: none when the run is only function words, else the run less the function words at its ends ("由不锈钢" → "不锈钢"). */
function withoutFunctionEdges(units: readonly TextUnit[], run: number[]): number[] {
  const text = run.map((index) => units[index]!.key).join('')
  if (isChineseFunctionRun(text)) return []
  let start = 0
  while (start < text.length - 1 && isChineseFunctionRun(text.slice(0, start + 1))) start++
  let end = text.length
  while (end > start + 1 && isChineseFunctionRun(text.slice(end - 1))) end--
  return run.slice(start, end)
}

const HINT_LENGTH = 160

function passageLabel(passage: OriginalPassage): LocalizedText {
  return passage.origin.part === 'claim'
    ? { 'zh-CN': `原权利要求${passage.origin.claim}`, en: `original claim ${passage.origin.claim}` }
    : { 'zh-CN': '原说明书', en: 'the description as filed' }
}

function addedMatterFinding(comparison: ClaimComparison, clause: UnsupportedClause, jurisdiction: Jurisdiction): AddedMatterFinding {
  const number = comparison.number!
  const span = comparison.text.slice(clause.start, clause.end)
  const hint = clause.nearest ? clause.nearest.text.slice(0, HINT_LENGTH) + (clause.nearest.text.length > HINT_LENGTH ? '…' : '') : null
  const source = ADDED_MATTER_SOURCE[jurisdiction]
  // Words found only apart, or a name written nowhere whole, stay a warning: the check reads
  // characters and word stems, not meaning, so a synonym or a feature the description discloses
  // across two sentences ("设有传感器。该传感器检测充电电流。") would be a false error. If nothing as
  // filed discloses it in other words, the amendment goes beyond it (A33), and the message says so.
  const beyond = {
    'zh-CN': `除非原申请文件以其他表述记载了该内容，该修改超出原说明书和权利要求书记载的范围，不符合${source['zh-CN']}`,
    en: `unless the application as filed discloses it in other words, this goes beyond the original disclosure (${source.en})`,
  }
  // The claim is named where the finding is shown (its `claim`), as for every other rule.
  const message: LocalizedText = clause.support === 'absent'
    ? { 'zh-CN': `修改加入的“${span}”在原说明书和权利要求书中没有记载`, en: `Adds “${span}”, which the application as filed does not disclose` }
    : clause.support === 'apart'
      ? {
          'zh-CN': `修改加入的“${span}”在原说明书和权利要求书中没有一起记载，其中的字词只分散出现在不同位置；${beyond['zh-CN']}`,
          en: `Adds “${span}”, whose words the application as filed has only apart, never together; ${beyond.en}`,
        }
      : {
          'zh-CN': `修改加入的“${span}”在原说明书和权利要求书中没有记载，只有其中的字词出现在别处；${beyond['zh-CN']}`,
          en: `Adds “${span}”, which the application as filed never names, though it has its words; ${beyond.en}`,
        }
  const label = clause.nearest ? passageLabel(clause.nearest) : null
  return {
    rule: ADDED_MATTER,
    severity: clause.support === 'absent' ? 'error' : 'warning',
    part: 'claims',
    claim: number,
    start: clause.start,
    end: clause.end,
    message,
    advice: label
      ? {
          'zh-CN': `修改不得超出原说明书和权利要求书记载的范围（${source['zh-CN']}）。最接近的原文（${label['zh-CN']}）：“${hint}”`,
          en: `An amendment may not go beyond the application as filed (${source.en}). Nearest original passage (${label.en}): “${hint}”`,
        }
      : {
          'zh-CN': `修改不得超出原说明书和权利要求书记载的范围（${source['zh-CN']}）：删除该内容，或改用原文的表述。`,
          en: `An amendment may not go beyond the application as filed (${source.en}): remove it, or use the wording the application as filed has.`,
        },
    hint,
  }
}
