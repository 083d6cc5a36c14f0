import type { DocumentId, MatterId } from '../../shared/domain/ids'
import type { ArchiveEntryKind, ArchiveEntryView, ArchiveFacts } from '../../shared/review/reviewApi'
import type { Caller } from '../access'
import { newId } from '../newId'
import type { ArchiveEntryRecord } from '../storage/ReviewStore'
import { csvText } from '../../shared/review/csv'

/** A new entry of the process archive, by the caller, now. */
export function archiveEntry(
  caller: Caller,
  matterId: MatterId,
  kind: ArchiveEntryKind,
  fields: { documentId?: DocumentId; from?: string | null; to?: string | null; versionHash?: string; note?: string | null; facts?: ArchiveFacts } = {},
): ArchiveEntryRecord {
  return {
    id: newId(),
    matterId,
    documentId: fields.documentId ?? null,
    at: new Date().toISOString(),
    actorId: caller.user.id,
    actorName: caller.user.name,
    kind,
    from: fields.from ?? null,
    to: fields.to ?? null,
    versionHash: fields.versionHash ?? null,
    note: fields.note ?? null,
    facts: fields.facts ?? null,
  }
}

export const archiveEntryView = (entry: ArchiveEntryRecord): ArchiveEntryView => ({
  id: entry.id,
  at: entry.at,
  actor: { id: entry.actorId, name: entry.actorName },
  kind: entry.kind,
  documentId: entry.documentId,
  from: entry.from,
  to: entry.to,
  versionHash: entry.versionHash,
  note: entry.note,
  facts: entry.facts,
})

const CSV_COLUMNS = ['at', 'actor', 'kind', 'documentId', 'from', 'to', 'versionHash', 'note', 'facts'] as const

/**
 * The archive as CSV with a header row (the JSON's field names), one line per entry, oldest first;
 * its facts as the JSON's object, last, so that the columns before stay where tools read them.
 */
export function archiveCsv(entries: readonly ArchiveEntryRecord[]): string {
  return csvText([CSV_COLUMNS, ...entries.map((e) => [e.at, e.actorName, e.kind, e.documentId, e.from, e.to, e.versionHash, e.note, e.facts && JSON.stringify(e.facts)])])
}
