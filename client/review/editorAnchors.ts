import type { Editor } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import {
  anchoredTextState,
  claimIdAt,
  decodeAnchorPosition,
  encodeAnchorPosition,
  resolveAnchor,
  type AnchoredTextState,
  type TextAnchor,
} from '../../shared/review/anchor'

interface SyncState {
  doc: Y.Doc
  type: Y.XmlFragment
  binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null
}

const syncState = (state: EditorState): SyncState | null => (ySyncPluginKey.getState(state) as SyncState | undefined) ?? null

/**
 * An anchor on the editor's selection (collapsed: a point, for an insertion), or null before the
 * sync binding exists. The ends of a range hold on to the text inside it: its start to the first
 * character, its end to the last. y-tiptap ties every position to the character before it, so
 * text typed just before a commented passage joined the passage for everyone but the typist.
 */
export function anchorFromSelection(editor: Editor): TextAnchor | null {
  const { from, to } = editor.state.selection
  return anchorOnRange(editor, from, to)
}

/**
 * An anchor on the whole text of the claim with this id, or null when it is gone: what a reader
 * who cannot select text (the keyboard alone, in a read-only text) comments on.
 */
export function anchorOnClaim(editor: Editor, claimId: string): TextAnchor | null {
  let anchor: TextAnchor | null = null
  editor.state.doc.descendants((node, pos) => {
    if (anchor || node.type.name !== 'claim') return !anchor
    if (node.attrs.id === claimId) anchor = anchorOnRange(editor, pos + 1, pos + 1 + node.content.size)
    return false
  })
  return anchor
}

function anchorOnRange(editor: Editor, from: number, to: number): TextAnchor | null {
  const sync = syncState(editor.state)
  if (!sync?.binding) return null
  const doc = editor.state.doc
  const claimId = claimIdAt(doc, from)
  const start = absolutePositionToRelativePosition(from, sync.type, sync.binding.mapping)
  return {
    from: encodeAnchorPosition(from === to ? start : tiedToTheRight(start, sync.doc)),
    to: encodeAnchorPosition(absolutePositionToRelativePosition(to, sync.type, sync.binding.mapping)),
    ...(claimId && claimId === claimIdAt(doc, to) ? { claimId } : {}),
    quote: doc.textBetween(from, to, '\n', '\n'),
  }
}

/** The same place, tied to the character after it rather than the one before. */
function tiedToTheRight(position: Y.RelativePosition, doc: Y.Doc): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc)
  return absolute ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0) : position
}

/** Where an anchor is in this editor state now, or null when its text is gone. */
export function resolveInState(state: EditorState, anchor: TextAnchor): { from: number; to: number } | null {
  const sync = syncState(state)
  if (!sync?.binding) return null
  const mapping = sync.binding.mapping
  const range = resolveAnchor(anchor, state.doc, (encoded) => {
    const position = decodeAnchorPosition(encoded)
    return position ? relativePositionToAbsolutePosition(sync.doc, sync.type, position, mapping) : null
  })
  if (!range || range.to > state.doc.content.size) return null
  return range
}

/** How an anchor's text stands in this editor state: as it was, changed, or gone. */
export function anchorTextState(state: EditorState, anchor: TextAnchor): AnchoredTextState {
  return anchoredTextState(anchor, state.doc, resolveInState(state, anchor))
}

/**
 * Where an anchor is now if its text is still the text it was made on, else null: a suggestion
 * applied there would overwrite someone's later edit.
 */
export function unchangedRange(state: EditorState, anchor: TextAnchor): { from: number; to: number } | null {
  const range = resolveInState(state, anchor)
  return range && state.doc.textBetween(range.from, range.to, '\n', '\n') === anchor.quote ? range : null
}

/** Whether a ProseMirror transaction came from a remote Yjs change (the binding's mapping is current then). */
export const isRemoteChange = (meta: unknown): boolean => (meta as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true

export { ySyncPluginKey }
