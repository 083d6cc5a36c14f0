import type { RuleId } from '../../shared/rules/ruleIds'

/**
 * Each drafting rule named as a reader would name the check, for the places that name a rule
 * rather than show one of its findings: the process archive (a dismissed finding) and the
 * checklist templates (an item the checker decides). Typed by RULE_IDS, so a new rule must be named.
 */
type RuleNames = Record<`ruleName.${RuleId}`, string>

export const ruleNamesEn: RuleNames = {
  'ruleName.claims.numbering': 'Claim numbering',
  'ruleName.claims.reference-missing': 'Reference to a claim that does not exist',
  'ruleName.claims.reference-forward': 'Reference to a later claim',
  'ruleName.claims.multiple-dependency-alternative': 'Multiple dependency not in the alternative',
  'ruleName.claims.multiple-dependency-chain': 'Multiple dependent claim referring to another',
  'ruleName.claims.subject-mismatch': 'Subject differs from the claim referred to',
  'ruleName.claims.no-independent': 'No independent claim',
  'ruleName.claims.antecedent-basis': 'Antecedent basis',
  'ruleName.claims.antecedent-ambiguous': 'Ambiguous antecedent',
  'ruleName.claims.single-sentence': 'One sentence per claim',
  'ruleName.claims.refers-to-description': 'Reference to the description or drawings',
  'ruleName.claims.reference-sign-format': 'Reference signs in claims',
  'ruleName.claims.indefinite-term': 'Indefinite terms',
  'ruleName.claims.means-plus-function': 'Means-plus-function wording',
  'ruleName.claims.two-part-form': 'Two-part form',
  'ruleName.claims.unsupported-term': 'Support in the description',
  'ruleName.claims.fees': 'Claims over the fee limits',
  'ruleName.abstract.length': 'Length of the abstract',
  'ruleName.title.length': 'Length of the title',
  'ruleName.description.parts': 'Parts of the description',
  'ruleName.disclosure.required-fields': 'Required fields of the disclosure',
  'ruleName.disclosure.reference-numerals': 'Reference numerals of the disclosure',
}

export const ruleNamesZhCN: RuleNames = {
  'ruleName.claims.numbering': '权利要求编号',
  'ruleName.claims.reference-missing': '引用了不存在的权利要求',
  'ruleName.claims.reference-forward': '引用在后的权利要求',
  'ruleName.claims.multiple-dependency-alternative': '多项从属权利要求未择一引用',
  'ruleName.claims.multiple-dependency-chain': '多项从属权利要求引用多项从属权利要求',
  'ruleName.claims.subject-mismatch': '主题名称与所引用的权利要求不一致',
  'ruleName.claims.no-independent': '缺少独立权利要求',
  'ruleName.claims.antecedent-basis': '引用基础',
  'ruleName.claims.antecedent-ambiguous': '引用基础不明确',
  'ruleName.claims.single-sentence': '每项权利要求一句话',
  'ruleName.claims.refers-to-description': '引用说明书或附图',
  'ruleName.claims.reference-sign-format': '权利要求中的附图标记',
  'ruleName.claims.indefinite-term': '含义不确定的用语',
  'ruleName.claims.means-plus-function': '功能性限定',
  'ruleName.claims.two-part-form': '两段式撰写',
  'ruleName.claims.unsupported-term': '得到说明书支持',
  'ruleName.claims.fees': '权利要求数超出收费基数',
  'ruleName.abstract.length': '摘要字数',
  'ruleName.title.length': '发明名称字数',
  'ruleName.description.parts': '说明书的组成部分',
  'ruleName.disclosure.required-fields': '交底书必填项',
  'ruleName.disclosure.reference-numerals': '交底书附图标记',
}
