import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import type { DocumentKind } from '../domain/documentKinds'

/** The name of the top-level Y.XmlFragment that holds a document's rich text. */
export const BODY_FIELD = 'body'

/**
 * The Tiptap extensions that define a document of this kind. The client mounts them in the
 * editor; the server builds the same schema with getSchema() to read, seed and validate
 * documents, so nothing parses a document in two ways.
 */
export function documentExtensions(_kind: DocumentKind): Extensions {
  return [
    StarterKit.configure({
      // Yjs keeps the history of a shared document; ProseMirror's own would undo others' edits.
      undoRedo: false,
      link: false,
    }),
  ]
}
