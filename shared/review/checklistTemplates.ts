import type { DocumentKind } from '../domain/documentKinds'
import type { LocalizedText } from '../i18n/locale'

/** One question of a checklist template. */
export interface ChecklistTemplateItem {
  /** Stable id: marks, notes and API calls refer to it. */
  id: string
  label: LocalizedText
  /** Share of the score; a template's weights add up to 100. */
  weight: number
  /** An approval is refused while a required item has not passed (unless overridden). */
  required: boolean
  /** Set by the drafting checker from this rule's findings instead of by a person. */
  rule?: string
  /**
   * Further rules whose findings decide the item with `rule` ("Referenced claims exist and come
   * earlier": a missing claim or a later one). Optional, so that templates saved with one rule read as before.
   */
  alsoRules?: readonly string[]
}

const item = (id: string, weight: number, zh: string, en: string, extra: Partial<ChecklistTemplateItem> = {}): ChecklistTemplateItem => ({
  id,
  label: { 'zh-CN': zh, en },
  weight,
  required: false,
  ...extra,
})

/**
 * Disclosure: the pre-filing evaluation of GB/T 42748-2023 (专利评估指引) — legal, technical and
 * economic value — plus the completeness of the form (seed 002: a complete disclosure before drafting).
 */
const DISCLOSURE: readonly ChecklistTemplateItem[] = [
  item('legal.stability', 8, '法律价值：稳定性（新颖性、创造性前景）', 'Legal value: stability (novelty and inventive-step prospects)'),
  item('legal.design-around', 7, '法律价值：规避设计难度', 'Legal value: design-around risk'),
  item('legal.infringement-proof', 7, '法律价值：侵权可判定性（取证难易）', 'Legal value: ease of proving infringement'),
  item('legal.remaining-term', 4, '法律价值：剩余保护期', 'Legal value: remaining term'),
  item('technical.advancement', 8, '技术价值：先进性', 'Technical value: advancement'),
  item('technical.maturity', 6, '技术价值：成熟度', 'Technical value: maturity'),
  item('technical.substitutability', 6, '技术价值：不可替代性', 'Technical value: substitutability'),
  item('technical.scope', 6, '技术价值：适用范围', 'Technical value: scope of application'),
  item('economic.market', 10, '经济价值：市场应用情况与规模', 'Economic value: market use and size', { required: true }),
  item('economic.licensing', 6, '经济价值：许可转让前景', 'Economic value: licensing prospects'),
  item('economic.policy', 4, '经济价值：政策适应性', 'Economic value: policy fit'),
  item('form.required-fields', 16, '交底书完整：必填栏目均已填写', 'Complete form: every required field is filled', {
    required: true,
    rule: 'disclosure.required-fields',
  }),
  item('form.reference-numerals', 6, '附图标记与正文一致', 'Reference numerals match the text', { rule: 'disclosure.reference-numerals' }),
  item('form.prior-art-search', 6, '已记录现有技术检索', 'Prior-art search is logged'),
]

/** Claim set: seed 002 on drafting quality, and the drafting rules that decide form. */
const CLAIMS: readonly ChecklistTemplateItem[] = [
  item('quality.prior-art-searched', 15, '已检索全球现有技术', 'Global prior art searched', { required: true }),
  item('quality.innovation-points', 15, '已识别真正的创新点', 'Real innovation points identified', { required: true }),
  item('quality.scope', 15, '权利要求布局合理、保护范围适当', 'Claim configuration and scope reasonable'),
  item('quality.categories', 10, '从产品、方法、系统、介质等多角度保护', 'Protected from several angles (product, method, system, medium)'),
  item('rule.support', 10, '权利要求得到说明书支持', 'Claims supported by the description', { rule: 'claims.unsupported-term' }),
  item('rule.antecedent-basis', 10, '引导词“所述”均有在先基础', 'Antecedent basis for every "said" and "the"', { rule: 'claims.antecedent-basis' }),
  item('rule.references', 5, '引用的权利要求均存在且在前', 'Referenced claims exist and come earlier', {
    rule: 'claims.reference-missing',
    alsoRules: ['claims.reference-forward'],
  }),
  item('rule.multiple-dependency', 5, '多项从属权利要求择一引用', 'Multiple dependencies in the alternative only', {
    rule: 'claims.multiple-dependency-alternative',
  }),
  item('rule.single-sentence', 5, '每项权利要求只有一个句号', 'One sentence per claim', { rule: 'claims.single-sentence' }),
  item('rule.no-drawing-references', 5, '权利要求不引用说明书或附图', 'No references to the description or drawings', {
    rule: 'claims.refers-to-description',
  }),
  item('rule.abstract-length', 5, '摘要字数符合要求', 'Abstract within its length limit', { rule: 'abstract.length' }),
]

/** Office-action reply: completeness (DOMAIN.md rules 14 and 15). */
const OA_REPLY: readonly ChecklistTemplateItem[] = [
  item('reply.every-ground', 20, '逐条答复了审查意见的每一个理由', 'Every ground raised is answered', { required: true }),
  item('reply.within-disclosure', 20, '修改未超出原说明书和权利要求书记载的范围', 'Amendments stay within the original disclosure', {
    required: true,
  }),
  item('reply.distinguishing-features', 15, '列明区别技术特征', 'Distinguishing features identified'),
  item('reply.problem-solved', 15, '说明实际解决的技术问题及说明书依据', 'Problem actually solved, with its support in the description'),
  item('rule.antecedent-basis', 10, '修改后权利要求的引导词均有在先基础', 'Amended claims: antecedent basis', { rule: 'claims.antecedent-basis' }),
  item('rule.references', 10, '修改后权利要求的引用关系正确', 'Amended claims: references correct', {
    rule: 'claims.reference-missing',
    alsoRules: ['claims.reference-forward'],
  }),
  item('reply.deadline', 10, '已核对答复期限', 'Reply deadline checked'),
]

/** The checklist template of each document kind. Weights of each add up to 100. */
export const CHECKLIST_TEMPLATES: Record<DocumentKind, readonly ChecklistTemplateItem[]> = {
  disclosure: DISCLOSURE,
  claims: CLAIMS,
  'oa-reply': OA_REPLY,
}

/** The pass line of a workspace that has not set its own (seed 001: 70 in the first year). */
export const DEFAULT_PASS_LINE = 70
