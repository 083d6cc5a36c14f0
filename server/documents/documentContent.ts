import { getSchema, type JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { BODY_FIELD, documentSchemaExtensions } from '../../shared/editor/documentSchema'
import { hasEmptyBlockWithoutText, withTextInEmptyBlocks } from '../../shared/editor/textInEmptyBlocks'

const schemas = new Map<DocumentKind, Schema>()

/** The ProseMirror schema of a document kind, built from the same extensions the editor mounts. */
export function schemaFor(kind: DocumentKind): Schema {
  let schema = schemas.get(kind)
  if (!schema) {
    schema = getSchema(documentSchemaExtensions(kind))
    schemas.set(kind, schema)
  }
  return schema
}

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

/** Reads a document's body through its schema, as the editor would show it. */
export function readBody(kind: DocumentKind, doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schemaFor(kind))
}
