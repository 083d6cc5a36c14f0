import { Hono } from 'hono'
import { canOnDocument } from '../../shared/domain/policy'
import { z } from 'zod'
import { BALL_HOLDER, type MatterState } from '../../shared/domain/workflow'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { InboxItem, InboxResponse } from '../../shared/review/reviewApi'
import { reviewAwaited } from '../../shared/review/reviewAwaited'
import { readJson } from './readJson'
import type { UserId } from '../../shared/domain/ids'
import { matterRole, visibleMatters } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { documentInbox } from '../inbox/documentInbox'
import { changesRequested } from '../review/changesRequested'
import { personLookup } from '../review/people'
import { currentVersion } from '../review/reviewedDocument'
import type { DocumentRecord } from '../storage/Store'
import { UnreadableDocumentError } from '../storage/UnreadableDocumentError'

// The document a step's work is written in: the disclosure at the disclosure step, the claims
// while drafting, the newest reply at an office action.
const STEP_DOCUMENT: Partial<Record<MatterState, DocumentKind>> = { disclosure: 'disclosure', drafting: 'claims', 'office-action': 'oa-reply' }

const Dismissal = z.object({ key: z.string().min(1).max(500) })

/** An item's key: what it is about and when its newest part happened, so that something new brings it back. */
const itemKey = (item: Omit<InboxItem, 'key'>): string => [item.kind, item.document?.id ?? item.matter.id, item.threadId ?? '', item.at].join('|')

/**
 * `GET /api/inbox` — what waits for the caller across every matter they can read, newest first,
 * but for what they set aside; `POST /api/inbox/dismiss` sets an item aside.
 */
export function inboxRoutes({ store, sync, log }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/', async (c) => {
    const caller = c.get('caller')
    const person = personLookup(store)
    const items: Omit<InboxItem, 'key'>[] = []
    for (const matter of await visibleMatters(store, caller)) {
      if (matter.archivedAt) continue
      const role = await matterRole(store, caller, matter)
      if (!role) continue
      const archive = await store.archive(matter.id)
      const documents = (await store.listDocuments(matter.id)).filter((d) => !d.archivedAt)
      // The matter's next step is this person's (the dashboard's "who holds the ball"), in the
      // document the step is written in where there is one: an inventor is led to the disclosure.
      if (BALL_HOLDER[matter.state] === role) {
        const since = archive.findLast((e) => e.kind === 'matter.state')?.at ?? matter.createdAt
        const kind = STEP_DOCUMENT[matter.state]
        const written = kind ? documents.filter((d) => d.kind === kind).at(-1) : undefined
        const document = written ? { id: written.id, kind: written.kind, title: written.title } : null
        items.push({ kind: 'your-turn', matter: { id: matter.id, title: matter.title, state: matter.state }, document, at: since })
      }
      const reviewStateSince = (document: DocumentRecord) =>
        archive.findLast((e) => e.kind === 'document.review-state' && e.documentId === document.id)?.at ?? document.createdAt
      for (const document of documents) {
        const [comments, suggestions] = await Promise.all([store.comments(document.id), store.suggestions(document.id)])
        const approves = canOnDocument(role, document.kind, 'document.approve') && reviewAwaited(matter.state, document.kind)
        const approvedForEditor = document.reviewState === 'approved' && canOnDocument(role, document.kind, 'document.edit')
        const approval = approves || approvedForEditor ? await approvalOf(document) : null
        items.push(
          ...(await documentInbox(
            { me: caller.user.id, role, matter, document, comments, suggestions, approval, reviewStateSince: reviewStateSince(document), changesRequested: await changesRequested(async () => archive, document) },
            person,
          )),
        )
      }
    }
    const dismissed = await store.dismissedInboxItems(caller.user.id)
    const body: InboxResponse = {
      items: items
        .map((item) => ({ key: itemKey(item), ...item }))
        .filter((item) => !dismissed.has(item.key))
        .sort((a, b) => b.at.localeCompare(a.at)),
    }
    return c.json(body)
  })

  routes.post('/dismiss', async (c) => {
    const { key } = await readJson(c, Dismissal)
    await store.dismissInboxItem(c.get('caller').user.id, key, new Date().toISOString())
    return c.json({ ok: true })
  })

  /** Whether the latest approval holds for the text as it is now; a document that cannot be read is left out (and logged). */
  async function approvalOf(document: DocumentRecord): Promise<{ state: 'valid' | 'stale'; at: string; by: UserId } | null> {
    const latest = (await store.approvals(document.id)).at(-1)
    if (!latest) return null
    try {
      const state = latest.versionHash === (await currentVersion(sync, document)).versionHash ? 'valid' : 'stale'
      return { state, at: latest.approvedAt, by: latest.approvedBy }
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error
      log(`inbox: ${error.message}`)
      return null
    }
  }

  return routes
}
