import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { CLAIM_IDENTIFIER_LABELS, markUpAmendment, US_LISTING_INTRO } from '../amendment/amendmentMarkup'
import type { ComparedClaim } from '../editor/compareClaims'
import type { Jurisdiction } from '../claims/types'
import type { DocumentKind } from '../domain/documentKinds'
import { officeActionTypeLabel } from '../domain/replyDeadline'
import type { Locale } from '../i18n/locale'
import { DISCLOSURE_FIELDS } from '../rules/disclosureFields'
import { documentLocale } from '../editor/documentTemplate'
import { groundName as objectionGroundName, objectionGround } from '../editor/objectionGrounds'
import { citedLabels } from '../editor/replyEditing'
import { readClaimLists, readPatentDocument, type PatentDocumentContent } from '../editor/readPatentDocument'
import { sectionLabel } from '../editor/sectionFields'
import type { LayoutBlock, LayoutPart, LayoutPartRole, OfficeLayout } from './officeLayout'
import { AMENDED_CLAIMS_PART, APPLICATION_ORDER, OFFICE_PARTS, US_CLAIMS_LEAD, US_RESPONSE_PART, type OfficePart } from './officeParts'
import { replyCaption, type ApplicationData } from './replyCaption'

export type { ApplicationData } from './replyCaption'

/** The text of a textblock: hard breaks as line breaks, anything else inline as nothing. */
function blockText(block: ProseMirrorNode): string {
  let text = ''
  block.forEach((child) => {
    if (child.isText) text += child.text!
    else if (child.type.name === 'hardBreak') text += '\n'
  })
  return text
}

/**
 * The textblocks of a node in order: headings as headings, every other non-empty one as a
 * paragraph. A list's items keep their numbers ("1. ", "2. ") or bullets as text: the offices'
 * converters drop Word's list numbering.
 */
function proseBlocks(node: ProseMirrorNode | null): { heading: boolean; text: string }[] {
  const blocks: { heading: boolean; text: string }[] = []
  node?.descendants((child) => {
    if (child.type.name === 'orderedList' || child.type.name === 'bulletList') {
      child.forEach((item, _, index) => {
        const marker = child.type.name === 'orderedList' ? `${Number(child.attrs.start ?? 1) + index}. ` : '• '
        proseBlocks(item).forEach((block, i) => blocks.push(i === 0 ? { ...block, text: marker + block.text } : block))
      })
      return false
    }
    if (!child.isTextblock) return true
    const text = blockText(child).trim()
    if (text) blocks.push({ heading: child.type.name === 'heading', text })
    return false
  })
  return blocks
}

function sectionNode(body: ProseMirrorNode, field: string): ProseMirrorNode | null {
  let found: ProseMirrorNode | null = null
  body.forEach((node) => {
    if (!found && node.type.name === 'section' && node.attrs.field === field) found = node
  })
  return found
}

const part = (role: LayoutPartRole, office: OfficePart, blocks: LayoutBlock[]): LayoutPart => ({ role, ...office, blocks })

function claimBlocks(body: ProseMirrorNode, role: string): LayoutBlock[] {
  const list = readClaimLists(body).find((l) => l.role === role)
  return (list?.claims ?? [])
    .filter((claim) => claim.text.trim())
    .map((claim, index) => ({ type: 'claim', number: index + 1, text: claim.text.trim() }))
}

/**
 * The description with its paragraphs numbered [0001], [0002] … in one run, headings unnumbered
 * (CNIPA Guidelines Part I Ch. 1; 37 CFR 1.52(b)(6)); US headings in capitals (37 CFR 1.77(c)).
 */
function descriptionBlocks(body: ProseMirrorNode, jurisdiction: Jurisdiction, title: string): LayoutBlock[] {
  let number = 0
  const blocks: LayoutBlock[] = []
  for (const block of proseBlocks(sectionNode(body, 'description'))) {
    if (block.heading) blocks.push({ type: 'heading', text: jurisdiction === 'US' ? block.text.toUpperCase() : block.text })
    else blocks.push({ type: 'paragraph', number: ++number, text: block.text })
  }
  // The title heads a description; without one there is no description to head.
  return blocks.length > 0 && title ? [{ type: 'title', text: jurisdiction === 'US' ? title.toUpperCase() : title }, ...blocks] : blocks
}

const plainParagraphs = (node: ProseMirrorNode | null): LayoutBlock[] =>
  proseBlocks(node).map((block): LayoutBlock => (block.heading ? { type: 'heading', text: block.text } : { type: 'paragraph', number: null, text: block.text }))

function claimSetParts(body: ProseMirrorNode, jurisdiction: Jurisdiction, title: string): LayoutPart[] {
  const offices = OFFICE_PARTS[jurisdiction]
  const claims = claimBlocks(body, 'claims')
  const blocksOf: Record<'claims' | 'description' | 'abstract', LayoutBlock[]> = {
    claims: jurisdiction === 'US' && claims.length > 0 ? [{ type: 'lead', text: US_CLAIMS_LEAD }, ...claims] : claims,
    description: descriptionBlocks(body, jurisdiction, title),
    abstract: plainParagraphs(sectionNode(body, 'abstract')),
  }
  return APPLICATION_ORDER[jurisdiction].map((role) => part(role, offices[role], blocksOf[role as keyof typeof blocksOf]))
}

