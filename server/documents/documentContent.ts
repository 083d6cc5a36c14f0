import { getSchema, type JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { BODY_FIELD, documentSchemaExtensions } from '../../shared/editor/documentSchema'

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
 * not allow is refused (ProseMirror throws), so a stored document always reads back.
 */
export function contentToUpdate(kind: DocumentKind, content: JSONContent): Uint8Array {
  const schema = schemaFor(kind)
  schema.nodeFromJSON(content).check()
  const doc = prosemirrorJSONToYDoc(schema, content, BODY_FIELD)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** Reads a document's body through its schema, as the editor would show it. */
export function readBody(kind: DocumentKind, doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schemaFor(kind))
}
