import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { MatterId } from '../../shared/domain/ids'
import type { ClaimBaseline } from '../../shared/editor/claimBaseline'
import { readClaimLists, readPatentDocument } from '../../shared/editor/readPatentDocument'
import { ApiError } from '../ApiError'
import { readBody } from '../documents/documentContent'
import type { Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { claimsOf, openSnapshot } from './versionContent'

/** Which claims a new reply starts from: a kept version, or a claim set as it is now. */
export interface ExaminedChoice {
  versionId?: string
  claimSetId?: string
}

/**
 * The claims an office action examined, as a new reply's amended claims start from them, each
 * claim with its id, and the description that came with them: a chosen version of one of the
 * matter's claim sets, a chosen claim set as it is now, or by default the matter's latest claim set
 * not archived, as it is now. Undefined when the matter has no such claim set.
 */
export async function examinedClaims(
  store: Store,
  sync: SyncServer,
  matterId: MatterId,
  { versionId, claimSetId }: ExaminedChoice = {},
): Promise<ClaimBaseline | undefined> {
  const claimSets = (await store.listDocuments(matterId)).filter((d) => d.kind === 'claims')
  if (versionId !== undefined && claimSetId !== undefined) throw ApiError.badRequest('claimsVersion and claimSet: name one of them')
  if (versionId !== undefined) {
    const version = await store.findVersion(versionId)
    const claimSet = claimSets.find((d) => d.id === version?.documentId)
    if (!version || !claimSet) throw ApiError.badRequest('claimsVersion: not a version of one of this matter’s claim sets')
    const body = openSnapshot('claims', version.snapshot)
    return { source: `${claimSet.title} · ${version.name}`, claims: claimsOf(body).map(withId), description: descriptionOf(body) }
  }
  // An archived claim set was set aside: by default the office action examined one still in use.
  const claimSet = claimSetId !== undefined ? claimSets.find((d) => d.id === claimSetId) : claimSets.filter((d) => !d.archivedAt).at(-1)
  if (claimSetId !== undefined && !claimSet) throw ApiError.badRequest('claimSet: not one of this matter’s claim sets')
  if (!claimSet) return undefined
  const doc = await sync.currentState(claimSet.id)
  const body = readBody('claims', doc)
  doc.destroy()
  return { source: claimSet.title, claims: (readClaimLists(body)[0]?.claims ?? []).map(withId), description: descriptionOf(body) }
}

/** A claim set's description as written; a template's headings alone are no description. */
export function descriptionOf(body: ProseMirrorNode): string {
  const description = readPatentDocument(body).sections.get('description')
  return description?.hasProse ? description.text : ''
}

const withId = (claim: { id: string | null; text: string }) => ({ id: claim.id ?? '', text: claim.text })
