import { Hono } from 'hono'
import { z } from 'zod'
import { DOCUMENT_KINDS } from '../../shared/domain/documentKinds'
import type { MatterDetail } from '../../shared/domain/api'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import { JURISDICTIONS } from '../../shared/claims/types'
import { authorizeMatter, workspaceForNewMatter } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { createDocument } from '../documents/createDocument'
import { newId } from '../newId'
import { documentView, matterView } from './views'
import { readJson } from './readJson'

const NewMatter = z.object({
  title: z.string().trim().min(1).max(500),
  jurisdiction: z.enum(JURISDICTIONS as ['CN', 'US', 'EP']).default('CN'),
  workspaceId: z.string().optional(),
})

const NewDocument = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().trim().min(1).max(500),
})

export function matterRoutes({ store }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/', async (c) => {
    const caller = c.get('caller')
    const matters = await store.listMatters(caller.memberships.map((m) => m.workspaceId))
    return c.json({ matters: matters.map(matterView) })
  })

  routes.post('/', async (c) => {
    const caller = c.get('caller')
    const input = await readJson(c, NewMatter)
    const matter = {
      id: newId<MatterId>(),
      workspaceId: workspaceForNewMatter(caller, input.workspaceId),
      title: input.title,
      jurisdiction: input.jurisdiction,
      createdAt: new Date().toISOString(),
    }
    await store.createMatter(matter)
    return c.json(matterView(matter), 201)
  })

  routes.get('/:id', async (c) => {
    const matter = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'matter.read')
    const documents = await store.listDocuments(matter.id)
    const body: MatterDetail = {
      ...matterView(matter),
      documents: documents.map((d) => ({ id: d.id, kind: d.kind, title: d.title })),
    }
    return c.json(body)
  })

  routes.post('/:id/documents', async (c) => {
    const matter = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'document.create')
    const input = await readJson(c, NewDocument)
    const document = await createDocument(store, {
      id: newId<DocumentId>(),
      matter,
      kind: input.kind,
      title: input.title,
    })
    return c.json(documentView(document), 201)
  })

  return routes
}
