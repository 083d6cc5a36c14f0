import type { Jurisdiction, ParsedClaim } from '../claims/types'
import type { ClaimSet } from './claimSet'
import type { DisclosureFieldKey } from './disclosureFields'
import type { LocalizedText } from '../i18n/locale'

export type Severity = 'error' | 'warning' | 'info'

/** Severities from the most to the least serious; findings are sorted in this order. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

// The interface languages live in shared/i18n; rules re-export them for their own modules.
export type { Locale, LocalizedText } from '../i18n/locale'

/** Which part of a patent document a finding points into. */
export type DocumentPart =
  | 'claims'
  | 'title'
  | 'abstract'
  | 'description'
  | 'disclosure'
  /** An office-action reply's objections: `field` is the objection's number, from 1. */
  | 'objections'
  /** An office action's cited documents: `field` is the document's number, from 1 (D1, D2 …). */
  | 'citedDocuments'

/**
 * One problem a drafting rule found. `claim` and the range locate it inside that claim's text
 * (see ParsedClaim.text); for a finding on the title, abstract or a disclosure field, `claim` is
 * null and `part`/`field` say where, with the range inside that part's text. A finding on the
 * claim set as a whole (no independent claim, excess-claim fees) has `claim` null and an empty
 * range at 0.
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
  /** What to do about it: the rule's advice, or a finding's own where the case needs another. */
  advice: LocalizedText
  /**
   * Which of its rule's findings this is, where one text can carry several (a heading that is both
   * repeated and empty): part of the finding's triage key, so that dismissing one leaves the other.
   */
  variant?: string
}

/** A claim set with what its claims must be supported by. */
export interface ClaimSetInput {
  jurisdiction: Jurisdiction
  claims: ParsedClaim[]
  title?: string
  abstract?: string
  /** The description (说明书); the support rule runs only when it is given. */
  description?: string
  /**
   * References whose number was written for a claim since deleted, as the editor remembers them
   * (shared/editor/lostReferences.ts): in claim `claim`, the number `number` meant the deleted
   * claim `was` and now names another.
   */
  lostReferences?: { claim: number; number: number; was: number }[]
}

/** A disclosure form, field by field (keys from DISCLOSURE_FIELDS). */
export interface DisclosureInput {
  /** The office the matter is meant for; disclosure rules apply to every jurisdiction. */
  jurisdiction?: Jurisdiction
  fields: Partial<Record<DisclosureFieldKey, string>>
}

/**
 * What every drafting rule declares: a stable id that findings, checklists and saved settings
 * refer to, the offices whose practice it enforces, and the legal source per office.
 */
export interface RuleDescriptor {
  id: string
  jurisdictions: readonly Jurisdiction[]
  severity: Severity
  source: Partial<Record<Jurisdiction, string>>
  /** A short description of what the rule checks, for the rule list in the interface. */
  title: LocalizedText
  /** What to do about a finding of the rule, unless the finding says otherwise. */
  advice: LocalizedText
}

/** A rule on the claim set, its title, abstract and description. */
export interface ClaimRule extends RuleDescriptor {
  appliesTo: 'claims'
  /**
   * The part of the claim set this rule judges besides the claims (the description the claims must
   * find support in, the abstract whose length it counts). While that part is empty the rule checks
   * nothing, and its silence is no pass: a checklist item bound to it stays open.
   */
  reads?: 'description' | 'abstract'
  /** Reads the shared indexes of one analysis; never mutates them. */
  check(claimSet: ClaimSet): Finding[]
}

/** A rule on a disclosure form (技术交底书). */
export interface DisclosureRule extends RuleDescriptor {
  appliesTo: 'disclosure'
  check(disclosure: DisclosureInput): Finding[]
}

export type Rule = ClaimRule | DisclosureRule
