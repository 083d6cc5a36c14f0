import { documentLocale } from '../../shared/editor/documentTemplate'
import { KEPT_VERSION_NAMES, type VersionOrigin } from '../../shared/editor/versionApi'
import type { MatterState } from '../../shared/domain/workflow'
import { officeDate } from '../../shared/domain/officeDate'
import type { Caller } from '../access'
import type { MatterRecord, Store, VersionRecord } from '../storage/Store'
import { newId } from '../newId'
import type { SyncServer } from '../sync/SyncServer'
import { filedDocuments } from './filedDocuments'
import { currentVersion, versionSavedEntry } from './saveVersions'

/**
 * Keeps what a step of the matter fixes as versions (named by KEPT_VERSION_NAMES): its claim sets
 * when the application is filed and when an office action is recorded, and the reply when a reply
 * is filed (`office-action` → `filed`) — its amended claims are the claims the next office action
 * examines, and what a later reply starts from. `matter` is the matter before the step.
 */
export async function keepVersionsAtStep(store: Store, sync: SyncServer, caller: Caller, matter: MatterRecord, to: MatterState): Promise<void> {
  if (to === 'granted') return keepGrantedText(store, sync, caller, matter)
  const origin: VersionOrigin | null =
    to === 'filed' ? (matter.state === 'office-action' ? 'reply-filing' : 'filing') : to === 'office-action' ? 'office-action' : null
  if (!origin) return
  // What the step from the matter's state files; at an office action (from filed), the claim sets.
  const kept = filedDocuments(await store.listDocuments(matter.id), matter.state)
  const date = officeDate(matter.jurisdiction)
  // In the office's language: the name stands in the footer of the files exported from it.
  const name = KEPT_VERSION_NAMES[origin]![documentLocale(matter.jurisdiction)]
  const versions = await Promise.all(kept.map((document) => currentVersion(sync, document, caller, `${name} ${date}`, origin)))
  // A claim set the same step kept before, unchanged since (at a second office action the reply's
  // amended claims were examined, not the claim set), is not kept again as if it were new.
  const keptBefore = await Promise.all(kept.map(async (document) => (await store.listVersions(document.id)).find((v) => v.origin === origin)?.versionHash))
  const fresh = versions.filter((version, index) => version.versionHash !== keptBefore[index])
  await store.createVersions(
    fresh,
    fresh.map((version) => versionSavedEntry(caller, kept.find((d) => d.id === version.documentId)!, version)),
  )
  for (const version of fresh) sync.notify(version.documentId, 'versions')
}

/**
 * At grant, the text the office granted, kept as a `grant` version: the amended claims of the reply
 * filed last (its `reply-filing` version), else each claim set as filed — as it went to the
 * office, whatever was typed into it since. A document with no filed version is kept as it is now.
 */
async function keepGrantedText(store: Store, sync: SyncServer, caller: Caller, matter: MatterRecord): Promise<void> {
  const documents = (await store.listDocuments(matter.id)).filter((d) => !d.archivedAt)
  const filedReplies = await Promise.all(
    documents.filter((d) => d.kind === 'oa-reply').map(async (document) => ({ document, filed: (await store.listVersions(document.id)).find((v) => v.origin === 'reply-filing') })),
  )
  const lastReply = filedReplies.filter((r) => r.filed).sort((a, b) => a.filed!.createdAt.localeCompare(b.filed!.createdAt)).at(-1)
  const granted = lastReply ? [lastReply] : await Promise.all(documents.filter((d) => d.kind === 'claims').map(async (document) => ({ document, filed: (await store.listVersions(document.id)).find((v) => v.origin === 'filing') })))
  const name = `${KEPT_VERSION_NAMES.grant![documentLocale(matter.jurisdiction)]} ${officeDate(matter.jurisdiction)}`
  const versions: VersionRecord[] = []
  for (const { document, filed } of granted) {
    const stored = filed && (await store.findVersion(filed.id))
    versions.push(
      stored
        ? { ...stored, id: newId(), name, origin: 'grant', createdBy: caller.user.id, createdAt: new Date().toISOString() }
        : await currentVersion(sync, document, caller, name, 'grant'),
    )
  }
  await store.createVersions(
    versions,
    versions.map((version) => versionSavedEntry(caller, granted.find((g) => g.document.id === version.documentId)!.document, version)),
  )
  for (const version of versions) sync.notify(version.documentId, 'versions')
}
