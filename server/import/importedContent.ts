import type { JSONContent } from '@tiptap/core'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { chineseNumeral } from '../../shared/domain/replyDeadline'
import { claimsFromText } from '../../shared/editor/ClaimPaste'
import { writeClaimBaseline, type ClaimBaseline } from '../../shared/editor/claimBaseline'
import { documentTitle, objectionList, officeAction, patentDocument, section } from '../../shared/editor/documentBuilders'
import { documentTemplate } from '../../shared/editor/documentTemplate'
import { DISCLOSURE_FIELDS } from '../../shared/rules/disclosureFields'
import { ApiError } from '../ApiError'
import { schemaFor } from '../../shared/editor/documentBody'
import { claimsText, opensWithClaim, splitApplication } from './applicationParts'
import { descriptionBlocks, paragraphWithBreaks } from './descriptionBlocks'
import { disclosureSections } from './disclosureSections'
import { shownText, type ImportedParagraph } from './importedParagraph'
import { officeActionFacts, type OfficeActionFacts } from './officeActionFacts'

/** Something an import that succeeded did not find or could not keep, said to the person who imported. */
export interface ImportWarning {
  /**
   * `no_claims_found`: a claim set was made from a file in which no claim was found.
   * `cited_documents_to_fill`: a later office action names documents by numbers it does not
   * introduce (those of an earlier action); the reply lists them empty under those numbers.
   */
  code: 'no_claims_found' | 'cited_documents_to_fill'
  message: string
}

/** What an import recognised, for the person who imported to check. */
export interface ImportSummary {
  claims: number
  /** Description paragraphs (claim set), filled fields' paragraphs (disclosure), office-action paragraphs (reply). */
  paragraphs: number
  abstract: boolean
  citedDocuments: number
  objections: number
  warnings: ImportWarning[]
}

export interface ImportContext {
  jurisdiction: Jurisdiction
  /** The matter's title, the invention's title where the file names none. */
  matterTitle: string
  /** For a reply: the claims the office action examined (examinedClaims.ts). */
  examined?: ClaimBaseline
}

export interface ImportedDocument {
  content: JSONContent
  summary: ImportSummary
  /** The title the document takes when the import names none, where its content says more than its kind (a reply: the office action it answers); else null. */
  title: string | null
}

/** Where the paragraphs came from: a DOCX, or text pasted into the import form. */
export type ImportSourceKind = 'docx' | 'text'

const nothing = (what: string) => new ApiError(422, 'nothing_to_import', `nothing to import: ${what}`)

/** Claim nodes (as JSON) from claims typed as text; ids by position from `baseline`, so that a reply's claim N is matched with claim N as examined. */
function claimNodes(paragraphs: readonly ImportedParagraph[], kind: DocumentKind, baseline?: ClaimBaseline): JSONContent[] {
  return claimsFromText(schemaFor(kind), claimsText(paragraphs)).map((node, index) => {
    const json = node.toJSON() as JSONContent
    const examinedId = baseline?.claims[index]?.id
    return examinedId ? { ...json, attrs: { ...json.attrs, id: examinedId } } : json
  })
}

function claimListOf(claims: JSONContent[], role: string, baseline?: ClaimBaseline): JSONContent {
  return {
    type: 'claimList',
    attrs: { role, ...(baseline ? { baseline: writeClaimBaseline(baseline) } : {}) },
    content: claims.length > 0 ? claims : [{ type: 'claim' }],
  }
}

/** Claims under their heading that split into none: refused, the source named so that the client can say "the file" or "the text". */
function noClaimsFound(source: ImportSourceKind): ApiError {
  const numbering = source === 'docx' ? ' (typed, or with Word\'s list numbering)' : ''
  return new ApiError(
    422,
    'no_claims_found',
    `no claims found: the ${source === 'docx' ? 'file' : 'text'} has claims, but none is numbered; number the claims "1.", "2." …${numbering} and import again`,
    { source },
  )
}

function claimSet(paragraphs: readonly ImportedParagraph[], context: ImportContext, source: ImportSourceKind): ImportedDocument {
  const { lead, parts } = splitApplication(paragraphs)
  // Text before any part's heading is the claims when it opens with claim 1 (a pasted claim set), else the description (a US specification has no heading).
  const leadIsClaims = parts.claims.length === 0 && opensWithClaim(lead)
  const claimParagraphs = leadIsClaims ? lead : parts.claims
  const claims = claimNodes(claimParagraphs, 'claims')
  // Claims written under their heading that do not split into claims would be lost: refused, not dropped.
  if (claims.length === 0 && claimParagraphs.some((p) => p.text.trim())) throw noClaimsFound(source)
  // Remarks have no place in a claim set; kept as description text rather than lost.
  const description = descriptionBlocks([...(leadIsClaims ? [] : lead), ...parts.description, ...parts.remarks])
  const abstract = parts.abstract.map(shownText).filter(Boolean)
  if (claims.length === 0 && description.paragraphs === 0 && abstract.length === 0) {
    throw nothing('no numbered claims, description or abstract were found')
  }
  const template = documentTemplate('claims', context.jurisdiction, context.matterTitle).content!
  const content = patentDocument(
    documentTitle(titleAsWritten(description.title, context.matterTitle)),
    claimListOf(claims, 'claims'),
    abstract.length > 0 ? section('abstract', abstract.map(paragraphWithBreaks)) : section('abstract'),
    // With no description in the file, the template's part headings stay to be written under.
    description.blocks.length > 0 ? section('description', description.blocks) : template[3]!,
  )
  const warnings: ImportWarning[] =
    claims.length > 0 ? [] : [{ code: 'no_claims_found', message: 'no numbered claims were found: the claim set starts with one empty claim, and the text was taken as its description and abstract' }]
  return { content, summary: { claims: claims.length, paragraphs: description.paragraphs, abstract: abstract.length > 0, citedDocuments: 0, objections: 0, warnings }, title: null }
}

