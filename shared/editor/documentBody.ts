import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import type { DocumentKind } from '../domain/documentKinds'
import { BODY_FIELD, documentSchemaExtensions } from './documentSchema'

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

/** Reads a document's body through its schema, as the editor would show it. */
export function readBody(kind: DocumentKind, doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schemaFor(kind))
}

/**
 * What a version hash is the SHA-256 of: the body's JSON. The server hashes it with node:crypto;
 * a browser page, with WebCrypto (versionHashOf), to bind an approval to the text it shows.
 */
export const hashedForm = (body: ProseMirrorNode): string => JSON.stringify(body.toJSON())

/**
 * The version hash of a document as this copy holds it, or null where WebCrypto is missing (a page
 * served over plain HTTP to another machine is not a secure context).
 */
export async function versionHashOf(kind: DocumentKind, doc: Y.Doc): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(hashedForm(readBody(kind, doc))))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
