import type { ParsedClaim, TextRange } from '../claims/types'
import type { DocumentPart, Finding, LocalizedText, RuleDescriptor, Severity } from './types'

/** Where one finding differs from its rule: a milder severity for an office, its own advice. */
export interface FindingOverrides {
  severity?: Severity
  advice?: LocalizedText
  variant?: string
}

/** A finding inside one claim, located by a range of ParsedClaim.text. */
export function claimFinding(
  rule: RuleDescriptor,
  claim: ParsedClaim,
  range: TextRange,
  message: LocalizedText,
  overrides: FindingOverrides = {},
): Finding {
  return {
    rule: rule.id,
    severity: overrides.severity ?? rule.severity,
    part: 'claims',
    claim: claim.number,
    start: range.start,
    end: range.end,
    message,
    advice: overrides.advice ?? rule.advice,
  }
}

/** A finding on the claim set as a whole: no claim, an empty range at 0. */
export function claimSetFinding(rule: RuleDescriptor, message: LocalizedText): Finding {
  return { rule: rule.id, severity: rule.severity, part: 'claims', claim: null, start: 0, end: 0, message, advice: rule.advice }
}

/** A finding in the title, the abstract, the description or a disclosure field (`field`), located by a range of that text. */
export function partFinding(
  rule: RuleDescriptor,
  part: Exclude<DocumentPart, 'claims'>,
  range: TextRange,
  message: LocalizedText,
  { field, ...overrides }: FindingOverrides & { field?: string } = {},
): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: overrides.severity ?? rule.severity,
    part,
    claim: null,
    start: range.start,
    end: range.end,
    message,
    advice: overrides.advice ?? rule.advice,
  }
  if (field !== undefined) finding.field = field
  if (overrides.variant !== undefined) finding.variant = overrides.variant
  return finding
}

/** The range of a claim's number prefix ("1. ", "1、"), or an empty range at its start when it has none. */
export function numberPrefixRange(claim: ParsedClaim): TextRange {
  const prefix = claim.text.slice(0, claim.bodyStart)
  const start = prefix.length - prefix.trimStart().length
  const end = prefix.trimEnd().length
  return end > start ? { start, end } : { start: claim.bodyStart, end: claim.bodyStart }
}

/** The range of the claim's own words, without its number prefix and trailing whitespace. */
export function bodyRange(claim: ParsedClaim): TextRange {
  return { start: claim.bodyStart, end: Math.max(claim.bodyStart, claim.text.trimEnd().length) }
}

/** Claim numbers as a reader writes them: "1, 2 and 5" / "1、2和5". */
export function listNumbers(numbers: readonly number[]): LocalizedText {
  const en = numbers.length <= 1
    ? numbers.join('')
    : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`
  const zh = numbers.length <= 1
    ? numbers.join('')
    : `${numbers.slice(0, -1).join('、')}和${numbers[numbers.length - 1]}`
  return { 'zh-CN': zh, en }
}
