import { isRuleId, type RuleId } from '../../shared/rules/ruleIds'

/**
 * The checks of a reply and its amendments, which are not drafting rules but whose findings are
 * dismissed too. Written out, not imported: their modules would bring the checker into the first
 * page's script (ruleNames.test.ts holds them to the modules' ids).
 */
export const REPLY_CHECK_IDS = [
  'amendment.added-matter',
  'reply.ground-unanswered',
  'reply.objection-claims-unreadable',
  'reply.cited-document-empty',
  'cn.reply-amendment-not-objected',
  'us.reply-claim-renumbered',
] as const

/** Every check whose findings can be dismissed: a drafting rule or a check of a reply. */
export type CheckId = RuleId | (typeof REPLY_CHECK_IDS)[number]

export const isCheckId = (value: string): value is CheckId => isRuleId(value) || (REPLY_CHECK_IDS as readonly string[]).includes(value)

/**
 * Each drafting rule named as a reader would name the check, for the places that name a rule
 * rather than show one of its findings: the process archive (a dismissed finding) and the
 * checklist templates (an item the checker decides). Typed by RULE_IDS and the reply's checks, so a
 * new one must be named.
 */
type RuleNames = Record<`ruleName.${CheckId}`, string>

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
  'ruleName.claims.repeated-limitation': 'Limitation stated twice in a claim',
  'ruleName.claims.means-plus-function': 'Means-plus-function wording',
  'ruleName.claims.two-part-form': 'Two-part form',
  'ruleName.claims.unsupported-term': 'Support in the description',
  'ruleName.claims.fees': 'Claims over the fee limits',
  'ruleName.abstract.length': 'Length of the abstract',
  'ruleName.title.length': 'Length of the title',
  'ruleName.description.parts': 'Parts of the description',
  'ruleName.disclosure.required-fields': 'Required fields of the disclosure',
  'ruleName.disclosure.reference-numerals': 'Reference numerals of the disclosure',
  'ruleName.amendment.added-matter': 'Amendment beyond the application as filed',
  'ruleName.reply.ground-unanswered': 'Objection not answered',
  'ruleName.reply.objection-claims-unreadable': 'Claims of an objection not readable',
  'ruleName.reply.cited-document-empty': 'Cited document not filled in',
  'ruleName.cn.reply-amendment-not-objected': 'Amendment not aimed at an objection',
  'ruleName.us.reply-claim-renumbered': 'Claims renumbered in the reply',
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
  'ruleName.claims.repeated-limitation': '同一限定重复记载',
  'ruleName.claims.means-plus-function': '功能性限定',
  'ruleName.claims.two-part-form': '两段式撰写',
  'ruleName.claims.unsupported-term': '得到说明书支持',
  'ruleName.claims.fees': '权利要求数超出收费基数',
  'ruleName.abstract.length': '摘要字数',
  'ruleName.title.length': '发明名称字数',
  'ruleName.description.parts': '说明书的组成部分',
  'ruleName.disclosure.required-fields': '交底书必填项',
  'ruleName.disclosure.reference-numerals': '交底书附图标记',
  'ruleName.amendment.added-matter': '修改超出原申请记载的范围',
  'ruleName.reply.ground-unanswered': '审查意见未答复',
  'ruleName.reply.objection-claims-unreadable': '审查意见所涉权利要求无法识别',
  'ruleName.reply.cited-document-empty': '对比文件未填写',
  'ruleName.cn.reply-amendment-not-objected': '修改未针对通知书指出的缺陷',
  'ruleName.us.reply-claim-renumbered': '答复中权利要求重新编号',
}
