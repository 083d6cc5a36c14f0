import { getSchema, type JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import type { DocumentKind } from '../domain/documentKinds'
import { documentExtensions } from './documentExtensions'

/** The schema of a kind and a document built in it, for tests of what reads documents. */
export function buildDocument(kind: DocumentKind, content: JSONContent): { schema: Schema; doc: ProseMirrorNode } {
  const schema = getSchema(documentExtensions(kind))
  const doc = schema.nodeFromJSON(content)
  doc.check()
  return { schema, doc }
}
