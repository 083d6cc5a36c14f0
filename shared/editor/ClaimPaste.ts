import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode, ResolvedPos, Schema } from '@tiptap/pm/model'
import { Fragment } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { parseClaimText } from '../claims/parseClaims'
import type { ParsedClaim } from '../claims/types'
import { headingKey } from '../rules/descriptionOutline'
import { newClaimId } from './claimIds'
import { asDescriptionBlock, isUnwritten } from './DescriptionPaste'

/** A line that starts a numbered claim: "1.", "1、", "1 .", "1．", "1-18.", "(1)", "（1）" */
const NUMBERED_LINE = /^\s*(?:\d+(?:\s*[-–]\s*\d+)?\s*[.．、]|[(（]\s*\d+\s*[)）])/m

/** A part of an application (or of a reply's claim listing) that a heading of its own opens. */
export type ApplicationPart = 'claims' | 'description' | 'abstract' | 'remarks'

/**
 * How offices and agents head the parts of an application and a reply's claims: the CNIPA forms,
 * the US lead-ins of 37 CFR 1.75(h) and the EPO's headings; and a US reply's remarks, which follow
 * its claim listing.
 */
const PART_HEADINGS: Record<ApplicationPart, string[]> = {
  claims: [
    '权利要求书', '权利要求', '修改后的权利要求书', '权利要求书（修改后）', '权利要求书(修改后)', '权利要求书（替换页）', '权利要求书(替换页)',
    'claims', 'claim', 'what is claimed is', 'what is claimed', 'we claim', 'i claim', 'the invention claimed is',
    'amended claims', 'listing of claims', 'claim listing', 'amendments to the claims', 'patent claims',
  ],
  description: ['说明书', 'description', 'specification'],
  abstract: ['说明书摘要', '摘要', 'abstract', 'abstract of the disclosure'],
  remarks: ['remarks', 'remarks/arguments', 'remarks and arguments'],
}

const PART_BY_KEY = new Map(
  (Object.entries(PART_HEADINGS) as [ApplicationPart, string[]][]).flatMap(([part, headings]) => headings.map((h) => [headingKey(h), part] as const)),
)

/** The part of an application a line or paragraph heads, when it is nothing but a part's heading. */
export function partHeadedBy(text: string): ApplicationPart | null {
  if (text.length > 60) return null
  return PART_BY_KEY.get(headingKey(text)) ?? null
}

// The section of a claim set each other part is pasted into; remarks are kept as description text, as an import keeps them.
const SECTION_OF_PART: Partial<Record<ApplicationPart, string>> = { abstract: 'abstract', description: 'description', remarks: 'description' }

interface PastedApplication {
  /** The claims' lines, and those of a part the document has no section for, which stay with them. */
  claims: string
  /** The lines of the other parts, by the field of the section they go into. */
  sections: Map<string, string[]>
}

/**
 * Pasted text cut at its parts' headings ("权利要求书", "说明书摘要", "Abstract", "Description"), as
 * an import cuts a file: what is under the heading of a part the document has a section for goes
 * there, without the heading; everything else is the claims, as it was pasted.
 */
function pastedApplication(text: string, hasSection: (field: string) => boolean): PastedApplication {
  const claims: string[] = []
  const sections = new Map<string, string[]>()
  let lines = claims
  for (const line of text.split('\n')) {
    const part = partHeadedBy(line.trim())
    const field = part ? SECTION_OF_PART[part] : undefined
    if (field && hasSection(field)) {
      lines = sections.get(field) ?? []
      sections.set(field, lines)
      continue
    }
    // The claims' own heading, or a part with nowhere else to go: back with the claims, heading
    // and all, where splitClaims leaves a heading before claim 1 out and nothing else is lost.
    if (part) lines = claims
    lines.push(line)
  }
  return { claims: claims.join('\n'), sections }
}

/**
 * The claim nodes for claims given as numbered plain text; their numbers are dropped, the list
 * numbers them. Pasted among other claims, the first becomes claim `firstNumber`, and their
 * references to each other are rewritten to where they land: "2. 根据权利要求1" pasted as claims
 * 5 and 6 reads "根据权利要求5". A reference to a number the paste does not have is left as
 * written, as is every reference of claims imported whole (no `firstNumber`).
 */
export function claimsFromText(schema: Schema, text: string, firstNumber?: number): ProseMirrorNode[] {
  // The jurisdiction only changes how claims are classified, not where they split.
  const parsed = parseClaimText(text, { jurisdiction: 'CN' })
  const landing = new Map(firstNumber === undefined ? [] : parsed.map((claim, index) => [claim.number, firstNumber + index]))
  return parsed.map((claim) => {
    const body = withReferencesAt(claim, landing).slice(claim.bodyStart).trim()
    const lines = body.split(/\r?\n/)
    const content = lines.flatMap((line, index) => [
      ...(index > 0 ? [schema.nodes.hardBreak!.create()] : []),
      ...(line ? [schema.text(line)] : []),
    ])
    return schema.nodes.claim!.create({ id: newClaimId() }, content)
  })
}

