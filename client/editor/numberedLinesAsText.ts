import type { AnyExtension, Extensions } from '@tiptap/core'

/**
 * The document extensions with Tiptap's ordered list, but without its paste: plain text whose
 * lines all start "3.", "a)" or "ii." pasted outside the claims became a list. Agents paste
 * claim, point and step numbers as text, as they type them (INPUT_RULES), and the list's paste
 * left the caret past it, at the start of the next field: "3. …" pasted into the abstract, the
 * next words went into the description's first heading. The list stays in the schema, for lists
 * pasted as HTML and documents that have them.
 */
export function numberedLinesAsText(extensions: Extensions): Extensions {
  return extensions.map((extension) => (extension.name === 'starterKit' ? withoutListPaste(extension) : extension))
}

function withoutListPaste(starterKit: AnyExtension): AnyExtension {
  return starterKit.extend({
    addExtensions() {
      return (this.parent?.() ?? []).map((extension: AnyExtension) =>
        // The ordered list's only plugin is its plain-text paste.
        extension.name === 'orderedList' ? extension.extend({ addProseMirrorPlugins: () => [] }) : extension,
      )
    },
  }) as AnyExtension
}
