import type { DocumentKind } from '../../shared/domain/documentKinds'
import { contentToUpdate } from '../documents/documentContent'
import { importedContent, type ImportContext, type ImportSummary } from './importedContent'
import { textParagraphs } from './importedParagraph'
import { readDocx } from './readDocx'

/** What an import brings: a DOCX's bytes or pasted text. */
export type ImportSource = { docx: Uint8Array } | { text: string }

export interface ImportRequest {
  kind: DocumentKind
  source: ImportSource
  context: ImportContext
}

/** A structured import: the new document's first Yjs update, and what was recognised. */
export interface StructuredImport {
  update: Uint8Array
  summary: ImportSummary
  /** The title the new document takes when the import names none, or null for the kind's name (ImportedDocument.title). */
  title: string | null
}

/** Reads the source, structures it as the kind's content and encodes it; throws ApiError on unusable input. */
export async function structureImport({ kind, source, context }: ImportRequest): Promise<StructuredImport> {
  const paragraphs = 'docx' in source ? await readDocx(source.docx) : textParagraphs(source.text)
  const { content, summary, title } = importedContent(kind, paragraphs, context, 'docx' in source ? 'docx' : 'text')
  return { update: contentToUpdate(kind, content), summary, title }
}
