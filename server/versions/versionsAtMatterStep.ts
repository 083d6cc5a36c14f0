import { documentLocale } from '../../shared/editor/documentTemplate'
import type { VersionOrigin } from '../../shared/editor/versionApi'
import type { MatterState } from '../../shared/domain/workflow'
import type { Caller } from '../access'
import type { MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { saveVersions } from './saveVersions'

/** The steps of a matter at which its claim sets are kept as versions, with the version's name in the office's language. */
const KEPT_AT: Partial<Record<MatterState, { origin: VersionOrigin; name: { 'zh-CN': string; en: string } }>> = {
  filed: { origin: 'filing', name: { 'zh-CN': '提交申请时', en: 'As filed' } },
  'office-action': { origin: 'office-action', name: { 'zh-CN': '收到审查意见通知书时', en: 'When the office action was recorded' } },
}

/**
 * Keeps the claim sets of a matter as versions when it is filed and when an office action is
 * recorded: the claims as examined are what a reply amends and what its comparison starts from.
 */
export async function keepVersionsAtStep(store: Store, sync: SyncServer, caller: Caller, matter: MatterRecord, to: MatterState): Promise<void> {
  const step = KEPT_AT[to]
  if (!step) return
  const claimSets = (await store.listDocuments(matter.id)).filter((d) => d.kind === 'claims')
  const date = new Date().toISOString().slice(0, 10)
  await saveVersions(store, sync, caller, claimSets, `${step.name[documentLocale(matter.jurisdiction)]} ${date}`, step.origin)
  for (const document of claimSets) sync.notify(document.id, 'versions')
}
