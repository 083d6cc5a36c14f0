import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { Fragment } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { parseClaimText } from '../claims/parseClaims'
import { newClaimId } from './claimIds'

/** A line that starts a numbered claim: "1.", "1、", "1 .", "1．", "1-18." */
const NUMBERED_LINE = /^\s*\d+(?:\s*[-–]\s*\d+)?\s*[.．、]/m

/** The claim nodes for claims pasted as numbered plain text; their numbers are dropped, the list numbers them. */
export function claimsFromText(schema: Schema, text: string): ProseMirrorNode[] {
  // The jurisdiction only changes how claims are classified, not where they split.
  return parseClaimText(text, { jurisdiction: 'CN' }).map((claim) => {
    const body = claim.text.slice(claim.bodyStart).trim()
    const lines = body.split(/\r?\n/)
    const content = lines.flatMap((line, index) => [
      ...(index > 0 ? [schema.nodes.hardBreak!.create()] : []),
      ...(line ? [schema.text(line)] : []),
    ])
    return schema.nodes.claim!.create({ id: newClaimId() }, content)
  })
}

/**
 * Replaces the claim holding the selection (when it is empty) or inserts after it the claims of
 * a numbered plain-text paste, or null when the selection is not in a claim or the text has no
 * numbered claims.
 */
export function pasteClaims(state: EditorState, text: string): Transaction | null {
  const { $from } = state.selection
  if ($from.parent.type.name !== 'claim' || !NUMBERED_LINE.test(text)) return null
  const claims = claimsFromText(state.schema, text)
  if (claims.length === 0) return null
  const claimStart = $from.before()
  const claimEnd = $from.after()
  const tr = state.tr
  if ($from.parent.content.size === 0) tr.replaceWith(claimStart, claimEnd, Fragment.from(claims))
  else tr.insert(claimEnd, Fragment.from(claims))
  return tr.scrollIntoView()
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
