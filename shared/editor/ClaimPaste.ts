import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode, ResolvedPos, Schema } from '@tiptap/pm/model'
import { Fragment } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { parseClaimText } from '../claims/parseClaims'
import type { ParsedClaim } from '../claims/types'
import { newClaimId } from './claimIds'

/** A line that starts a numbered claim: "1.", "1、", "1 .", "1．", "1-18." */
const NUMBERED_LINE = /^\s*\d+(?:\s*[-–]\s*\d+)?\s*[.．、]/m

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

/**
 * The claims of a numbered plain-text paste, where the selection says: in place of an empty
 * claim; before a claim when the caret is at its start; after it otherwise; and in place of every
 * claim a selection across claims touches, or of the one claim a selection covers whole
 * ("select all, paste"). The caret ends at the end of the last pasted claim. Null when the
 * selection is not in claims or the text has no numbered claims.
 */
export function pasteClaims(state: EditorState, text: string): Transaction | null {
  const { $from, $to, empty } = state.selection
  const depth = claimListAt($from)
  if (depth === null || !NUMBERED_LINE.test(text)) return null
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
  const claims = claimsFromText(state.schema, text, replace[0] + 1)
  if (claims.length === 0) return null
  const from = $from.posAtIndex(replace[0], depth)
  const pasted = Fragment.from(claims)
  const tr = state.tr.replaceWith(from, $from.posAtIndex(replace[1], depth), pasted)
  // Typing goes on at the end of the last pasted claim. Left to ProseMirror, a caret in a claim the
  // paste replaced fell past the claim list, into the abstract.
  return tr.setSelection(TextSelection.create(tr.doc, from + pasted.size - 1)).scrollIntoView()
}

/** Pasting "1. … 2. …" into the claims makes one claim per number, as agents paste from Word. */
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
