import type { ArchiveEntryView } from '../../shared/review/reviewApi'

/**
 * The approvals of a document that was approved already, each with the version approved before
 * it (null when the archive holds none). Such an entry records `approved` → `approved`: the review
 * state did not change, a lead approved the text as it now is — after it changed, or a second
 * lead the same text. `entries` are the archive's, oldest first.
 */
export function reapprovals(entries: readonly ArchiveEntryView[]): ReadonlyMap<string, { before: string | null }> {
  const lastApproved = new Map<string, string | null>()
  const again = new Map<string, { before: string | null }>()
  for (const entry of entries) {
    if (entry.kind !== 'approval' || entry.documentId === null) continue
    if (entry.from === 'approved') again.set(entry.id, { before: lastApproved.get(entry.documentId) ?? null })
    lastApproved.set(entry.documentId, entry.versionHash)
  }
  return again
}
