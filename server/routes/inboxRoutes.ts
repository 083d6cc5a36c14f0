import { Hono } from 'hono'
import { canOnDocument } from '../../shared/domain/policy'
import type { MatterState } from '../../shared/domain/workflow'
import type { InboxResponse, PersonView } from '../../shared/review/reviewApi'
import type { UserId } from '../../shared/domain/ids'
import { matterRole, visibleMatters } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { documentInbox } from '../inbox/documentInbox'
import { changesRequested } from '../review/changesRequested'
import { currentVersion } from '../review/reviewedDocument'
import type { DocumentRecord } from '../storage/Store'
import { UnreadableDocumentError } from '../storage/UnreadableDocumentError'

// While a matter is in these states an approval that no longer holds stops its next step.
const APPROVAL_MATTERS: ReadonlySet<MatterState> = new Set(['review', 'approved', 'office-action'])

/** `GET /api/inbox` — what waits for the caller across every matter they can read, newest first. */
export function inboxRoutes({ store, sync, log }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/', async (c) => {
    const caller = c.get('caller')
    const names = new Map<UserId, string>()
    const body: InboxResponse = { items: [] }
    for (const matter of await visibleMatters(store, caller)) {
      if (matter.archivedAt) continue
      const role = await matterRole(store, caller, matter)
      if (!role) continue
      const documents = (await store.listDocuments(matter.id)).filter((d) => !d.archivedAt)
      if (documents.length === 0) continue
      const archive = await store.archive(matter.id)
      const reviewStateSince = (document: DocumentRecord) =>
        archive.findLast((e) => e.kind === 'document.review-state' && e.documentId === document.id)?.at ?? document.createdAt
      for (const person of await store.team(matter.id)) names.set(person.userId, person.name)
      for (const document of documents) {
        const [comments, suggestions] = await Promise.all([store.comments(document.id), store.suggestions(document.id)])
        for (const comment of [...comments, ...suggestions]) {
          if (!names.has(comment.authorId)) names.set(comment.authorId, (await store.findUserById(comment.authorId))?.name ?? '')
        }
        const approves = canOnDocument(role, document.kind, 'document.approve') && APPROVAL_MATTERS.has(matter.state)
        const approval = approves ? await approvalOf(document) : null
        const person = (id: UserId): PersonView => ({ id, name: names.get(id) ?? '' })
        body.items.push(
          ...documentInbox(
            { me: caller.user.id, role, matter, document, comments, suggestions, approval, reviewStateSince: reviewStateSince(document), changesRequested: changesRequested(archive, document) },
            person,
          ),
        )
      }
    }
    body.items.sort((a, b) => b.at.localeCompare(a.at))
    return c.json(body)
  })

  /** Whether the latest approval holds for the text as it is now; a document that cannot be read is left out (and logged). */
  async function approvalOf(document: DocumentRecord): Promise<{ state: 'valid' | 'stale'; at: string } | null> {
    const latest = (await store.approvals(document.id)).at(-1)
    if (!latest) return null
    try {
      return { state: latest.versionHash === (await currentVersion(sync, document)).versionHash ? 'valid' : 'stale', at: latest.approvedAt }
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error
      log(`inbox: ${error.message}`)
      return null
    }
  }

  return routes
}
