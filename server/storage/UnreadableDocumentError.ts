import type { DocumentId } from '../../shared/domain/ids'

/**
 * A stored document that cannot be read back — a corrupt row, or updates Yjs cannot apply. What
 * is stored stays as it is; whoever asked for the document is told that it is unreadable.
 */
export class UnreadableDocumentError extends Error {
  constructor(
    readonly documentId: DocumentId,
    cause: unknown,
  ) {
    super(`document ${documentId} could not be read from storage: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'UnreadableDocumentError'
  }
}
