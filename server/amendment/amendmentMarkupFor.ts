import type { AmendmentMarkupResponse } from '../../shared/amendment/amendmentApi'
import { markUpAmendment, usListingNumbersOf, type MarkupInput } from '../../shared/amendment/amendmentMarkup'
import type { OriginalText } from '../../shared/amendment/originalDisclosure'
import type { Locale } from '../../shared/i18n/locale'
import { readClaimLists } from '../../shared/editor/readPatentDocument'
import { ApiError } from '../ApiError'
import { checker } from '../analysis/checker'
import { readBody } from '../../shared/editor/documentBody'
import { contentHash } from '../review/reviewedDocument'
import { findingView } from '../routes/findingViews'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { openSnapshot } from '../versions/versionContent'
import { filedClaims } from './filedClaims'

/** The reply's text to mark up: a saved version of it, or the reply as it is now. */
async function replyText(store: Store, sync: SyncServer, reply: DocumentRecord, versionId: string | undefined) {
  if (versionId === undefined) {
    const doc = await sync.currentState(reply.id)
    const body = readBody(reply.kind, doc)
    doc.destroy()
    return { body, version: null, versionHash: contentHash(body) }
  }
  const stored = await store.findVersion(versionId)
  if (!stored || stored.documentId !== reply.id) throw ApiError.notFound(`version ${versionId} of this reply`)
  const version = { id: stored.id, name: stored.name, versionHash: stored.versionHash, createdAt: stored.createdAt }
  return { body: openSnapshot(reply.kind, stored.snapshot), version, versionHash: stored.versionHash }
}

/**
 * The marked-up amendment of an office-action reply (docs/api.md "Amendment markup"): its amended
 * claims against the claims it started from, laid out for the matter's office, the versions
 * compared named with their hashes, and the added-matter check against the application as filed
 * (the claim set's filed version, else the claims and description the reply started from), run
 * on the checker thread.
 */
export async function amendmentMarkupFor(
  store: Store,
  sync: SyncServer,
  reply: DocumentRecord,
  matter: MatterRecord,
  options: { versionId?: string; locale: Locale },
): Promise<AmendmentMarkupResponse> {
  if (reply.kind !== 'oa-reply') throw ApiError.badRequest('only an office-action reply has a marked-up amendment', 'not_a_reply')
  const { body, version, versionHash } = await replyText(store, sync, reply, options.versionId)
  const list = readClaimLists(body)[0] ?? null
  const baseline = list?.baseline ?? null
  const filed = await filedClaims(store, matter.id, baseline)
  const examined = baseline?.claims ?? filed?.claims
  if (!examined) {
    throw new ApiError(409, 'nothing_to_compare', 'the reply’s amended claims were not started from a claim set, and the matter has no filed claim set to compare them with')
  }
  // A claim still empty is one being typed, not a claim presented.
  const amended = (list?.claims ?? []).filter((claim) => claim.text.trim() !== '').map((claim) => ({ id: claim.id, text: claim.text }))
  const original: OriginalText | null = filed
    ? { claims: filed.claims.map((claim) => claim.text), description: filed.description }
    : baseline?.description !== undefined
      ? { claims: baseline.claims.map((claim) => claim.text), description: baseline.description }
      : null
  // Against the application as filed, every clause the claims gained since, in this reply or an
  // earlier one: added matter is judged on the claims as they now stand. On the checker thread: a
  // long description must not stall the sync loop.
  const findings = original ? await checker.checkAddedMatter({ before: filed?.claims ?? examined, after: amended, original }, matter.jurisdiction) : []
  const markupInput: MarkupInput = { filed: filed?.claims ?? null, examined, amended }
  // Beside a US claim listing, a claim is named by the listing's number, not the editor's.
  const listing = matter.jurisdiction === 'US' ? usListingNumbersOf(markupInput) : null
  return {
    jurisdiction: matter.jurisdiction,
    reply: { id: reply.id, title: reply.title, version, versionHash },
    filed: filed
      ? {
          id: filed.version.id,
          name: filed.version.name,
          versionHash: filed.version.versionHash,
          createdAt: filed.version.createdAt,
          documentId: filed.document.id,
          documentTitle: filed.document.title,
        }
      : null,
    examined: { source: baseline?.source ?? filed!.version.name },
    checkedAgainst: filed ? 'filed' : original ? 'examined' : null,
    markup: markUpAmendment(markupInput, matter.jurisdiction),
    findings: findings.map((finding) => {
      const { part: _part, ...view } = findingView(finding, options.locale)
      return finding.claim !== null && listing ? { ...view, claim: listing.get(finding.claim) ?? finding.claim } : view
    }),
  }
}
