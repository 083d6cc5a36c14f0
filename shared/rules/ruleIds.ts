/**
 * The id of every drafting rule, in the order of `RULES` (a test keeps the two the same). For
 * code that names rules without running them — a checklist template binding an item to a rule —
 * so that the server's main thread does not load the rules, their lexicon and their tables
 * (the checker runs on a thread of its own).
 */
export const RULE_IDS = [
  'claims.numbering',
  'claims.reference-missing',
  'claims.reference-forward',
  'claims.multiple-dependency-alternative',
  'claims.multiple-dependency-chain',
  'claims.subject-mismatch',
  'claims.no-independent',
  'claims.antecedent-basis',
  'claims.antecedent-ambiguous',
  'claims.single-sentence',
  'claims.refers-to-description',
  'claims.reference-sign-format',
  'claims.indefinite-term',
  'claims.repeated-limitation',
  'claims.means-plus-function',
  'claims.two-part-form',
  'claims.unsupported-term',
  'claims.fees',
  'abstract.length',
  'title.length',
  'description.parts',
  'disclosure.required-fields',
  'disclosure.reference-numerals',
] as const

export type RuleId = (typeof RULE_IDS)[number]

export const isRuleId = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value)
