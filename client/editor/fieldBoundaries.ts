import { Extension, type Editor, type KeyboardShortcutCommand } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode, type ResolvedPos } from '@tiptap/pm/model'
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { fieldDepth, fieldOutline, RESTRUCTURES } from '../../shared/editor/documentFields'

/**
 * A document is a form of fields (documentFields.ts), and its editor keeps them as a form does:
 *
 * - Ctrl+A (⌘A) selects the text of the field the caret is in, not the whole document — in the
 *   claims, the claim first and all claims when pressed again;
 * - a selection ends at the edge of the field it started in, whether made with Shift and the
 *   arrows or with the mouse, and Delete at a field's end deletes nothing of the next;
 * - whole sections pasted into a field are pasted as their text;
 * - no local edit adds, removes or replaces a field unless it says it does (`RESTRUCTURES`).
 *
 * Before, typing over a selection from one field into the next deleted the fields in between and
 * the next one's heading, for everyone, and nothing but Undo brought them back. Edits that come
 * from the shared document (others' edits, Undo) are not checked: they are the document.
 */
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform)

export const FieldBoundaries = Extension.create({
  name: 'fieldBoundaries',

  // Before the editor's own keys: Delete at a field's end must not reach them or the browser.
  priority: 1000,

  addKeyboardShortcuts() {
    const stopAtFieldEnd = ({ editor }: { editor: Editor }) => atFieldEnd(editor.state)
    // The Mac's other keys for deleting forward; elsewhere Ctrl+D is the browser's bookmark.
    const macDeletes: Record<string, KeyboardShortcutCommand> = IS_MAC
      ? { 'Alt-Delete': stopAtFieldEnd, 'Ctrl-d': stopAtFieldEnd, 'Alt-d': stopAtFieldEnd, 'Ctrl-Alt-Backspace': stopAtFieldEnd }
      : {}
    return {
      Delete: stopAtFieldEnd,
      'Mod-Delete': stopAtFieldEnd,
      ...macDeletes,
      'Mod-a': ({ editor }) => {
        const { selection, doc } = editor.state
        const depth = fieldDepth(selection.$from)
        if (depth === 0) return false
        const within = (at: number) => TextSelection.between(doc.resolve(selection.$from.start(at)), doc.resolve(selection.$from.end(at)))
        // In the claims, the claim the caret is in first — one typed over is one claim replaced —
        // and, pressed again, every claim (to paste a whole claim set over them).
        const claim = claimDepth(selection.$from)
        const claimText = claim > depth ? within(claim) : null
        const next = claimText && (selection.from > claimText.from || selection.to < claimText.to) ? claimText : within(depth)
        editor.view.dispatch(editor.state.tr.setSelection(next))
        return true
      },
    }
  },

  addProseMirrorPlugins() {
    return [fieldBoundaryPlugin()]
  },
})

/** The depth of the claim around a position, or -1 outside a claim. */
function claimDepth($pos: ResolvedPos): number {
  for (let depth = $pos.depth; depth > 0; depth--) if ($pos.node(depth).type.name === 'claim') return depth
  return -1
}

/** The guard, the selection's edge and the paste of FieldBoundaries, without the shortcut. */
export function fieldBoundaryPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('fieldBoundaries'),
    filterTransaction: (tr, state) => keepsFields(tr, state),
    appendTransaction: (transactions, _oldState, state) => {
      if (!transactions.some((tr) => tr.selectionSet)) return null
      const within = selectionWithinOneField(state)
      return within ? state.tr.setSelection(within) : null
    },
    props: {
      transformPasted: (slice) => withoutFields(slice),
    },
  })
}

/**
 * Whether the caret stands at the very end of its field, where Delete has nothing of the field's
 * to delete. No command of the editor's applies there (the field is isolating), so the browser
 * deleted on its own: it moved the caret into the next field, and held down, Delete went on
 * deleting that field's text.
 */
function atFieldEnd(state: EditorState): boolean {
  const { selection, doc } = state
  if (!selection.empty) return false
  const depth = fieldDepth(selection.$from)
  if (depth === 0) return false
  const last = Selection.findFrom(doc.resolve(selection.$from.end(depth)), -1, true)
  return last?.from === selection.from
}

function keepsFields(tr: Transaction, state: EditorState): boolean {
  if (!tr.docChanged || tr.getMeta(ySyncPluginKey) || tr.getMeta(RESTRUCTURES)) return true
  const before = fieldOutline(state.doc)
  const after = fieldOutline(tr.doc)
  return before.length === after.length && before.every((field, i) => field === after[i])
}

/** The selection cut at the edge of the field where it starts, or null when it lies in one field already. */
function selectionWithinOneField(state: EditorState): Selection | null {
  const { selection, doc } = state
  if (!(selection instanceof TextSelection) || selection.empty) return null
  const { $anchor, $head } = selection
  const depth = fieldDepth($anchor)
  if (depth === 0 || sameField($anchor, depth, $head)) return null
  const forward = $head.pos > $anchor.pos
  const edge = doc.resolve(forward ? $anchor.end(depth) : $anchor.start(depth))
  const head = Selection.findFrom(edge, forward ? -1 : 1, true)
  return head ? TextSelection.create(doc, $anchor.pos, head.head) : null
}

function sameField($anchor: ResolvedPos, depth: number, $head: ResolvedPos): boolean {
  return $head.pos >= $anchor.start(depth) && $head.pos <= $anchor.end(depth)
}

/**
 * Whole sections in pasted content (copied across fields elsewhere, or from a Claimroom export)
 * give their blocks: ProseMirror would put them beside the section pasted into, which the guard
 * refuses, so that the paste did nothing. Text copied within a field needs nothing: a section
 * is isolating, and ProseMirror keeps the one pasted into.
 */
function withoutFields(slice: Slice): Slice {
  const nodes = slice.content.content
  if (!nodes.some(isSection)) return slice
  return new Slice(Fragment.from(nodes.flatMap((node) => (isSection(node) ? node.content.content : [node]))), 0, 0)
}

const isSection = (node: ProseMirrorNode) => node.type.name === 'section'
