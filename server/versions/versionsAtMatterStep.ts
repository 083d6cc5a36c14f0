import { documentLocale } from '../../shared/editor/documentTemplate'
import { KEPT_VERSION_NAMES, type VersionOrigin } from '../../shared/editor/versionApi'
import type { MatterState } from '../../shared/domain/workflow'
import type { Caller } from '../access'
import type { MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { saveVersions } from './saveVersions'

/** The steps of a matter at which its claim sets are kept as versions (named by KEPT_VERSION_NAMES). */
const KEPT_AT: Partial<Record<MatterState, VersionOrigin>> = { filed: 'filing', 'office-action': 'office-action' }

/**
 * Keeps the claim sets of a matter as versions when it is filed and when an office action is
 * recorded: the claims as examined are what a reply amends and what its comparison starts from.
 */
export async function keepVersionsAtStep(store: Store, sync: SyncServer, caller: Caller, matter: MatterRecord, to: MatterState): Promise<void> {
  const origin = KEPT_AT[to]
  if (!origin) return
  const claimSets = (await store.listDocuments(matter.id)).filter((d) => d.kind === 'claims')
  const date = new Date().toISOString().slice(0, 10)
  // In the office's language: the name stands in the footer of the files exported from it.
  const name = KEPT_VERSION_NAMES[origin]![documentLocale(matter.jurisdiction)]
  await saveVersions(store, sync, caller, claimSets, `${name} ${date}`, origin)
  for (const document of claimSets) sync.notify(document.id, 'versions')
}
