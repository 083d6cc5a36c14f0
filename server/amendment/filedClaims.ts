import type { ComparedClaim } from '../../shared/editor/compareClaims'
import type { ClaimBaseline } from '../../shared/editor/claimBaseline'
import type { MatterId } from '../../shared/domain/ids'
import type { DocumentRecord, Store, VersionRecord } from '../storage/Store'
import { descriptionOf } from '../versions/examinedClaims'
import { claimsOf, openSnapshot } from '../versions/versionContent'

/** A claim set as it was filed: the version kept when it was first filed, its claims and its description. */
export interface FiledClaims {
  document: DocumentRecord
  version: Omit<VersionRecord, 'snapshot'>
  claims: ComparedClaim[]
  description: string
}

/**
 * The application as filed, for the claim set a reply's amended claims started from: among the
 * matter's claim sets' versions kept at filing, the one sharing most claim ids with the baseline;
 * without a baseline, the latest claim set's. Of each claim set the oldest such version counts: a
 * matter is kept at filing again each time a reply is filed, and added matter (A33, Art 123(2) EPC,
 * 35 USC 132(a)) and the US "previously presented" are judged against the original filing. Null
 * when none was kept, or none shares a claim with the baseline (it was started from another text).
 */
export async function filedClaims(store: Store, matterId: MatterId, baseline: ClaimBaseline | null): Promise<FiledClaims | null> {
  const claimSets = (await store.listDocuments(matterId)).filter((d) => d.kind === 'claims')
  const baselineIds = new Set(baseline?.claims.map((claim) => claim.id))
  let best: { filed: FiledClaims; shared: number } | null = null
  for (const document of baseline ? claimSets : claimSets.slice(-1)) {
    // Newest first: the last one kept at filing is the first filing.
    const version = (await store.listVersions(document.id)).filter((v) => v.origin === 'filing').at(-1)
    const stored = version && (await store.findVersion(version.id))
    if (!version || !stored) continue
    const body = openSnapshot('claims', stored.snapshot)
    const claims = claimsOf(body)
    const shared = baseline ? claims.filter((claim) => claim.id !== null && baselineIds.has(claim.id)).length : claims.length
    if (shared > 0 && (!best || shared > best.shared)) best = { filed: { document, version, claims, description: descriptionOf(body) }, shared }
  }
  return best?.filed ?? null
}
