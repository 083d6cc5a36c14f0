import { Hono } from 'hono'
import { withArticle } from '../../shared/domain/roles'
import { z } from 'zod'
import type { DocumentDetail } from '../../shared/domain/api'
import { canOnDocument, canOnMatter, documentPermissions } from '../../shared/domain/policy'
import { REVIEW_STATES, REVIEW_TRANSITIONS } from '../../shared/domain/workflow'
import { ApiError } from '../ApiError'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { archiveEntry } from '../review/archiveEntry'
import { personLookup } from '../review/people'
import { reviewDocument } from '../review/reviewedDocument'
import { documentView } from './views'
import { claimView, findingView, requestLocale } from './findingViews'
import { readJson } from './readJson'
import { changesRequested } from '../review/changesRequested'
import { RecordChange, recordChanges } from './recordChange'

const ReviewTransition = z.object({
  to: z.enum(REVIEW_STATES),
  /** What to change (a request for changes), kept in the process archive. */
  note: z.string().trim().max(2000).optional(),
})

export function documentRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id', async (c) => {
    const { document, matter, role } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const body: DocumentDetail = {
      ...documentView(document),
      matterTitle: matter.title,
      role,
      jurisdiction: matter.jurisdiction,
      permissions: documentPermissions(role, document.kind),
      changesRequested: await changesRequested(() => store.archive(matter.id), document),
    }
    return c.json(body)
  })

  // The findings of the document as it is now, including edits not yet compacted, with their triage.
  // Rename or archive a document: for those who may edit the matter (lead, agent, admin).
  routes.patch('/:id', async (c) => {
    const caller = c.get('caller')
    const { document, matter, role } = await authorizeDocument(store, caller, c.req.param('id'), 'document.read')
    if (!canOnMatter(role, 'matter.edit')) throw ApiError.forbidden(`${withArticle(role)} may not rename or archive documents`)
    const { changes, archive } = recordChanges('document', document, await readJson(c, RecordChange))
    await store.updateDocument(document.id, changes)
    for (const entry of archive) await store.appendArchive(archiveEntry(caller, matter.id, entry.kind, { ...entry, documentId: document.id }))
    return c.json(documentView({ ...document, ...changes }))
  })

  routes.get('/:id/findings', async (c) => {
    const { document, matter } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const { claims, findings } = await reviewDocument(store, sync, document, matter)
    const locale = requestLocale(c)
    const person = personLookup(store)
    return c.json({
      documentId: document.id,
      jurisdiction: matter.jurisdiction,
      claims: claims.map(claimView),
      findings: await Promise.all(
        findings.map(async ({ triage, ...f }) => ({
          ...findingView(f, locale),
          triage: triage && { decision: triage.decision, reason: triage.reason, by: await person(triage.decidedBy), at: triage.decidedAt },
        })),
      ),
    })
  })

  // Review steps other than approval: an editor submits for review, a reviewer or lead sends back.
  routes.post('/:id/transitions', async (c) => {
    const caller = c.get('caller')
    const { document, role } = await authorizeDocument(store, caller, c.req.param('id'), 'document.read')
    const { to, note } = await readJson(c, ReviewTransition)
    const step = REVIEW_TRANSITIONS.find((t) => t.from === document.reviewState && t.to === to)
    if (!step) {
      const hint = to === 'approved' ? ': approve with POST /api/documents/:id/approvals' : ''
      throw ApiError.badRequest(`to: a document cannot go from ${document.reviewState} to ${to}${hint}`)
    }
    const allowed =
      step.by === 'editor'
        ? canOnDocument(role, document.kind, 'document.edit')
        : canOnDocument(role, document.kind, 'checklist.fill') || canOnDocument(role, document.kind, 'document.approve')
    if (!allowed) throw ApiError.forbidden(`${withArticle(role)} may not move ${withArticle(document.kind)} document to ${to}`)
    const entry = archiveEntry(caller, document.matterId, 'document.review-state', { documentId: document.id, from: document.reviewState, to, note: note || null })
    if (!(await store.setReviewState(document.id, document.reviewState, to, entry))) {
      throw new ApiError(409, 'conflict', 'the review state changed meanwhile; reload and try again')
    }
    sync.notify(document.id, 'review-state')
    return c.json({ ...documentView({ ...document, reviewState: to }) })
  })

  return routes
}
