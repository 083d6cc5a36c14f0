import { Hono } from 'hono'
import { z } from 'zod'
import { CHECKLIST_STATES } from '../../shared/review/checklist'
import type { UserId } from '../../shared/domain/ids'
import type { Checklist } from '../../shared/review/checklist'
import type { ChecklistResponse } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { checklistTemplateFor } from '../review/checklistTemplate'
import { documentChecklist } from '../review/documentChecklist'
import { personLookup } from '../review/people'
import type { Store } from '../storage/Store'
import { requestLocale } from './findingViews'
import { readJson } from './readJson'

const ChecklistBody = z.object({
  items: z
    .array(z.object({ id: z.string().min(1).max(100), state: z.enum(CHECKLIST_STATES), note: z.string().max(4000).optional() }))
    .min(1)
    .max(200),
})

/** `GET|PUT /api/documents/:id/checklist` — the document's quality checklist and its score. */
export function checklistRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/checklist', async (c) => {
    const { document, matter } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const { checklist } = await documentChecklist(store, sync, document, matter, requestLocale(c))
    return c.json(await checklistView(store, checklist))
  })

  routes.put('/:id/checklist', async (c) => {
    const caller = c.get('caller')
    const { document, matter } = await authorizeDocument(store, caller, c.req.param('id'), 'checklist.fill')
    const { items } = await readJson(c, ChecklistBody)
    const template = new Map((await checklistTemplateFor(store, matter.workspaceId, document.kind)).map((item) => [item.id, item]))
    const existing = new Map((await store.checklistMarks(document.id)).map((mark) => [mark.itemId, mark]))
    const setAt = new Date().toISOString()
    const marks = items.map((item, index) => {
      const known = template.get(item.id)
      if (!known) throw ApiError.badRequest(`items.${index}.id: ${item.id} is not an item of the ${document.kind} checklist`)
      if (known.rule) throw ApiError.badRequest(`items.${index}.id: ${item.id} is set by the drafting checker (${known.rule}), not by hand`)
      const note = (item.note ?? existing.get(item.id)?.note ?? '').trim()
      return { itemId: item.id, state: item.state, note, setBy: caller.user.id, setAt }
    })
    await store.setChecklistMarks(document.id, marks)
    sync.notify(document.id, 'checklist')
    const { checklist } = await documentChecklist(store, sync, document, matter, requestLocale(c))
    return c.json(await checklistView(store, checklist))
  })

  return routes
}

/** The checklist with the name of whoever set each item by hand. */
async function checklistView(store: Store, checklist: Checklist): Promise<ChecklistResponse> {
  const person = personLookup(store)
  const items = await Promise.all(checklist.items.map(async (item) =>
    item.setBy === undefined || item.rule ? item : { ...item, setByName: (await person(item.setBy as UserId)).name }))
  return { ...checklist, items }
}
