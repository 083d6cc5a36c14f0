import { Node, type Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import type { DocumentKind } from '../domain/documentKinds'
import { Claim } from './nodes/Claim'
import { ClaimList } from './nodes/ClaimList'
import { DocumentTitle } from './nodes/DocumentTitle'
import { CitedDocument, OfficeAction } from './nodes/OfficeAction'
import { Objection, ObjectionList } from './nodes/Objection'
import { Section } from './nodes/Section'

/** The name of the top-level Y.XmlFragment that holds a document's rich text. */
export const BODY_FIELD = 'body'

/** What each kind of document is made of, in order (DOMAIN.md "The three document kinds"). */
export const DOCUMENT_CONTENT: Record<DocumentKind, string> = {
  disclosure: 'documentTitle section+',
  claims: 'documentTitle claimList section+',
  'oa-reply': 'documentTitle officeAction objectionList section* claimList',
}

export interface DocumentExtensionOptions {
  /** Section headings in the reader's language; the server's schema needs none. */
  labelFor?: (field: string) => string
}

/**
 * The Tiptap extensions that define the schema of a document of this kind. The server builds it
 * with getSchema() to read, seed, validate and check documents; the editor mounts the same ones
 * (with its editing behaviour, `documentExtensions`), so nothing parses a document in two ways.
 * Kept apart from the behaviour so that the server does not load what only typing needs (the
 * claim parser behind pasting, with its English lexicon).
 */
export function documentSchemaExtensions(kind: DocumentKind, options: DocumentExtensionOptions = {}): Extensions {
  const PatentDocument = Node.create({ name: 'doc', topNode: true, content: DOCUMENT_CONTENT[kind] })
  return [
    StarterKit.configure({
      document: false,
      // Yjs keeps the history of a shared document; ProseMirror's own would undo others' edits.
      undoRedo: false,
      link: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      heading: { levels: [3, 4] },
    }),
    PatentDocument,
    DocumentTitle,
    options.labelFor ? Section.configure({ labelFor: options.labelFor }) : Section,
    options.labelFor ? ClaimList.configure({ labelFor: (role) => (role === 'amended' ? options.labelFor!('amendedClaims') : '') }) : ClaimList,
    Claim,
    OfficeAction,
    CitedDocument,
    ObjectionList,
    Objection,
  ]
}