function disclosureParts(body: ProseMirrorNode, jurisdiction: Jurisdiction, locale: Locale, title: string): LayoutPart[] {
  const blocks: LayoutBlock[] = [{ type: 'field', label: sectionLabel('title', locale), text: title }]
  for (const field of DISCLOSURE_FIELDS) {
    if (field.key === 'title') continue
    blocks.push({ type: 'heading', text: field.label[locale] }, ...plainParagraphs(sectionNode(body, field.key)))
  }
  return [part('disclosure', OFFICE_PARTS[jurisdiction].disclosure, blocks)]
}

/** The action answered and its date, in each office's words: an EPO communication is dispatched, a USPTO action notified. */
const ACTION_LABELS: Record<Jurisdiction, { officeAction: string; issueDate: string }> = {
  CN: { officeAction: '审查意见通知书', issueDate: '发文日' },
  US: { officeAction: 'Office action', issueDate: 'Notification date' },
  EP: { officeAction: 'Communication', issueDate: 'Date of dispatch' },
}

const REPLY_LABELS: Record<'cited' | 'passages' | 'arguments', Record<Locale, string>> = {
  cited: { 'zh-CN': '对比文件', en: 'Cited documents' },
  passages: { 'zh-CN': '相关段落', en: 'relevant passages' },
  arguments: { 'zh-CN': '意见陈述', en: 'Arguments' },
}

/** A cited document as an objection's heading names it: "D1", or in a US reply the name the office gives it ("Smith"). */
type CitedName = (label: number) => string

/**
 * "关于权利要求1-3的创造性（专利法第22条第3款）（对比文件：D1、D2）" / "Claims 1-3: Obviousness (35 USC
 * 103) over Smith in view of Jones" — the cited documents in order (D1, D2, D3), a US reply's
 * by the names the office gives them, as US practice words a rejection; a ground about the
 * description or abstract names that part, not claims.
 */
function objectionHeading(jurisdiction: Jurisdiction, locale: Locale, claims: string, ground: string, cited: string, nameOf: CitedName): string {
  const groundName = objectionGroundName(jurisdiction, ground, locale)
  // Documents written otherwise than as D-numbers (by hand, before the check boxes) print as written.
  const labels = citedLabels(cited)
  const written = labels.length === 0 ? cited.trim() : ''
  const part = claims.trim() === '' ? objectionGround(jurisdiction, ground)?.concerns : 'claims'
  if (locale === 'zh-CN') {
    const listed = written || labels.map(nameOf).join(cited.includes('、') ? '、' : ', ')
    const over = listed ? `（对比文件：${listed}）` : ''
    const subject = part && part !== 'claims' ? '' : `权利要求${claims.trim() || '—'}的`
    return `关于${subject}${groundName}${over}`
  }
  const names = written ? [written] : labels.map(nameOf)
  const over = names.length === 0 ? '' : jurisdiction === 'US' ? ` over ${names[0]}${names.length > 1 ? ` in view of ${names.slice(1).join(' and ')}` : ''}` : ` over ${names.join(', ')}`
  // A ground about the description or abstract is not one of novelty over documents: they are only named.
  if (part && part !== 'claims') return `${groundName}${names.length === 0 ? '' : ` (${names.join(', ')})`}`
  const numbers = claims.trim() || '—'
  return `${/^\d+$/.test(numbers) ? 'Claim' : 'Claims'} ${numbers}: ${groundName}${over}`
}

