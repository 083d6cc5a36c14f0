import { Hono } from 'hono'
import { z } from 'zod'
import { TRIAGE_DECISIONS } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { archiveEntry } from '../review/archiveEntry'
import { personLookup } from '../review/people'
import { reviewDocument } from '../review/reviewedDocument'
import { triageView } from '../review/reviewViews'
import { readJson } from './readJson'

const Decision = z
  .object({ key: z.string().min(1).max(20_000), decision: z.enum(TRIAGE_DECISIONS), reason: z.string().trim().max(4000).default('') })
  .refine((d) => d.decision !== 'dismissed' || d.reason !== '', { message: 'say why the finding is dismissed', path: ['reason'] })

/**
 * `GET|POST /api/documents/:id/triage` — findings acknowledged or dismissed with a reason. A
 * decision is keyed by the finding's rule and flagged text, so it holds while that text is unchanged.
 */
export function triageRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/triage', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const person = personLookup(store)
    return c.json({ decisions: await Promise.all((await store.triage(document.id)).map((t) => triageView(t, person))) })
  })

  routes.post('/:id/triage', async (c) => {
    const caller = c.get('caller')
    const { document, matter } = await authorizeDocument(store, caller, c.req.param('id'), 'finding.triage')
    const input = await readJson(c, Decision)
    const finding = (await reviewDocument(store, sync, document, matter)).findings.find((f) => f.key === input.key)
    if (!finding) throw ApiError.badRequest('key: no current finding of this document has this key (GET …/findings lists them)')
    // The same decision again (a double click, a retried request) is the one already taken: a
    // second would add an archive entry that is never removed.
    const taken = (await store.triage(document.id)).find((t) => t.findingKey === input.key)
    if (taken && taken.decision === input.decision && taken.reason === input.reason) return c.json(await triageView(taken, personLookup(store)), 200)
    const record = {
      findingKey: input.key,
      rule: finding.rule,
      decision: input.decision,
      reason: input.reason,
      decidedBy: caller.user.id,
      decidedAt: new Date().toISOString(),
    }
    const entry =
      input.decision === 'dismissed'
        ? archiveEntry(caller, matter.id, 'finding.dismissed', { documentId: document.id, to: finding.rule, note: input.reason })
        : null
    await store.setTriage(document.id, record, entry)
    sync.notify(document.id, 'triage')
    return c.json(await triageView(record, personLookup(store)), 201)
  })

  return routes
}
