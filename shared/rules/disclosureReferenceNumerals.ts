import type { DisclosureFieldKey } from './disclosureFields'
import { partFinding } from './finding'
import { numeralsUsed, parseNumeralList } from './referenceNumerals'
import type { DisclosureInput, DisclosureRule, Finding } from './types'

/** The fields whose text describes the drawings' parts by their numerals. */
const NUMBERED_TEXT_FIELDS: readonly DisclosureFieldKey[] = [
  'technicalSolution', 'keyFeatures', 'beneficialEffects', 'drawings', 'embodiments', 'protectionPoints',
]

/**
 * The reference-numeral list and the text agree: every numeral the text gives a part is in the
 * list, and every entry of the list is used. Checked once the disclosure has drawings or a list.
 */
export const disclosureReferenceNumerals: DisclosureRule = {
  id: 'disclosure.reference-numerals',
  appliesTo: 'disclosure',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法实施细则第21条 / Implementing Rules Art. 21',
    US: '37 CFR 1.84(p)(5)',
    EP: 'EPC Rule 46(2)(i)',
  },
  title: {
    'zh-CN': '附图标记与附图标记说明一致',
    en: 'Reference numerals match their list',
  },
  advice: {
    'zh-CN': '使正文中的附图标记与附图标记说明一致：补充缺少的，删除多余的。',
    en: 'Make the numerals in the text match the list of reference numerals: add the missing ones, remove the extra ones.',
  },
  check(disclosure: DisclosureInput): Finding[] {
    const list = disclosure.fields.referenceNumerals ?? ''
    const drawings = disclosure.fields.drawings ?? ''
    if (list.trim() === '' && drawings.trim() === '') return []
    const entries = parseNumeralList(list)
    const listed = new Set(entries.map((entry) => entry.numeral))
    const findings: Finding[] = []
    const used = new Set<string>()
    for (const field of NUMBERED_TEXT_FIELDS) {
      for (const use of numeralsUsed(disclosure.fields[field] ?? '')) {
        const known = listed.has(use.numeral) || used.has(use.numeral)
        used.add(use.numeral)
        if (known) continue
        findings.push(partFinding(disclosureReferenceNumerals, 'disclosure', use.range, {
          'zh-CN': `附图标记“${use.numeral}”未列入附图标记说明`,
          en: `Reference numeral ${use.numeral} is used but missing from the reference-numeral list`,
        }, { field }))
      }
    }
    for (const entry of entries) {
      if (used.has(entry.numeral)) continue
      findings.push(partFinding(disclosureReferenceNumerals, 'disclosure', entry.range, {
        'zh-CN': `附图标记说明中的“${entry.numeral} ${entry.name}”在正文中未使用`,
        en: `Reference numeral ${entry.numeral} (${entry.name}) is listed but never used in the text`,
      }, { field: 'referenceNumerals' }))
    }
    return findings
  },
}
