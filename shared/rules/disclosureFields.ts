import type { LocalizedText } from './types'

/**
 * The fields of a disclosure form (技术交底书), in the order the form shows them (DOMAIN.md
 * "The three document kinds"). `required` fields must be filled before the disclosure goes on to
 * drafting. `noneIsAnAnswer`: "无" / "none" answers the field (nothing published before the filing,
 * no drawings, so no numerals); in every other field it says nothing, as the invention always has a
 * field, a background (Implementing Rules Art. 20), a problem, a solution, effects, an embodiment and
 * points to protect, and where an inventor knows of no prior art the form asks why (the rule's advice).
 */
export const DISCLOSURE_FIELDS = [
  { key: 'title', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '发明名称', en: 'Title' } },
  { key: 'technicalField', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '技术领域', en: 'Technical field' } },
  { key: 'background', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '背景技术及其缺陷', en: 'Background and its shortcomings' } },
  { key: 'technicalProblem', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '要解决的技术问题', en: 'Technical problem' } },
  { key: 'technicalSolution', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '技术方案', en: 'Technical solution' } },
  { key: 'keyFeatures', required: false, noneIsAnAnswer: false, label: { 'zh-CN': '关键技术特征', en: 'Key features' } },
  { key: 'beneficialEffects', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '有益效果', en: 'Beneficial effects' } },
  { key: 'drawings', required: false, noneIsAnAnswer: true, label: { 'zh-CN': '附图说明', en: 'Drawings' } },
  { key: 'referenceNumerals', required: false, noneIsAnAnswer: true, label: { 'zh-CN': '附图标记说明', en: 'Reference numerals' } },
  { key: 'embodiments', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '具体实施方式及变形', en: 'Embodiments and variants' } },
  { key: 'protectionPoints', required: true, noneIsAnAnswer: false, label: { 'zh-CN': '欲保护点', en: 'Points to protect' } },
  { key: 'priorArtSearch', required: false, noneIsAnAnswer: false, label: { 'zh-CN': '现有技术检索记录', en: 'Prior-art search log' } },
  { key: 'inventors', required: false, noneIsAnAnswer: false, label: { 'zh-CN': '发明人及贡献', en: 'Inventors and their shares' } },
  { key: 'priorPublication', required: false, noneIsAnAnswer: true, label: { 'zh-CN': '在先公开（宽限期）', en: 'Prior publication (grace period)' } },
] as const satisfies readonly { key: string; required: boolean; noneIsAnAnswer: boolean; label: LocalizedText }[]

export type DisclosureFieldKey = (typeof DISCLOSURE_FIELDS)[number]['key']

/** The keys of the fields that must be filled. */
export const REQUIRED_DISCLOSURE_FIELDS: readonly DisclosureFieldKey[] = DISCLOSURE_FIELDS
  .filter((field) => field.required)
  .map((field) => field.key)
