import type { DocumentRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { currentVersion } from './reviewedDocument'

/**
 * Whether a document's latest approval still holds: `valid` while its content is the approved
 * version, `stale` once it differs, null when nobody has approved it. Needs only the content hash.
 */
export async function latestApprovalState(store: Store, sync: SyncServer, document: DocumentRecord): Promise<'valid' | 'stale' | null> {
  const approvals = await store.approvals(document.id)
  const latest = approvals[approvals.length - 1]
  if (!latest) return null
  const { versionHash } = await currentVersion(sync, document)
  return latest.versionHash === versionHash ? 'valid' : 'stale'
}
