/** The drafting-rule engine: the rule list, the entry points and the contract they share. */
export { RULES, CLAIM_RULES, DISCLOSURE_RULES } from './rules'
export { analyzeClaimSet, analyzeDisclosure, sortFindings } from './analyze'
export type { AnalyzeClaimSetInput, ClaimSetAnalysis } from './analyze'
export { DISCLOSURE_FIELDS, REQUIRED_DISCLOSURE_FIELDS } from './disclosureFields'
export type { DisclosureFieldKey } from './disclosureFields'
export { FEE_SCHEDULE } from './feeSchedule'
export { SEVERITIES } from './types'
export type {
  ClaimRule,
  ClaimSetInput,
  DisclosureInput,
  DisclosureRule,
  DocumentPart,
  Finding,
  Locale,
  LocalizedText,
  Rule,
  RuleDescriptor,
  Severity,
} from './types'
