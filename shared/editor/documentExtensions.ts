import type { Extensions } from '@tiptap/core'
import type { DocumentKind } from '../domain/documentKinds'
import { ClaimNumbering } from './ClaimNumbering'
import { ClaimPaste } from './ClaimPaste'
import { DescriptionPaste } from './DescriptionPaste'
import { documentSchemaExtensions, type DocumentExtensionOptions } from './documentSchema'
import { PastedLines } from './PastedLines'

export { BODY_FIELD, DOCUMENT_CONTENT, type DocumentExtensionOptions } from './documentSchema'

/**
 * What the editor mounts for a document of this kind: its schema (`documentSchemaExtensions`)
 * and the behaviour of typing in it — claim numbers and references kept in step, numbered
 * claims pasted as claims, other pasted text of several lines as lines of the claim or title it
 * lands in, a pasted description without paragraph numbers and with its headings.
 */
export function documentExtensions(kind: DocumentKind, options: DocumentExtensionOptions = {}): Extensions {
  return [...documentSchemaExtensions(kind, options), ClaimNumbering, ClaimPaste, PastedLines, DescriptionPaste]
}
