import { Hono } from 'hono'
import { z } from 'zod'
import { canInWorkspace } from '../../shared/domain/policy'
import { MATTER_STATES } from '../../shared/domain/workflow'
import { nextToAct } from '../../shared/review/nextToAct'
import type { DashboardResponse, DashboardRow } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import { roleIn, visibleMatters } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { documentChecklist } from '../review/documentChecklist'
import { replyDueDate } from '../review/replyDeadlines'
import type { DocumentRecord, MatterRecord } from '../storage/Store'
import { UnreadableDocumentError } from '../storage/UnreadableDocumentError'
import { requestLocale } from './findingViews'

const Query = z.object({
  state: z.enum(MATTER_STATES).optional(),
  sort: z.enum(['deadline', 'score', 'errors', 'title', 'state']).default('deadline'),
})

type DocumentView = DashboardRow['documents'][number]

interface DocumentRow {
  view: DocumentView
  errors: number
  deadline: string | null
  passLine: number | null
}

/**
 * One matter's row: its state and the worst of its documents in use. Documents are reviewed one after
 * another: the checker thread analyses one at a time anyway, and takes only 8 waiting.
 */
async function dashboardRow(deps: AppDeps, matter: MatterRecord, locale: 'zh-CN' | 'en'): Promise<DashboardRow> {
  // An archived document was set aside: its findings and score no longer stand for the matter.
  const documents = (await deps.store.listDocuments(matter.id)).filter((d) => !d.archivedAt)
  const rows = await inTurn(documents.map((document) => () => documentRow(deps, document, matter, locale)))
  const deadlines = rows.map((r) => r.deadline).filter((d): d is string => d !== null).sort()
  const scores = rows.map((r) => r.view.score).filter((score): score is number => score !== null)
  const ballHolder = nextToAct(matter.state, rows.filter((r) => !r.view.unreadable).map((r) => r.view))
  const team = await deps.store.team(matter.id)
  return {
    id: matter.id,
    title: matter.title,
    jurisdiction: matter.jurisdiction,
    applicationNumber: matter.applicationNumber ?? null,
    state: matter.state,
    grade: matter.grade,
    // A reply deadline matters only while an office action is open.
    nextDeadline: matter.state === 'office-action' ? (deadlines[0] ?? null) : null,
    openErrorFindings: rows.reduce((sum, r) => sum + r.errors, 0),
    checklistScore: scores.length > 0 ? Math.min(...scores) : null,
    passLine: rows.find((r) => r.passLine !== null)?.passLine ?? (await deps.store.passLine(matter.workspaceId)),
    ballHolder,
    ballHolderPeople: ballHolder === null || ballHolder === 'office' ? [] : team.filter((p) => p.role === ballHolder).map((p) => ({ id: p.userId, name: p.name })),
    documents: rows.map((r) => r.view),
  }
}

/**
 * One document's score, approval and deadline. A document whose stored state cannot be read is
 * listed as unreadable (and the operator told), so that one damaged row does not hide the
 * whole portfolio.
 */
async function documentRow({ store, sync, log }: AppDeps, document: DocumentRecord, matter: MatterRecord, locale: 'zh-CN' | 'en'): Promise<DocumentRow> {
  const listed = { id: document.id, kind: document.kind, title: document.title, reviewState: document.reviewState }
  try {
    const { checklist, reviewed } = await documentChecklist(store, sync, document, matter, locale)
    const approvals = await store.approvals(document.id)
    const latest = approvals[approvals.length - 1]
    const deadline = document.kind === 'oa-reply' ? replyDueDate(matter.jurisdiction, reviewed.body) : null
    const approval = latest ? (latest.versionHash === reviewed.versionHash ? ('valid' as const) : ('stale' as const)) : null
    const approvalForced = latest !== undefined && latest.overrideReason !== null
    return { view: { ...listed, unreadable: false, score: checklist.score, approval, approvalForced }, errors: reviewed.openErrors.length, deadline, passLine: checklist.passLine }
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error
    log(`dashboard: ${error.message}`)
    return { view: { ...listed, unreadable: true, score: null, approval: null, approvalForced: false }, errors: 0, deadline: null, passLine: null }
  }
}

/** The results of async steps run one after another, in order. */
async function inTurn<T>(steps: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = []
  for (const step of steps) results.push(await step())
  return results
}

const COMPARE: Record<z.infer<typeof Query>['sort'], (a: DashboardRow, b: DashboardRow) => number> = {
  // Matters with a deadline first, the nearest first.
  deadline: (a, b) => (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999'),
  score: (a, b) => (a.checklistScore ?? 101) - (b.checklistScore ?? 101),
  errors: (a, b) => b.openErrorFindings - a.openErrorFindings,
  title: (a, b) => a.title.localeCompare(b.title),
  state: (a, b) => MATTER_STATES.indexOf(a.state) - MATTER_STATES.indexOf(b.state),
}

/** `GET /api/dashboard` — the portfolio for leads and admins: every matter of their workspaces. */
export function dashboardRoutes(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/', async (c) => {
    const caller = c.get('caller')
    if (!caller.memberships.some((m) => canInWorkspace(m.role, 'dashboard.read'))) {
      throw ApiError.forbidden('the portfolio dashboard is for leads and admins')
    }
    const parsed = Query.safeParse(c.req.query())
    if (!parsed.success) throw ApiError.badRequest(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`)
    const { state, sort } = parsed.data
    const matters = (await visibleMatters(store, caller)).filter((m) => {
      const role = roleIn(caller, m.workspaceId)
      return role !== null && canInWorkspace(role, 'dashboard.read') && (!state || m.state === state)
    })
    const locale = requestLocale(c)
    const rows = await inTurn(matters.map((m) => () => dashboardRow(deps, m, locale)))
    const body: DashboardResponse = { matters: rows.sort((a, b) => COMPARE[sort](a, b) || a.title.localeCompare(b.title)) }
    return c.json(body)
  })

  return routes
}
