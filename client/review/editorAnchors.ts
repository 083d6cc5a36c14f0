import type { Editor } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { claimIdAt, decodeAnchorPosition, encodeAnchorPosition, resolveAnchor, type TextAnchor } from '../../shared/review/anchor'

interface SyncState {
  doc: Y.Doc
  type: Y.XmlFragment
  binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null
}

const syncState = (state: EditorState): SyncState | null => (ySyncPluginKey.getState(state) as SyncState | undefined) ?? null

/** An anchor on the editor's selection (collapsed: a point, for an insertion), or null before the sync binding exists. */
export function anchorFromSelection(editor: Editor): TextAnchor | null {
  const sync = syncState(editor.state)
  if (!sync?.binding) return null
  const { from, to } = editor.state.selection
  const doc = editor.state.doc
  const claimId = claimIdAt(doc, from)
  return {
    from: encodeAnchorPosition(absolutePositionToRelativePosition(from, sync.type, sync.binding.mapping)),
    to: encodeAnchorPosition(absolutePositionToRelativePosition(to, sync.type, sync.binding.mapping)),
    ...(claimId && claimId === claimIdAt(doc, to) ? { claimId } : {}),
    quote: doc.textBetween(from, to, '\n', '\n'),
  }
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

/** Whether a ProseMirror transaction came from a remote Yjs change (the binding's mapping is current then). */
export const isRemoteChange = (meta: unknown): boolean => (meta as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true

export { ySyncPluginKey }
