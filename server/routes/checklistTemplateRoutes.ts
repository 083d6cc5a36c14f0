import { Hono } from 'hono'
import { withArticle } from '../../shared/domain/roles'
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds'
import { canInWorkspace } from '../../shared/domain/policy'
import type { ChecklistTemplateItem } from '../../shared/review/checklistTemplates'
import { ChecklistSettingsSchema } from '../../shared/review/checklistTemplateSchema'
import { ApiError } from '../ApiError'
import type { Caller } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { checklistTemplateFor } from '../review/checklistTemplate'
import type { Store } from '../storage/Store'
import { readJson } from './readJson'

export interface ChecklistSettings {
  passLine: number
  templates: Record<DocumentKind, readonly ChecklistTemplateItem[]>
}

function membership(caller: Caller, id: string) {
  const found = caller.memberships.find((m) => m.workspaceId === id)
  if (!found) throw ApiError.notFound('workspace')
  return found
}

async function settings(store: Store, workspaceId: Caller['memberships'][number]['workspaceId']): Promise<ChecklistSettings> {
  const templates = await Promise.all(DOCUMENT_KINDS.map((kind) => checklistTemplateFor(store, workspaceId, kind)))
  return {
    passLine: await store.passLine(workspaceId),
    templates: Object.fromEntries(DOCUMENT_KINDS.map((kind, i) => [kind, templates[i]!])) as ChecklistSettings['templates'],
  }
}

/**
 * `GET|PUT /api/workspaces/:id/checklist-templates` — the checklist template of each kind and the
 * pass line of a workspace. Every member reads them; admins set them.
 */
export function checklistTemplateRoutes({ store }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/checklist-templates', async (c) => {
    const { workspaceId } = membership(c.get('caller'), c.req.param('id'))
    return c.json(await settings(store, workspaceId))
  })

  routes.put('/:id/checklist-templates', async (c) => {
    const { workspaceId, role } = membership(c.get('caller'), c.req.param('id'))
    if (!canInWorkspace(role, 'checklist.editTemplates')) throw ApiError.forbidden(`${withArticle(role)} may not edit checklist templates`)
    const input = await readJson(c, ChecklistSettingsSchema)
    if (input.passLine !== undefined) await store.setPassLine(workspaceId, input.passLine)
    for (const kind of DOCUMENT_KINDS) {
      const items = input.templates?.[kind]
      if (items) await store.setChecklistTemplate(workspaceId, kind, items)
    }
    return c.json(await settings(store, workspaceId))
  })

  return routes
}
