import { updateYFragment } from '@tiptap/y-tiptap'
import { BODY_FIELD } from '../../shared/editor/documentSchema'
import type { Caller } from '../access'
import { archiveEntry } from '../review/archiveEntry'
import type { DocumentRecord, Store, VersionRecord } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { versionFromState, versionSavedEntry } from './saveVersions'
import { openSnapshot } from './versionContent'

/**
 * Makes a document read as one of its versions again, as a new change that everyone with the
 * document open receives — history is never rewritten. What it said before is kept as a
 * version of its own, and the restore is recorded in the matter's process archive.
 */
export async function restoreVersion(store: Store, sync: SyncServer, caller: Caller, document: DocumentRecord, version: VersionRecord): Promise<VersionRecord> {
  const target = openSnapshot(document.kind, version.snapshot)
  const backup = await sync.applyServerChange(document.id, (doc) => {
    // Kept from the very state the restore replaces, so that no edit falls between the two.
    const before = versionFromState(doc, document, caller, `⟲ ${version.name}`, 'before-restore')
    // The smallest edit from the body as it is to the version's, as the editor would make it.
    updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), target, { mapping: new Map(), isOMark: new Map() })
    return before
  })
  const restored = archiveEntry(caller, document.matterId, 'version.restored', {
    documentId: document.id,
    from: backup.versionHash,
    versionHash: version.versionHash,
    note: version.name,
  })
  await store.createVersions([backup], [versionSavedEntry(caller, document, backup), restored])
  return backup
}
