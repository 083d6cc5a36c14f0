import { DISCLOSURE_FIELDS, type DisclosureFieldKey } from '../../shared/rules/disclosureFields'
import { headingKey } from '../../shared/rules/descriptionOutline'
import { shownText, type ImportedParagraph } from './importedParagraph'

/** Other names disclosure forms give their fields, besides Claimroom's own labels. */
const FIELD_ALIASES: Partial<Record<DisclosureFieldKey, string[]>> = {
  title: ['名称', '发明创造名称', 'Title of the invention'],
  technicalField: ['所属技术领域', 'Field'],
  background: ['背景技术', '现有技术', '现有技术及其缺陷', '现有技术的缺点', 'Background', 'Prior art'],
  technicalProblem: ['技术问题', '发明目的', '本发明要解决的技术问题', 'Problem', 'Object of the invention'],
  technicalSolution: ['技术方案', '发明内容', '本发明的技术方案', 'Solution', 'Summary'],
  keyFeatures: ['关键点', '关键技术点', 'Key points'],
  beneficialEffects: ['有益效果', '技术效果', 'Advantages', 'Effects'],
  drawings: ['附图说明', 'Brief description of the drawings', 'Drawings'],
  referenceNumerals: ['附图标记', 'Reference signs', 'List of reference numerals'],
  embodiments: ['具体实施方式', '实施例', 'Embodiments', 'Detailed description'],
  protectionPoints: ['欲保护点', '保护点', '关键点和欲保护点', 'Points to protect', 'Claims sought'],
  priorArtSearch: ['检索记录', '现有技术检索', 'Search log', 'Prior-art search'],
  inventors: ['发明人', 'Inventors'],
  priorPublication: ['在先公开', '宽限期', 'Prior publication', 'Grace period'],
}

/** What a disclosure form is headed with: the form's own name, not a field's text. */
const FORM_TITLES = new Set(['技术交底书', '专利技术交底书', '发明交底书', '交底书', 'invention disclosure', 'invention disclosure form', 'disclosure form'].map((t) => t.replace(/\s+/g, '')))

// "一、" "1." "1、" "（一）" "(1)" before a field's name.
const FIELD_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]\s*|[（(][一二三四五六七八九十0-9]+[)）]\s*)/

const FIELD_BY_KEY = new Map<string, DisclosureFieldKey>(
  DISCLOSURE_FIELDS.flatMap((field) =>
    [field.label['zh-CN'], field.label.en, ...(FIELD_ALIASES[field.key] ?? [])].map((name) => [headingKey(name), field.key] as const),
  ),
)

/** The field a paragraph opens, and the text that follows the field's name on the same line ("发明名称：一种紧固件"). */
export function fieldOpenedBy(text: string): { field: DisclosureFieldKey; rest: string } | null {
  const unnumbered = text.trim().replace(FIELD_NUMBER, '')
  const colon = unnumbered.search(/[:：]/)
  const name = colon >= 0 ? unnumbered.slice(0, colon) : unnumbered
  if (name.length > 40) return null
  const field = FIELD_BY_KEY.get(headingKey(name))
  return field ? { field, rest: colon >= 0 ? unnumbered.slice(colon + 1).trim() : '' } : null
}

/**
 * A disclosure form's paragraphs by field, read at each field's name. Text before the first
 * field's name is taken as the technical solution, where an inventor's free account belongs.
 */
export function disclosureSections(paragraphs: readonly ImportedParagraph[]): Map<DisclosureFieldKey, string[]> {
  const sections = new Map<DisclosureFieldKey, string[]>()
  let current: DisclosureFieldKey = 'technicalSolution'
  const add = (field: DisclosureFieldKey, text: string) => {
    if (text) sections.set(field, [...(sections.get(field) ?? []), text])
  }
  for (const paragraph of paragraphs) {
    const text = shownText(paragraph)
    if (!text || FORM_TITLES.has(headingKey(text))) continue
    const opened = fieldOpenedBy(text)
    if (opened) {
      current = opened.field
      add(current, opened.rest)
    } else {
      add(current, text)
    }
  }
  return sections
}
