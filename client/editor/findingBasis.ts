import type { Jurisdiction } from '../../shared/claims/types'
import type { LocatedFinding } from '../../shared/editor/analyzePatentDocument'
import type { LocalizedText } from '../../shared/i18n/locale'
import type { RuleDescriptor } from '../../shared/rules/types'

/**
 * A finding as the editor shows it: with the legal basis of its rule for the matter's office, in
 * each language, or null when its rule cites none there (the checks of a reply's form).
 */
export interface ShownFinding extends LocatedFinding {
  basis: LocalizedText | null
}

const HAN = /\p{Script=Han}/u

/**
 * A rule's source as each reader cites it. A Chinese source is written in both languages,
 * "专利法第26条第4款 / Patent Law Art. 26(4)": a Chinese reader gets the first half, the others the
 * second. A US or EPO source ("35 USC 112(b)", "EPC Art. 84") is cited the same way in both.
 */
export function sourceInEachLanguage(source: string): LocalizedText {
  const halves = source.split(' / ')
  if (halves.length === 2 && HAN.test(halves[0]!) && !HAN.test(halves[1]!)) return { 'zh-CN': halves[0]!, en: halves[1]! }
  return { 'zh-CN': source, en: source }
}

/** The legal basis of every rule that cites one for `jurisdiction`, by rule id. */
export function legalBases(rules: readonly RuleDescriptor[], jurisdiction: Jurisdiction): ReadonlyMap<string, LocalizedText> {
  return new Map(
    rules.flatMap((rule) => {
      const source = rule.source[jurisdiction]
      return source ? [[rule.id, sourceInEachLanguage(source)] as const] : []
    }),
  )
}

/** Each finding with the legal basis of its rule. */
export const withBasis = (findings: readonly LocatedFinding[], bases: ReadonlyMap<string, LocalizedText>): ShownFinding[] =>
  findings.map((finding) => ({ ...finding, basis: bases.get(finding.rule) ?? null }))
