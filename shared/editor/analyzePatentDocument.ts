import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { parseClaimList } from '../claims/parseClaims'
import type { Jurisdiction, ParsedClaim } from '../claims/types'
import type { DocumentKind } from '../domain/documentKinds'
import { analyzeClaimSet, analyzeDisclosure } from '../rules/analyze'
import type { ClaimSetInput, Finding } from '../rules/types'
import { readPatentDocument, type EditorClaimList, type PatentDocumentContent } from './readPatentDocument'
import { checkReply } from './replyChecks'

/** A finding with the document range it underlines (from = to for findings on the whole claim set). */
export interface LocatedFinding extends Finding {
  from: number
  to: number
}

export interface PatentDocumentAnalysis {
  /** The parsed claims of the claim set, or of the amended claims of a reply. */
  claims: ParsedClaim[]
  findings: LocatedFinding[]
}

function locateClaimFinding(finding: Finding, list: EditorClaimList, content: PatentDocumentContent): LocatedFinding {
  if (finding.part === 'claims') {
    const claim = finding.claim === null ? undefined : list.claims[finding.claim - 1]
    const base = claim ? claim.pos + 1 : list.pos + 1
    return { ...finding, from: base + (claim ? finding.start : 0), to: base + (claim ? finding.end : 0) }
  }
  const located = finding.part === 'title' ? content.title : content.sections.get(finding.part)
  if (!located) return { ...finding, from: 0, to: 0 }
  return { ...finding, from: located.positionAt(finding.start), to: located.positionAt(finding.end) }
}

/** The lost references of a claim list, by the numbers its claims have now. */
function lostReferencesOf(list: EditorClaimList): NonNullable<ClaimSetInput['lostReferences']> {
  const numberOf = new Map(list.claims.map((claim) => [claim.id, claim.number]))
  return list.claims.flatMap((claim) =>
    claim.lostReferences.flatMap(({ claim: named, was }) => {
      const number = numberOf.get(named)
      return number === undefined ? [] : [{ claim: claim.number, number, was }]
    }),
  )
}

/**
 * Runs the drafting checker over a document as the editor holds it and places every finding in
 * the document. Claim sets and the amended claims of a reply get the claim rules for the
 * matter's office; disclosure forms get the disclosure rules.
 */
export function analyzePatentDocument(doc: ProseMirrorNode, kind: DocumentKind, jurisdiction: Jurisdiction): PatentDocumentAnalysis {
  const content = readPatentDocument(doc)
  if (kind === 'disclosure') {
    const fields: Record<string, string> = { title: content.title.text }
    for (const [field, located] of content.sections) fields[field] = located.text
    const { findings } = analyzeDisclosure({ jurisdiction, fields })
    return {
      claims: [],
      findings: findings.map((finding) => {
        const located = finding.field === 'title' ? content.title : content.sections.get(finding.field ?? '')
        return located
          ? { ...finding, from: located.positionAt(finding.start), to: located.positionAt(finding.end) }
          : { ...finding, from: 0, to: 0 }
      }),
    }
  }
  const replyFindings = kind === 'oa-reply' ? checkReply(content, jurisdiction) : []
  const list = content.claimLists[0]
  if (!list) return { claims: [], findings: replyFindings }
  const claims = parseClaimList(list.claims, { jurisdiction })
  const lostReferences = lostReferencesOf(list)
  // Sections still holding only their template's headings have not been written yet.
  const written = (field: string) => {
    const section = content.sections.get(field)
    return section?.hasProse ? section.text : undefined
  }
  const { findings } = analyzeClaimSet(
    kind === 'claims'
      ? {
          jurisdiction,
          claims,
          title: content.title.text,
          abstract: written('abstract'),
          description: written('description'),
          lostReferences,
        }
      : { jurisdiction, claims, lostReferences },
  )
  return { claims, findings: [...replyFindings, ...findings.map((finding) => locateClaimFinding(finding, list, content))] }
}
