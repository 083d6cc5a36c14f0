import type { DocumentRecord } from '../storage/Store'

/**
 * The reply a matter files when it answers an office action: the one written last, not archived.
 * Earlier rounds' replies were filed before it.
 */
export function latestReply(documents: readonly DocumentRecord[]): DocumentRecord | undefined {
  return documents
    .filter((d) => d.kind === 'oa-reply' && !d.archivedAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1)
}
