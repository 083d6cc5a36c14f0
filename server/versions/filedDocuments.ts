import type { MatterState } from '../../shared/domain/workflow'
import type { DocumentRecord } from '../storage/Store'

/**
 * What a matter files when it moves on from `from`: when it answers an office action, the reply
 * written last (earlier rounds' replies were filed before it); otherwise every claim set. An
 * archived document is filed never: it is neither asked to be approved nor kept as filed.
 */
export function filedDocuments(documents: readonly DocumentRecord[], from: MatterState): DocumentRecord[] {
  const current = documents.filter((d) => !d.archivedAt)
  if (from !== 'office-action') return current.filter((d) => d.kind === 'claims')
  const reply = current
    .filter((d) => d.kind === 'oa-reply')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1)
  return reply ? [reply] : []
}
