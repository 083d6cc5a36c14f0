import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import type { ClaimBaseline } from '../../shared/editor/claimBaseline'
import { readClaimLists, readPatentDocument } from '../../shared/editor/readPatentDocument'
import { ApiError } from '../ApiError'
import { readBody } from '../../shared/editor/documentBody'
import type { DocumentRecord, Store, VersionRecord } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { openSnapshot } from './versionContent'

/** Which claims a new reply starts from: a kept version, or a claim set as it is now. */
export interface ExaminedChoice {
  versionId?: string
  claimSetId?: string
}

/** Examined claims, and the claim set or reply they were read from. */
export interface ExaminedClaims {
  baseline: ClaimBaseline
  documentId: DocumentId
}

/**
 * The claims an office action examined, as a new reply's amended claims start from them, each
 * claim with its id, and the description that came with them: a chosen version of one of the
 * matter's claim sets or replies, a chosen claim set as it is now, or by default the amended claims
 * of the reply filed last (a later office action examines those), else the matter's latest claim
 * set not archived, as it is now. Undefined when the matter has neither.
 */
export async function examinedClaims(
  store: Store,
  sync: SyncServer,
  matterId: MatterId,
  { versionId, claimSetId }: ExaminedChoice = {},
): Promise<ExaminedClaims | undefined> {
  const documents = await store.listDocuments(matterId)
  const claimSets = documents.filter((d) => d.kind === 'claims')
  if (versionId !== undefined && claimSetId !== undefined) throw ApiError.badRequest('claimsVersion and claimSet: name one of them')
  if (versionId !== undefined) {
    const version = await store.findVersion(versionId)
    const document = documents.find((d) => d.id === version?.documentId && (d.kind === 'claims' || d.kind === 'oa-reply'))
    if (!version || !document) throw ApiError.badRequest('claimsVersion: not a version of one of this matter’s claim sets or replies')
    return { baseline: keptClaims(document, version), documentId: document.id }
  }
  if (claimSetId === undefined) {
    const filedReply = await lastFiledReply(store, documents)
    if (filedReply) return { baseline: keptClaims(filedReply.document, filedReply.version), documentId: filedReply.document.id }
  }
  // An archived claim set was set aside: by default the office action examined one still in use.
  const claimSet = claimSetId !== undefined ? claimSets.find((d) => d.id === claimSetId) : claimSets.filter((d) => !d.archivedAt).at(-1)
  if (claimSetId !== undefined && !claimSet) throw ApiError.badRequest('claimSet: not one of this matter’s claim sets')
  if (!claimSet) return undefined
  const doc = await sync.currentState(claimSet.id)
  const body = readBody('claims', doc)
  doc.destroy()
  return { baseline: { source: claimSet.title, claims: firstClaimList(body), description: descriptionOf(body) }, documentId: claimSet.id }
}

/**
 * The claims of a kept version: a claim set's claims and description, or a reply's amended claims
 * with the description its own amendments started from (a reply carries no description of its own).
 */
function keptClaims(document: DocumentRecord, version: VersionRecord): ClaimBaseline {
  const source = `${document.title} · ${version.name}`
  if (document.kind === 'claims') {
    const body = openSnapshot('claims', version.snapshot)
    return { source, claims: firstClaimList(body), description: descriptionOf(body) }
  }
  const amended = readClaimLists(openSnapshot('oa-reply', version.snapshot))[0]
  return { source, claims: (amended?.claims ?? []).map(withId), description: amended?.baseline?.description ?? '' }
}

/** The newest version kept when one of the matter's replies was filed, with its reply. */
async function lastFiledReply(store: Store, documents: readonly DocumentRecord[]): Promise<{ document: DocumentRecord; version: VersionRecord } | undefined> {
  let last: { document: DocumentRecord; versionId: string; createdAt: string } | undefined
  for (const document of documents.filter((d) => d.kind === 'oa-reply')) {
    for (const version of await store.listVersions(document.id)) {
      if (version.origin === 'reply-filing' && (!last || version.createdAt > last.createdAt)) last = { document, versionId: version.id, createdAt: version.createdAt }
    }
  }
  const version = last && (await store.findVersion(last.versionId))
  return last && version ? { document: last.document, version } : undefined
}

/** A claim set's description as written; a template's headings alone are no description. */
export function descriptionOf(body: ProseMirrorNode): string {
  const description = readPatentDocument(body).sections.get('description')
  return description?.hasProse ? description.text : ''
}

const firstClaimList = (body: ProseMirrorNode) => (readClaimLists(body)[0]?.claims ?? []).map(withId)

const withId = (claim: { id: string | null; text: string }) => ({ id: claim.id ?? '', text: claim.text })
