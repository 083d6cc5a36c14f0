import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { documentLocale } from '../../shared/editor/documentTemplate'
import { CURRENT_VERSION } from '../../shared/editor/versionApi'
import type { VersionStamp } from '../../shared/files/officeLayout'
import { CURRENT_TEXT_NAME } from '../../shared/files/stampLine'
import { ApiError } from '../ApiError'
import { currentVersion } from '../review/reviewedDocument'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { openSnapshot } from '../versions/versionContent'

/** The content a file or printout shows and the stamp that says which version it is. */
export interface ExportedVersion {
  body: ProseMirrorNode
  stamp: VersionStamp
}

/**
 * The version an export shows: the one asked for (a version id, or `current` for the text as it
 * is now); by default the version a lead approved last, and the current text when none is
 * approved — the stamp then says "not approved". A version of another document is not found.
 */
export async function exportedVersion(
  store: Store,
  sync: SyncServer,
  document: DocumentRecord,
  matter: MatterRecord,
  versionId: string | undefined,
): Promise<ExportedVersion> {
  const approvals = await store.approvals(document.id)
  const approvedHashes = new Set(approvals.map((a) => a.versionHash))

  if (versionId !== undefined && versionId !== CURRENT_VERSION) {
    const version = await store.findVersion(versionId)
    if (!version || version.documentId !== document.id) throw ApiError.notFound(`version ${versionId} of this document`)
    return {
      body: openSnapshot(document.kind, version.snapshot),
      stamp: { versionId: version.id, name: version.name, versionHash: version.versionHash, approved: approvedHashes.has(version.versionHash), at: version.createdAt },
    }
  }

  const approval = approvals[approvals.length - 1]
  if (versionId === undefined && approval) {
    // The approval is kept as a version too (approvedVersion.ts): name the export after it.
    const versions = await store.listVersions(document.id)
    const version = versions.find((v) => v.origin === 'approval' && v.versionHash === approval.versionHash)
    return {
      body: openSnapshot(document.kind, approval.snapshot),
      stamp: {
        versionId: version?.id ?? null,
        name: version?.name ?? approval.approvedAt.slice(0, 10),
        versionHash: approval.versionHash,
        approved: true,
        at: approval.approvedAt,
      },
    }
  }

  const { body, versionHash } = await currentVersion(sync, document)
  return {
    body,
    stamp: {
      versionId: null,
      name: CURRENT_TEXT_NAME[documentLocale(matter.jurisdiction)],
      versionHash,
      approved: approvedHashes.has(versionHash),
      at: new Date().toISOString(),
    },
  }
}