function replyParts(
  body: ProseMirrorNode,
  content: PatentDocumentContent,
  jurisdiction: Jurisdiction,
  locale: Locale,
  title: string,
  filed: readonly ComparedClaim[] | null,
  application: ApplicationData | null,
): LayoutPart[] {
  const separator = locale === 'zh-CN' ? '：' : ': '
  // Which application the reply is for, as the office files it, first; the signature last.
  const caption = replyCaption(jurisdiction, application, title)
  const header: LayoutBlock[] = [...caption.head]
  const action = content.officeAction
  if (action) {
    const type = officeActionTypeLabel(jurisdiction, action.actionType, action.round)[locale]
    header.push({ type: 'field', label: ACTION_LABELS[jurisdiction].officeAction, text: type })
    if (action.issueDate) header.push({ type: 'field', label: ACTION_LABELS[jurisdiction].issueDate, text: action.issueDate })
    if (action.citedDocuments.length > 0) {
      header.push({ type: 'heading', text: REPLY_LABELS.cited[locale] })
      action.citedDocuments.forEach((cited, index) => {
        const name = [cited.number, cited.title].filter(Boolean).join(locale === 'zh-CN' ? '，' : ', ')
        const passages = cited.passages ? (locale === 'zh-CN' ? `（${REPLY_LABELS.passages[locale]}：${cited.passages}）` : ` (${REPLY_LABELS.passages[locale]}: ${cited.passages})`) : ''
        const label = cited.name ? (locale === 'zh-CN' ? `D${index + 1}（${cited.name}）` : `D${index + 1} (${cited.name})`) : `D${index + 1}`
        header.push({ type: 'paragraph', number: null, text: `${label}${separator}${name}${passages}` })
      })
    }
  }
  const remarks: LayoutBlock[] = []
  for (const field of ['summary', 'amendments']) {
    const paragraphs = plainParagraphs(sectionNode(body, field))
    if (paragraphs.length > 0) remarks.push({ type: 'heading', text: sectionLabel(field, locale) }, ...paragraphs)
  }
  // A US reply names its references as the office does ("Smith"); a document without a name is its D-number.
  const citedDocuments = action?.citedDocuments ?? []
  const nameOf: CitedName = (label) => (jurisdiction === 'US' && citedDocuments[label - 1]?.name) || `D${label}`
  if (content.objections.length > 0) {
    remarks.push({ type: 'heading', text: REPLY_LABELS.arguments[locale] })
    body.forEach((node) => {
      if (node.type.name !== 'objectionList') return
      node.forEach((objection) => {
        const { claims, ground, cited } = objection.attrs as { claims: string; ground: string; cited: string }
        remarks.push({ type: 'heading', text: objectionHeading(jurisdiction, locale, claims, ground, cited, nameOf) }, ...plainParagraphs(objection))
      })
    })
  }
  if (jurisdiction !== 'US') {
    return [
      part('reply', OFFICE_PARTS[jurisdiction].reply, [...header, ...remarks, ...caption.signature]),
      part('claims', AMENDED_CLAIMS_PART[jurisdiction], claimBlocks(body, 'amended')),
    ]
  }
  // A US response gives its amendments before its remarks, each on its own sheets (37 CFR
  // 1.121(b)–(c)): its caption and heading facts open it, the remarks follow the claim listing
  // and end with the signature.
  const listing = usClaimListingBlocks(body, filed) ?? claimBlocks(body, 'amended')
  return [
    part('reply', US_RESPONSE_PART, header),
    part('claims', AMENDED_CLAIMS_PART.US, listing),
    part('reply', OFFICE_PARTS.US.reply, [...remarks, ...caption.signature]),
  ]
}

/**
 * A US reply's amended claims as the claim listing 37 CFR 1.121(c) asks for: every claim with its
 * status identifier, amended ones marked against the claims as examined (the list's baseline),
 * numbered as the listing numbers them. Null when the claims were not started from a claim set.
 */
function usClaimListingBlocks(body: ProseMirrorNode, filed: readonly ComparedClaim[] | null): LayoutBlock[] | null {
  const list = readClaimLists(body).find((l) => l.role === 'amended')
  if (!list?.baseline) return null
  const amended = list.claims.filter((claim) => claim.text.trim() !== '').map((claim) => ({ id: claim.id, text: claim.text }))
  const { claims } = markUpAmendment({ filed, examined: list.baseline.claims, amended }, 'US')
  return [
    { type: 'lead', text: US_LISTING_INTRO },
    ...claims.map((claim): LayoutBlock => ({
      type: 'listed-claim',
      label: `${claim.number}. (${CLAIM_IDENTIFIER_LABELS[claim.identifier!].en})`,
      runs: claim.runs,
    })),
  ]
}

/**
 * Lays a document out in its office's form: a claim set as the application's claims, description
 * and abstract in the office's order, each on its own pages; a disclosure form field by field; a
 * reply as the argument, headed by the application's facts (`application`, the matter's) and
 * closed by the signature, followed by the amended claims on new pages — for the USPTO its caption
 * and heading facts, then the amended claims as a claim listing, then the remarks and signature;
 * the listing's "Original" and "Previously presented" tell apart by the claims as filed (`filed`,
 * when known). Reads the document through its schema only, so the DOCX export, the print view and
 * the editor show the same text.
 */
export function layOutDocument(
  body: ProseMirrorNode,
  kind: DocumentKind,
  jurisdiction: Jurisdiction,
  filed: readonly ComparedClaim[] | null = null,
  application: ApplicationData | null = null,
): OfficeLayout {
  const locale = documentLocale(jurisdiction)
  const content = readPatentDocument(body)
  const title = content.title.text.trim()
  const parts =
    kind === 'claims'
      ? claimSetParts(body, jurisdiction, title)
      : kind === 'disclosure'
        ? disclosureParts(body, jurisdiction, locale, title)
        : replyParts(body, content, jurisdiction, locale, title, filed, application)
  // A part with nothing in it (no abstract yet) is left out rather than printed as a blank page.
  return { kind, jurisdiction, locale, title, parts: parts.filter((p) => p.blocks.length > 0) }
}
