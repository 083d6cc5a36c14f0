import type { JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { schemaFor } from '../../shared/editor/documentBody'
import { BODY_FIELD } from '../../shared/editor/documentSchema'
import { hasEmptyBlockWithoutText, withTextInEmptyBlocks } from '../../shared/editor/textInEmptyBlocks'

/**
 * Encodes rich-text content as the first Yjs update of a new document. Content the schema does
 * not allow is refused (ProseMirror throws), so a stored document always reads back. Every empty
 * text block gets an empty text of its own (withTextInEmptyBlocks).
 */
export function contentToUpdate(kind: DocumentKind, content: JSONContent): Uint8Array {
  const schema = schemaFor(kind)
  schema.nodeFromJSON(content).check()
  const doc = prosemirrorJSONToYDoc(schema, content, BODY_FIELD)
  doc.transact(() => withTextInEmptyBlocks(doc.getXmlFragment(BODY_FIELD), schema))
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * The change a stored document of this kind needs so that each of its empty text blocks has a
 * text of its own, or null when none lacks one: documents created before that fix
 * (textInEmptyBlocks.ts) get it as they load.
 */
export function textForEmptyBlocks(kind: DocumentKind, doc: Y.Doc): ((copy: Y.Doc) => void) | null {
  const schema = schemaFor(kind)
  if (!hasEmptyBlockWithoutText(doc.getXmlFragment(BODY_FIELD), schema)) return null
  return (copy) => copy.transact(() => withTextInEmptyBlocks(copy.getXmlFragment(BODY_FIELD), schema))
}
