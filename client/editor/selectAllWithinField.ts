import { Extension } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

/** The parts of a document that Ctrl+A selects the content of: a field, the claims, the title, one objection. */
const FIELDS = new Set(['section', 'claimList', 'documentTitle', 'citedDocument', 'objection'])

/**
 * Ctrl+A (⌘A) selects the text of the field the caret is in, not the whole document. A document
 * is a form of fields; selecting everything and typing deleted every field and its heading, for
 * everyone, and nothing but Undo brought them back.
 */
export const SelectAllWithinField = Extension.create({
  name: 'selectAllWithinField',

  addKeyboardShortcuts() {
    return {
      'Mod-a': ({ editor }) => {
        const { $from } = editor.state.selection
        for (let depth = $from.depth; depth > 0; depth--) {
          if (!FIELDS.has($from.node(depth).type.name)) continue
          const start = $from.start(depth)
          const end = $from.end(depth)
          const field = TextSelection.between(editor.state.doc.resolve(start), editor.state.doc.resolve(end))
          editor.view.dispatch(editor.state.tr.setSelection(field))
          return true
        }
        return false
      },
    }
  },
})
