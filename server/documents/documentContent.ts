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
 * Puts an empty Y.XmlText into every empty text block (a form's empty field, an empty claim).
 * y-tiptap writes an empty paragraph as an element with no text in it; when two people then type
 * into it at once, each creates a text of their own in it, and y-tiptap's next sync of that
 * paragraph wrote one person's characters a second time ("0a" then "0a1ab"). With one text there
 * from the start, both type into it and Yjs merges the two as it merges any concurrent typing.
 */
function withTextInEmptyBlocks(parent: Y.XmlFragment | Y.XmlElement, schema: Schema): void {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue
    if (child.length === 0 && schema.nodes[child.nodeName]?.isTextblock) child.insert(0, [new Y.XmlText()])
    else withTextInEmptyBlocks(child, schema)
  }
}

/** Reads a document's body through its schema, as the editor would show it. */
export function readBody(kind: DocumentKind, doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schemaFor(kind))
}
