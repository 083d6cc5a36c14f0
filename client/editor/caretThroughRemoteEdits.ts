import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** What y-tiptap's sync plugin keeps in its state (the parts this needs). */
interface SyncBinding {
  doc: Y.Doc
  type: Y.XmlFragment
  mapping: Map<Y.AbstractType<unknown>, unknown>
}

interface RelativeCaret {
  anchor: Y.RelativePosition
  head: Y.RelativePosition
}

const key = new PluginKey('caretThroughRemoteEdits')

/**
 * Keeps the local caret where Yjs says it is after someone else's edit.
 *
 * @tiptap/y-tiptap 3.0.9 restores the caret after a remote change from Yjs relative positions,
 * then second-guesses the result whenever the caret's paragraph has a different text than before
 * (`isMisresolvedAfterStructuralChange`), and puts the caret back at its old offset in that
 * paragraph. That guess is meant for blocks moved by deleting and re-inserting them; but a
 * colleague typing earlier in the same paragraph changes its text too, so every keystroke of theirs
 * moved this user's caret one character back, and what this user typed came out reversed
 * ("mnop" became "pon…m").
 *
 * So the caret is taken as relative positions before every Yjs transaction (as y-tiptap does), and
 * after a remote change it is set to where they resolve — unless the paragraph they point into was
 * deleted on the way, the case the guess is for, which is left to y-tiptap.
 */
export const CaretThroughRemoteEdits = Extension.create({
  name: 'caretThroughRemoteEdits',

  addProseMirrorPlugins() {
    let before: RelativeCaret | null = null
    return [
      new Plugin({
        key,
        view(view) {
          const binding = bindingOf(view.state)
          if (!binding) return {}
          const capture = () => {
            const { selection } = view.state
            before =
              selection instanceof TextSelection
                ? {
                    anchor: absolutePositionToRelativePosition(selection.anchor, binding.type, binding.mapping as never),
                    head: absolutePositionToRelativePosition(selection.head, binding.type, binding.mapping as never),
                  }
                : null
          }
          binding.doc.on('beforeAllTransactions', capture)
          return { destroy: () => binding.doc.off('beforeAllTransactions', capture) }
        },
        appendTransaction(transactions, oldState, state) {
          const remote = transactions.some((tr) => {
            const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined
            return sync?.isChangeOrigin === true && sync.isUndoRedoOperation !== true
          })
          const binding = bindingOf(state)
          if (!remote || !before || !binding || !(state.selection instanceof TextSelection)) return null
          let anchor = resolveIntact(binding, before.anchor)
          let head = resolveIntact(binding, before.head)
          if ((anchor === null || head === null) && oldState.selection.empty) anchor = head = caretAfterSplit(oldState, state, binding, before.head)
          if (anchor === null || head === null) return null
          if (anchor === state.selection.anchor && head === state.selection.head) return null
          if (Math.max(anchor, head) > state.doc.content.size) return null
          return state.tr
            .setSelection(TextSelection.create(state.doc, anchor, head))
            .setMeta('addToHistory', false)
            .setMeta(ySyncPluginKey, { isChangeOrigin: true })
        },
      }),
    ]
  },
})

/**
 * Where a caret goes when a colleague split its paragraph in front of it (pressed Enter there):
 * the characters before the caret moved into a new paragraph, whose items Yjs cannot follow, and
 * y-tiptap left the caret at the end of the first half, so that what this user typed next landed
 * there. Found by the text: the first half is the start of the old paragraph, and the new
 * paragraph right after it starts with the rest of what preceded the caret. Null otherwise.
 */
function caretAfterSplit(oldState: EditorState, state: EditorState, binding: SyncBinding, head: Y.RelativePosition): number | null {
  const $old = oldState.selection.$head
  const resolved = relativePositionToAbsolutePosition(binding.doc, binding.type, head, binding.mapping as never)
  if (resolved === null || resolved > state.doc.content.size || !$old.parent.isTextblock) return null
  const $now = state.doc.resolve(resolved)
  const plain = (node: typeof $now.parent) => node.isTextblock && node.content.size === node.textContent.length
  if (!plain($old.parent) || !plain($now.parent) || $now.parentOffset !== $now.parent.content.size) return null
  const oldText = $old.parent.textContent
  const kept = $now.parent.textContent
  if (kept.length >= $old.parentOffset || !oldText.startsWith(kept)) return null
  const after = $now.after()
  const next = state.doc.nodeAt(after)
  if (!next || !plain(next) || !next.textContent.startsWith(oldText.slice(kept.length, $old.parentOffset))) return null
  return after + 1 + ($old.parentOffset - kept.length)
}

function bindingOf(state: EditorState): SyncBinding | null {
  const sync = ySyncPluginKey.getState(state) as { binding?: SyncBinding } | undefined
  return sync?.binding ?? null
}

/**
 * Where a relative position lies now, or null if the character it follows was deleted, or the
 * element it points into (or one around it): a paragraph split or moved, whose text lives on in
 * new items that Yjs cannot follow.
 */
function resolveIntact(binding: SyncBinding, position: Y.RelativePosition): number | null {
  if (position.item && Y.getItem(binding.doc.store, position.item).deleted) return null
  const decoded = Y.createAbsolutePositionFromRelativePosition(position, binding.doc)
  if (!decoded) return null
  for (let item = decoded.type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) {
    if (item.deleted) return null
  }
  return relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping as never)
}
