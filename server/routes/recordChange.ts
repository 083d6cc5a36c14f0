import { z } from 'zod'
import type { ArchiveEntryKind } from '../../shared/review/reviewApi'

/** `PATCH` body of a matter or a document: a new title, and/or archived (true) or restored (false). */
export const RecordChange = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    archived: z.boolean().optional(),
  })
  .refine((change) => change.title !== undefined || change.archived !== undefined, 'give a title or archived')

export type RecordChangeInput = z.infer<typeof RecordChange>

/**
 * What the store changes and what the process archive records for a change of a matter's or a
 * document's title or archived state. Nothing is ever deleted: archiving hides, restoring shows.
 */
export function recordChanges(
  kind: 'matter' | 'document',
  current: { title: string; archivedAt?: string | null },
  change: RecordChangeInput,
): { changes: { title?: string; archivedAt?: string | null }; archive: { kind: ArchiveEntryKind; from: string | null; to: string | null }[] } {
  const changes: { title?: string; archivedAt?: string | null } = {}
  const archive: { kind: ArchiveEntryKind; from: string | null; to: string | null }[] = []
  if (change.title !== undefined && change.title !== current.title) {
    changes.title = change.title
    archive.push({ kind: `${kind}.renamed`, from: current.title, to: change.title })
  }
  const archived = Boolean(current.archivedAt)
  if (change.archived !== undefined && change.archived !== archived) {
    changes.archivedAt = change.archived ? new Date().toISOString() : null
    archive.push({ kind: `${kind}.archived`, from: archived ? 'archived' : 'active', to: change.archived ? 'archived' : 'active' })
  }
  return { changes, archive }
}
