import { Hono } from 'hono'
import { withArticle } from '../../shared/domain/roles'
import { findTransition } from '../../shared/domain/policy'
import type { MatterState } from '../../shared/domain/workflow'
import { ApiError } from '../ApiError'
import { authorizeMatter } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { archiveCsv, archiveEntry, archiveEntryView } from '../review/archiveEntry'
import { latestApprovalState } from '../review/approvalState'
import type { MatterId } from '../../shared/domain/ids'
import type { SyncServer } from '../sync/SyncServer'
import type { Store } from '../storage/Store'
import { filedDocuments } from '../versions/filedDocuments'
import { keepVersionsAtStep } from '../versions/versionsAtMatterStep'
import { matterView } from './views'
import { readJson } from './readJson'
import { stepFacts, Transition } from './stepFacts'

/** `POST /api/matters/:id/transitions` and `GET /api/matters/:id/archive` — the workflow and its record. */
export function workflowRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.post('/:id/transitions', async (c) => {
    const caller = c.get('caller')
    const { matter, role } = await authorizeMatter(store, caller, c.req.param('id'), 'matter.read')
    const input = await readJson(c, Transition)
    const { to, from } = input
    if (from !== undefined && from !== matter.state) {
      throw new ApiError(409, 'conflict', `the matter moved from ${from} to ${matter.state} meanwhile; reload and try again`, { state: matter.state })
    }
    const step = findTransition(matter.state, to)
    if (!step) throw ApiError.badRequest(`to: a matter cannot go from ${matter.state} to ${to}`)
    if (!step.roles.includes(role)) throw ApiError.forbidden(`${withArticle(role)} may not move a matter from ${matter.state} to ${to}`)
    const { changes, facts, note } = stepFacts(matter, input)
    if (to === 'approved' || to === 'filed') await refuseUnapproved(store, sync, matter.id, matter.state, to)
    const entry = archiveEntry(caller, matter.id, 'matter.state', { from: matter.state, to, note, facts })
    if (!(await store.transitionMatter(matter.id, matter.state, to, changes, entry))) {
      throw new ApiError(409, 'conflict', 'the matter changed state meanwhile; reload and try again')
    }
    await keepVersionsAtStep(store, sync, caller, matter, to)
    for (const document of await store.listDocuments(matter.id)) sync.notify(document.id, 'matter')
    return c.json(matterView({ ...matter, ...changes, state: to }))
  })

  routes.get('/:id/archive', async (c) => {
    const { matter } = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'matter.read')
    const entries = await store.archive(matter.id)
    const format = c.req.query('format') ?? 'json'
    if (format === 'csv') {
      c.header('Content-Disposition', `attachment; filename="archive-${matter.id}.csv"`)
      return c.body(archiveCsv(entries), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
    }
    if (format !== 'json') throw ApiError.badRequest('format: json or csv')
    c.header('Content-Disposition', `attachment; filename="archive-${matter.id}.json"`)
    return c.json({ entries: entries.map(archiveEntryView) })
  })

  return routes
}

/**
 * A matter is approved for filing, and filed, with the text its lead approved. What the step files
 * is every claim set of the matter, or, when a reply to an office action is filed, the latest
 * reply. While one of them was never approved, the step is refused with 409 `approval_missing`
 * (also when there is nothing to approve); while its latest approval no longer holds (its text
 * changed since), with 409 `approval_stale`. Both name the documents: approving the text as it is,
 * then the step, is the way on.
 */
async function refuseUnapproved(store: Store, sync: SyncServer, matterId: MatterId, from: MatterState, to: 'approved' | 'filed'): Promise<void> {
  const filed = filedDocuments(await store.listDocuments(matterId), from)
  const what = from === 'office-action' ? 'reply' : 'claim set'
  if (filed.length === 0) {
    throw new ApiError(409, 'approval_missing', `cannot move the matter to ${to}: it has no ${what} to approve`, { documents: [] })
  }
  const states = await Promise.all(filed.map((d) => latestApprovalState(store, sync, d)))
  const named = (state: 'stale' | null) => filed.filter((_, i) => states[i] === state).map((d) => ({ id: d.id, title: d.title, kind: d.kind }))
  const missing = named(null)
  if (missing.length > 0) {
    throw new ApiError(
      409,
      'approval_missing',
      `cannot move the matter to ${to}: ${quoted(missing)} ${missing.length > 1 ? 'have' : 'has'} not been approved; a lead approves the text first`,
      { documents: missing },
    )
  }
  const stale = named('stale')
  if (stale.length === 0) return
  throw new ApiError(
    409,
    'approval_stale',
    `cannot move the matter to ${to}: the approval of ${quoted(stale)} no longer holds (the text changed after it was approved); approve the text as it is first`,
    { documents: stale },
  )
}

const quoted = (documents: { title: string }[]) => documents.map((d) => `"${d.title}"`).join(', ')
