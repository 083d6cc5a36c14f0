import type { DocumentDetail } from '../../shared/domain/api'
import type { ArchiveEntryRecord } from '../storage/ReviewStore'
import type { DocumentRecord } from '../storage/Store'

/**
 * While a document waits for changes: the request that sent it back, as the process archive keeps
 * it (who, when, what should change). Null in any other review state.
 */
export async function changesRequested(
  readArchive: () => Promise<readonly ArchiveEntryRecord[]>,
  document: DocumentRecord,
): Promise<DocumentDetail['changesRequested']> {
  // The matter's whole archive is read only for a document that waits for changes (every open asks).
  if (document.reviewState !== 'changes-requested') return null
  const request = (await readArchive()).findLast((e) => e.kind === 'document.review-state' && e.documentId === document.id && e.to === 'changes-requested')
  return request ? { by: { id: request.actorId, name: request.actorName }, at: request.at, note: request.note } : null
}
