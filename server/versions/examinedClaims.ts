import type { MatterId } from '../../shared/domain/ids'
import type { ClaimBaseline } from '../../shared/editor/claimBaseline'
import { readClaimLists } from '../../shared/editor/readPatentDocument'
import { readBody } from '../documents/documentContent'
import type { Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'

/**
 * The claims an office action examined, as a new reply's amended claims start from them: the
 * matter's latest claim set as it is now, each claim with its id. Undefined when the matter has
 * no claim set yet.
 */
export async function examinedClaims(store: Store, sync: SyncServer, matterId: MatterId): Promise<ClaimBaseline | undefined> {
  const claimSets = (await store.listDocuments(matterId)).filter((d) => d.kind === 'claims')
  const claimSet = claimSets[claimSets.length - 1]
  if (!claimSet) return undefined
  const doc = await sync.currentState(claimSet.id)
  const body = readBody('claims', doc)
  doc.destroy()
  const claims = readClaimLists(body)[0]?.claims ?? []
  return { source: claimSet.title, claims: claims.map((claim) => ({ id: claim.id ?? '', text: claim.text })) }
}
