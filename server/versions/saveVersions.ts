import * as Y from 'yjs'
import type { VersionOrigin } from '../../shared/editor/versionApi'
import type { Caller } from '../access'
import { readBody } from '../../shared/editor/documentBody'
import { newId } from '../newId'
import { archiveEntry } from '../review/archiveEntry'
import { contentHash } from '../review/reviewedDocument'
import type { ArchiveEntryRecord } from '../storage/ReviewStore'
import type { DocumentRecord, Store, VersionRecord } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'

/** A version of a document as it is now: its whole state, so that it opens without replaying history. */
export async function currentVersion(sync: SyncServer, document: DocumentRecord, caller: Caller, name: string, origin: VersionOrigin): Promise<VersionRecord> {
  const doc = await sync.currentState(document.id)
  const version = versionFromState(doc, document, caller, name, origin)
  doc.destroy()
  return version
}

/** A version of a document as `doc` holds it. */
export function versionFromState(doc: Y.Doc, document: DocumentRecord, caller: Caller, name: string, origin: VersionOrigin): VersionRecord {
  const snapshot = Y.encodeStateAsUpdate(doc)
  const versionHash = contentHash(readBody(document.kind, doc))
  return { id: newId(), documentId: document.id, name, origin, versionHash, snapshot, createdBy: caller.user.id, createdAt: new Date().toISOString() }
}

/** The archive entry that records a saved version (seed 001: every submitted version is recorded). */
export const versionSavedEntry = (caller: Caller, document: DocumentRecord, version: VersionRecord): ArchiveEntryRecord =>
  archiveEntry(caller, document.matterId, 'version.saved', { documentId: document.id, versionHash: version.versionHash, to: version.origin, note: version.name })

/** Saves a version of each document as it is now, each recorded in the process archive. */
export async function saveVersions(
  store: Store,
  sync: SyncServer,
  caller: Caller,
  documents: readonly DocumentRecord[],
  name: string,
  origin: VersionOrigin,
): Promise<VersionRecord[]> {
  const versions = await Promise.all(documents.map((document) => currentVersion(sync, document, caller, name, origin)))
  await store.createVersions(
    versions,
    versions.map((version, index) => versionSavedEntry(caller, documents[index]!, version)),
  )
  return versions
}