/**
 * The title a claim set's file opens with. The US layout prints it in capitals (37 CFR 1.77(c)):
 * when it is the matter's title in capitals, it comes back as the matter's title is written.
 */
function titleAsWritten(found: string | null, matterTitle: string): string {
  if (found === null) return matterTitle
  const inCapitals = found === found.toUpperCase() && found !== found.toLowerCase()
  return inCapitals && found === matterTitle.toUpperCase() ? matterTitle : found
}

function disclosure(paragraphs: readonly ImportedParagraph[], context: ImportContext): ImportedDocument {
  const sections = disclosureSections(paragraphs)
  const filled = [...sections.entries()].filter(([field]) => field !== 'title')
  if (filled.length === 0) throw nothing('no text for any field of the disclosure form was found')
  const content = patentDocument(
    documentTitle(sections.get('title')?.[0] ?? context.matterTitle),
    ...DISCLOSURE_FIELDS.filter((field) => field.key !== 'title').map((field) => section(field.key, (sections.get(field.key) ?? ['']).map(paragraphWithBreaks))),
  )
  const count = filled.reduce((sum, [, texts]) => sum + texts.length, 0)
  return { content, summary: { claims: 0, paragraphs: count, abstract: false, citedDocuments: 0, objections: 0, warnings: [] }, title: null }
}

/**
 * A reply from an office action's text: the text kept as the summary of the office action, its
 * kind, date, cited documents and objections recorded as data; claims in the file (under a claims
 * heading) become the amended claims, else they start from the claims examined.
 */
function reply(paragraphs: readonly ImportedParagraph[], context: ImportContext): ImportedDocument {
  const { lead, parts } = splitApplication(paragraphs)
  const actionText = [...lead, ...parts.description, ...parts.abstract, ...parts.remarks].map(shownText).filter(Boolean)
  const claims = claimNodes(parts.claims, 'oa-reply', context.examined)
  if (actionText.length === 0 && claims.length === 0) throw nothing('the office action has no text')
  const facts = officeActionFacts(actionText, context.jurisdiction)
  const content = patentDocument(
    documentTitle(context.matterTitle),
    officeAction(facts.actionType, facts.issueDate, facts.cited, facts.round),
    objectionList(facts.objections),
    section('summary', actionText.length > 0 ? actionText.map(paragraphWithBreaks) : ['']),
    section('amendments'),
    claims.length > 0
      ? claimListOf(claims, 'amended', context.examined)
      : documentTemplate('oa-reply', context.jurisdiction, context.matterTitle, context.examined).content!.at(-1)!,
  )
  const toFill = facts.cited.flatMap((cited, index) => (cited.number || cited.title ? [] : [`D${index + 1}`]))
  const warnings: ImportWarning[] =
    toFill.length === 0
      ? []
      : [
          {
            code: 'cited_documents_to_fill',
            message: `the office action names ${toFill.join(', ')} without introducing ${toFill.length > 1 ? 'them' : 'it'} (cited in an earlier office action): listed empty under the examiner's numbers, to be filled in`,
          },
        ]
  return {
    content,
    summary: { claims: claims.length, paragraphs: actionText.length, abstract: false, citedDocuments: facts.cited.length, objections: facts.objections.length, warnings },
    title: replyTitle(facts, context.jurisdiction),
  }
}

/**
 * A reply's title from the office action it answers, so that one round's reply is told from
 * another's in lists: "第二次审查意见答复" (CNIPA numbers its actions), "Response to Non-Final
 * Office Action of 2026-11-20" (USPTO), "Reply to communication of 2026-11-20" (EPO).
 */
export function replyTitle(facts: Pick<OfficeActionFacts, 'actionType' | 'round' | 'issueDate'>, jurisdiction: Jurisdiction): string {
  const { actionType, round, issueDate } = facts
  const of = issueDate ? ` of ${issueDate}` : ''
  switch (jurisdiction) {
    case 'CN': {
      if (actionType === 'final') return '驳回决定答复'
      const n = round ?? (actionType === 'first' ? 1 : null)
      return n === null ? `审查意见答复${issueDate ? `（发文日${issueDate}）` : ''}` : `第${chineseNumeral(n)}次审查意见答复`
    }
    case 'US':
      return `Response to ${actionType === 'final' ? 'Final' : 'Non-Final'} Office Action${of}`
    case 'EP':
      return `Reply to ${actionType === 'final' ? 'summons to oral proceedings' : 'communication'}${of}`
  }
}

/**
 * A new document of a kind from imported paragraphs, structured as the editor holds it: claims
 * split and numbered by their order, description paragraphs kept without the office's [0001],
 * the abstract in its section; a disclosure field by field; an office action into a reply.
 * Throws 422 `nothing_to_import` when nothing usable is found, and for a claim set 422
 * `no_claims_found` (naming the `source`) when its claims part has text but no claim, so that nothing is created.
 */
export function importedContent(kind: DocumentKind, paragraphs: readonly ImportedParagraph[], context: ImportContext, source: ImportSourceKind): ImportedDocument {
  if (!paragraphs.some((p) => p.text.trim())) throw nothing('the text is empty')
  switch (kind) {
    case 'claims':
      return claimSet(paragraphs, context, source)
    case 'disclosure':
      return disclosure(paragraphs, context)
    case 'oa-reply':
      return reply(paragraphs, context)
  }
}
