import { detectClaimLanguage } from '../claims/claimLanguage'
import type { ClaimLanguage, Jurisdiction } from '../claims/types'
import { compareClaims, type ClaimComparison, type ComparedClaim } from '../editor/compareClaims'
import type { Finding, LocalizedText } from '../rules/types'
import { addedClauses, type AddedClause } from './addedClauses'
import { isChineseFunctionRun, isEnglishFunctionWord } from './functionWords'
import { originalDisclosure, type OriginalDisclosure, type OriginalPassage, type OriginalText } from './originalDisclosure'
import { joinUnits } from './textUnits'

export const ADDED_MATTER = 'amendment.added-matter'

/** The provision an amendment must keep to, per office. */
export const ADDED_MATTER_SOURCE: Record<Jurisdiction, LocalizedText> = {
  CN: { 'zh-CN': '专利法第33条', en: 'Patent Law A33' },
  US: { 'zh-CN': '35 USC 132(a)', en: '35 USC 132(a)' },
  EP: { 'zh-CN': 'EPC第123(2)条', en: 'Art 123(2) EPC' },
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
 * its genus fails, since the species' own words are nowhere. Renumbering, updated claim
 * references, splice words and punctuation, and deletions add nothing and are never flagged.
 * Findings point into `after`'s claim texts; `claim` is the claim's number in `after`.
 */
export function checkAddedMatter(
  input: { before: readonly ComparedClaim[]; after: readonly ComparedClaim[]; original: OriginalText },
  jurisdiction: Jurisdiction,
  comparisons: readonly ClaimComparison[] = compareClaims([...input.before], [...input.after]),
): AddedMatterFinding[] {
  const findings: AddedMatterFinding[] = []
  for (const comparison of comparisons) {
    if (comparison.number === null || comparison.status === 'unchanged' || comparison.insertions.length === 0) continue
    const language = detectClaimLanguage(comparison.text)
    const disclosure = originalDisclosure(input.original, language)
    for (const clause of addedClauses(comparison.text, comparison.segments, comparison.number, language)) {
      const finding = judgeClause(clause, disclosure, language)
      if (finding) findings.push(addedMatterFinding(comparison, finding, jurisdiction))
    }
  }
  return findings
}

interface UnsupportedClause {
  start: number
  end: number
  /** Some of its words are nowhere in the original, rather than only never together. */
  absent: boolean
  nearest: OriginalPassage | null
}

/** Null when the clause is supported; else the span to flag and the nearest original passage. */
function judgeClause(clause: AddedClause, disclosure: OriginalDisclosure, language: ClaimLanguage): UnsupportedClause | null {
  const { units, added } = clause
  const first = added[0]!
  const last = added[added.length - 1]!
  if (disclosure.containsExactly(joinUnits(units.slice(first, last + 1).filter((unit) => unit.content), language))) return null
  // Only joining words added ("，其中", "wherein"): nothing to find.
  if (unsupportedUnits(clause, clause.added, new Set(), language).length === 0) return null
  const keys = clauseKeys(clause, language)
  let nearest: { passage: OriginalPassage; score: number } | null = null
  for (const passage of disclosure.passages) {
    // The nearest passage shares most of the whole clause, the words kept around the addition too,
    // in as few words of its own as it can (Dice coefficient of their keys). A passage sharing
    // nothing can support nothing.
    let shared = 0
    for (const key of keys) if (passage.keys.has(key)) shared++
    if (shared === 0) continue
    if (unsupportedUnits(clause, clause.added, passage.keys, language).length === 0) return null
    const score = (2 * shared) / (keys.size + passage.keys.size)
    if (!nearest || score > nearest.score) nearest = { passage, score }
  }
  const nowhere = unsupportedUnits(clause, clause.added, disclosure.allKeys, language)
  const [start, end] = nowhere.length > 0 ? wholeWords(clause, nowhere, language) : [first, last]
  return { start: units[start]!.start, end: units[end]!.end, absent: nowhere.length > 0, nearest: nearest?.passage ?? null }
}

/** The keys of a whole clause, as OriginalDisclosure keys its passages. */
function clauseKeys({ units, from, to }: AddedClause, language: ClaimLanguage): Set<string> {
  const keys = new Set<string>()
  for (let index = from; index < to; index++) {
    if (language === 'en' && isEnglishFunctionWord(units[index]!.key)) continue
    keys.add(units[index]!.key)
    if (language === 'zh' && index + 1 < to) keys.add(units[index]!.key + units[index + 1]!.key)
  }
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
function unsupportedUnits({ units }: AddedClause, added: readonly number[], keys: ReadonlySet<string>, language: ClaimLanguage): number[] {
  if (language === 'en') return added.filter((index) => !keys.has(units[index]!.key) && !isEnglishFunctionWord(units[index]!.key))
  const pairedWith = (index: number, other: number) => {
    const neighbour = units[other]
    if (!neighbour?.content) return false
    return keys.has(other < index ? neighbour.key + units[index]!.key : units[index]!.key + neighbour.key)
  }
  const alone = (index: number) => !units[index - 1]?.content && !units[index + 1]?.content
  const covered = (index: number) => pairedWith(index, index - 1) || pairedWith(index, index + 1) || (alone(index) && keys.has(units[index]!.key))
  const unsupported: number[] = []
  let run: number[] = []
  const closeRun = () => {
    unsupported.push(...withoutFunctionEdges(run.map((index) => units[index]!.key).join(''), run))
    run = []
  }
  for (const index of added) {
    if (run.length > 0 && index !== run[run.length - 1]! + 1) closeRun()
    if (!covered(index)) run.push(index)
    else closeRun()
  }
  closeRun()
  return unsupported
}

/** The units of an uncovered run that carry matter: none when the run is only function words, else the run less the function words at its ends ("由不锈钢" → "不锈钢"). */
function withoutFunctionEdges(run: string, indexes: number[]): number[] {
  if (isChineseFunctionRun(run)) return []
  let start = 0
  while (start < run.length - 1 && isChineseFunctionRun(run.slice(0, start + 1))) start++
  let end = run.length
  while (end > start + 1 && isChineseFunctionRun(run.slice(end - 1))) end--
  return indexes.slice(start, end)
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
  const message: LocalizedText = clause.absent
    ? { 'zh-CN': `权利要求${number}修改加入的“${span}”在原说明书和权利要求书中没有记载`, en: `Claim ${number} adds “${span}”, which the application as filed does not disclose` }
    : {
        'zh-CN': `权利要求${number}修改加入的“${span}”在原申请文件中只分散记载，未在同一处一起记载`,
        en: `Claim ${number} adds “${span}”, whose parts the application as filed discloses only apart, never together`,
      }
  const label = clause.nearest ? passageLabel(clause.nearest) : null
  const source = ADDED_MATTER_SOURCE[jurisdiction]
  return {
    rule: ADDED_MATTER,
    severity: clause.absent ? 'error' : 'warning',
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
