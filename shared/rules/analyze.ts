import { parseClaimText } from '../claims/parseClaims'
import type { Jurisdiction, ParsedClaim } from '../claims/types'
import { buildClaimSet } from './claimSet'
import { CLAIM_RULES, DISCLOSURE_RULES } from './rules'
import { SEVERITIES, type ClaimSetInput, type DisclosureInput, type Finding } from './types'

/** A claim set to check: pasted claims text, or claims the parser already read. */
export interface AnalyzeClaimSetInput {
  jurisdiction: Jurisdiction
  title?: string
  /** Claims as plain text ("1. A … 2. The … of claim 1 …"); ignored when `claims` is given. */
  claimsText?: string
  claims?: ParsedClaim[]
  abstract?: string
  description?: string
  lostReferences?: ClaimSetInput['lostReferences']
}

export interface ClaimSetAnalysis {
  claims: ParsedClaim[]
  findings: Finding[]
}

/**
 * Parses the claims when given as text, then runs every claim rule that applies to the
 * jurisdiction over one shared index of the claim set. Findings come sorted by severity, then
 * claim (claim-set findings first), then position.
 */
export function analyzeClaimSet(input: AnalyzeClaimSetInput): ClaimSetAnalysis {
  const claims = input.claims ?? parseClaimText(input.claimsText ?? '', { jurisdiction: input.jurisdiction })
  const claimSet = buildClaimSet({
    jurisdiction: input.jurisdiction,
    claims,
    title: input.title,
    abstract: input.abstract,
    description: input.description,
    lostReferences: input.lostReferences,
  })
  const findings = CLAIM_RULES
    .filter((rule) => rule.jurisdictions.includes(input.jurisdiction))
    .flatMap((rule) => rule.check(claimSet))
  return { claims, findings: sortFindings(findings) }
}

/** Runs the disclosure rules (those for its jurisdiction when one is given), sorted like analyzeClaimSet. */
export function analyzeDisclosure(input: DisclosureInput): { findings: Finding[] } {
  const { jurisdiction } = input
  const findings = DISCLOSURE_RULES
    .filter((rule) => jurisdiction === undefined || rule.jurisdictions.includes(jurisdiction))
    .flatMap((rule) => rule.check(input))
  return { findings: sortFindings(findings) }
}

/** Severity, then claim (none first), then start, then rule id, so the order is stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
    || (a.claim ?? 0) - (b.claim ?? 0)
    || a.start - b.start
    || a.rule.localeCompare(b.rule))
}
