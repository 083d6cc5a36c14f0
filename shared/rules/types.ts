import type { Jurisdiction, ParsedClaim } from '../claims/types'

export type Severity = 'error' | 'warning' | 'info'

/** The interface languages. Every user-facing string exists in both. */
export type Locale = 'zh-CN' | 'en'

export type LocalizedText = Record<Locale, string>

/** Which part of a patent document a finding points into. */
export type DocumentPart =
  | 'claims'
  | 'title'
  | 'abstract'
  | 'description'
  | 'disclosure'

/**
 * One problem a drafting rule found. `claim` and the range locate it inside that claim's text
 * (see ParsedClaim.text); for a finding on the title, abstract or a disclosure field, `claim` is
 * null and `part`/`field` say where, with the range inside that part's text.
 */
export interface Finding {
  rule: string
  severity: Severity
  part: DocumentPart
  /** For disclosure findings: the field key (e.g. 'technicalProblem'). */
  field?: string
  claim: number | null
  start: number
  end: number
  message: LocalizedText
}

/** A claim set with what its claims must be supported by. */
export interface ClaimSetInput {
  jurisdiction: Jurisdiction
  title: string
  claims: ParsedClaim[]
  abstract: string
  description: string
}

/** A disclosure form, field by field (keys from the disclosure schema in shared/). */
export interface DisclosureInput {
  jurisdiction: Jurisdiction
  fields: Record<string, string>
}

export type RuleInput =
  | { kind: 'claims'; claimSet: ClaimSetInput }
  | { kind: 'disclosure'; disclosure: DisclosureInput }

/**
 * A drafting rule: one module each, with a stable id that findings, checklists and saved
 * settings refer to. `source` cites the law or guideline it enforces, per jurisdiction.
 */
export interface Rule {
  id: string
  jurisdictions: readonly Jurisdiction[]
  severity: Severity
  source: Partial<Record<Jurisdiction, string>>
  appliesTo: RuleInput['kind']
  /** A short description of what the rule checks, for the rule list in the interface. */
  title: LocalizedText
  check(input: RuleInput): Finding[]
}
