import { categoryOfSubject } from './claimCategory'
import { resolveClaimKind, type KindEvidence } from './claimKind'
import { detectClaimLanguage } from './claimLanguage'
import { findClaimParts } from './claimParts'
import { findClaimReferences, referencedClaims } from './claimReferences'
import { afterStatusIdentifier, isCancellation } from './claimStatus'
import { findClaimSubject, NO_SUBJECT, type ClaimSubject } from './claimSubject'
import { findClaimSetTerms, type TermSource } from './claimTerms'
import { findReferenceSigns } from './referenceSigns'
import { splitClaims, type ClaimSlice } from './splitClaims'
import {
  asClaimNumber,
  type NumberedClaimText,
  type ParseClaimsOptions,
  type ParsedClaim,
} from './types'

/**
 * Parses claims pasted as plain text: each claim starts on a new line with its number ("1.",
 * "1、", "1-18. (canceled)") and may run over several lines. Ranges are offsets into each claim's
 * text, number prefix included.
 */
export function parseClaimText(text: string, options: ParseClaimsOptions): ParsedClaim[] {
  return parseClaimSlices(splitClaims(text), options)
}

/**
 * Parses claims from the structured editor, where each claim's number is given and its text has
 * no number prefix.
 */
export function parseClaimList(claims: readonly NumberedClaimText[], options: ParseClaimsOptions): ParsedClaim[] {
  return parseClaimSlices(claims.map(({ number, text }) => ({ number, text, bodyStart: 0 })), options)
}

interface ClaimAnalysis {
  claim: ParsedClaim
  subject: ClaimSubject
  from: number
}

function parseClaimSlices(slices: readonly ClaimSlice[], options: ParseClaimsOptions): ParsedClaim[] {
  const analyses = slices.map(analyseClaim)

  const live = analyses.filter(({ claim }) => claim.kind !== 'cancelled')
  const sources: TermSource[] = live.map(({ claim, subject, from }) => ({
    text: claim.text,
    from,
    language: claim.language,
    references: claim.references,
    subject,
  }))
  findClaimSetTerms(sources).forEach((terms, index) => {
    const analysis = live[index]
    if (analysis) analysis.claim.terms = terms
  })

  // A kind depends on the claims referred to; with a number written twice, the first one counts.
  const evidence = analyses.map(kindEvidence)
  const evidenceByNumber = new Map<number, KindEvidence>()
  analyses.forEach(({ claim }, index) => {
    const [first, last] = claim.numberRange ?? [claim.number, claim.number]
    for (let number = first; number <= last; number++) {
      const claimEvidence = evidence[index]
      if (claimEvidence && !evidenceByNumber.has(number)) evidenceByNumber.set(number, claimEvidence)
    }
  })
  analyses.forEach(({ claim }, index) => {
    const claimEvidence = evidence[index]
    if (claimEvidence) claim.kind = resolveClaimKind(claimEvidence, evidenceByNumber, options.jurisdiction)
  })
  return analyses.map(({ claim }) => claim)
}

function analyseClaim(slice: ClaimSlice): ClaimAnalysis {
  const { text, bodyStart } = slice
  const language = detectClaimLanguage(text)
  const claim: ParsedClaim = {
    number: asClaimNumber(slice.number),
    text,
    bodyStart,
    kind: 'independent',
    dependsOn: [],
    references: [],
    category: null,
    subject: '',
    preamble: { start: bodyStart, end: bodyStart },
    characterisingPart: null,
    terms: [],
    referenceSigns: [],
    language,
  }
  if (slice.numberRange) claim.numberRange = [asClaimNumber(slice.numberRange[0]), asClaimNumber(slice.numberRange[1])]
  if (isCancellation(text.slice(bodyStart))) {
    claim.kind = 'cancelled'
    return { claim, subject: NO_SUBJECT, from: bodyStart }
  }

  const from = afterStatusIdentifier(text, bodyStart)
  const references = findClaimReferences(text, from, slice.number, language)
  const subject = findClaimSubject(text, from, references, language)
  const parts = findClaimParts(text, from, subject.range?.end ?? from, language)
  claim.references = references
  claim.dependsOn = referencedClaims(references)
  claim.subject = subject.subject
  claim.category = categoryOfSubject(subject.subject, language)
  claim.preamble = parts.preamble
  claim.characterisingPart = parts.characterisingPart
  claim.referenceSigns = findReferenceSigns(text, from, language, references.map((reference) => reference.range))
  return { claim, subject, from }
}

function kindEvidence({ claim, subject }: ClaimAnalysis): KindEvidence {
  return {
    cancelled: claim.kind === 'cancelled',
    dependsOn: claim.dependsOn,
    category: claim.category,
    subject: claim.subject,
    language: claim.language,
    followsReference: subject.followsReference,
  }
}