// The claim's text with each number in its references that names a pasted claim replaced by that
// claim's number where it lands. Numbers keep their width or change it; the number prefix is before
// every reference, so bodyStart still holds.
function withReferencesAt(claim: ParsedClaim, landing: ReadonlyMap<number, number>): string {
  let text = claim.text
  const rewrites: { start: number; end: number; number: number }[] = []
  for (const reference of claim.references) {
    const written = text.slice(reference.range.start, reference.range.end)
    for (const token of written.matchAll(/\d+/g)) {
      const number = landing.get(Number(token[0]))
      if (number !== undefined && number !== Number(token[0])) {
        const start = reference.range.start + token.index!
        rewrites.push({ start, end: start + token[0].length, number })
      }
    }
  }
  for (const { start, end, number } of rewrites.sort((a, b) => b.start - a.start)) text = text.slice(0, start) + number + text.slice(end)
  return text
}

/** The claim list around a position and the depth it is at, or null outside claims. */
function claimListAt($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth >= 0; depth--) if ($pos.node(depth).type.name === 'claimList') return depth
  return null
}

/** A pasted part's lines as the blocks of its section: paragraphs, and in a description its part headings as headings. */
function sectionBlocks(schema: Schema, field: string, lines: readonly string[]): ProseMirrorNode[] {
  const paragraphs = lines.map((line) => line.trim()).filter(Boolean).map((line) => schema.nodes.paragraph!.create(null, schema.text(line)))
  return field === 'description' ? paragraphs.map(asDescriptionBlock) : paragraphs
}

/**
 * Puts pasted blocks into the document's section of `field`: in place of what a section with
 * nothing written in it holds (an empty abstract, a description template's headings), after its
 * text otherwise, where they replace nothing the agent wrote.
 */
function pasteIntoSection(tr: Transaction, field: string, blocks: readonly ProseMirrorNode[]): void {
  const section = sectionOf(tr.doc, field)
  if (!section || blocks.length === 0) return
  const end = section.pos + section.node.nodeSize - 1
  tr.replaceWith(isUnwritten(section.node) ? section.pos + 1 : end, end, blocks)
}

/** The document's first section of `field` and where it is. */
function sectionOf(doc: ProseMirrorNode, field: string): { node: ProseMirrorNode; pos: number } | null {
  let found: { node: ProseMirrorNode; pos: number } | null = null
  doc.descendants((node, pos) => {
    if (!found && node.type.name === 'section' && node.attrs.field === field) found = { node, pos }
    return !found && node.type.name !== 'section'
  })
  return found
}

/**
 * The claims of a numbered plain-text paste, where the selection says: in place of an empty
 * claim; before a claim when the caret is at its start; after it otherwise; and in place of every
 * claim a selection across claims touches, or of the one claim a selection covers whole
 * ("select all, paste"). A whole application pasted ("权利要求书 1. … 说明书摘要 …") has its
 * abstract and description put into their sections (pasteIntoSection), not into its last claim.
 * The caret ends at the end of the last pasted claim. Null when the selection is not in claims or
 * the text has no numbered claims.
 */
export function pasteClaims(state: EditorState, text: string): Transaction | null {
  const { $from, $to, empty } = state.selection
  const depth = claimListAt($from)
  if (depth === null) return null
  const application = pastedApplication(text, (field) => sectionOf(state.doc, field) !== null)
  if (!NUMBERED_LINE.test(application.claims)) return null
  const list = $from.node(depth)
  const listStart = $from.start(depth)
  const first = $from.index(depth)
  const last = claimListAt($to) === depth && $to.start(depth) === listStart ? $to.index(depth) : first
  const claim = list.child(first)
  // Claim indexes [from, to) that the paste replaces, and where its claims go.
  // Ctrl+A in a set of one claim selects that claim's text: it is replaced like a set of many.
  const wholeClaim = !empty && $from.parent === claim && $from.parentOffset === 0 && $to.parent === claim && $to.parentOffset === claim.content.size
  let replace: [number, number]
  if (last > first) replace = [first, last + 1]
  else if (claim.content.size === 0 || wholeClaim) replace = [first, first + 1]
  else if (empty && $from.parentOffset === 0 && $from.parent === claim) replace = [first, first]
  else replace = [first + 1, first + 1]
  const claims = claimsFromText(state.schema, application.claims, replace[0] + 1)
  if (claims.length === 0) return null
  const from = $from.posAtIndex(replace[0], depth)
  const pasted = Fragment.from(claims)
  const tr = state.tr.replaceWith(from, $from.posAtIndex(replace[1], depth), pasted)
  // Typing goes on at the end of the last pasted claim. Left to ProseMirror, a caret in a claim the
  // paste replaced fell past the claim list, into the abstract. The sections' steps map it.
  tr.setSelection(TextSelection.create(tr.doc, from + pasted.size - 1))
  for (const [field, lines] of application.sections) pasteIntoSection(tr, field, sectionBlocks(state.schema, field, lines))
  return tr.scrollIntoView()
}

/**
 * Pasting "1. … 2. …" (or "(1) … (2) …") into the claims makes one claim per number, as agents
 * paste from Word; a whole application's abstract and description go into their sections.
 */
export const ClaimPaste = Extension.create({
  name: 'claimPaste',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: new PluginKey('claimPaste'),
      props: {
        handlePaste(view, event) {
          const text = event.clipboardData?.getData('text/plain') ?? ''
          const tr = pasteClaims(view.state, text)
          if (!tr) return false
          view.dispatch(tr)
          return true
        },
      },
    }),
  ],
})
