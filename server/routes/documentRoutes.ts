import { Hono } from 'hono'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { documentView } from './views'
import { analyzePatentDocument } from '../../shared/editor/analyzePatentDocument'
import { readBody } from '../documents/documentContent'
import { claimView, findingView, requestLocale } from './findingViews'

export function documentRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id', async (c) => {
    const { document, role } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const matter = await store.findMatter(document.matterId)
    if (!matter) throw new Error(`document ${document.id} has no matter`)
    return c.json({ ...documentView(document), role, jurisdiction: matter.jurisdiction })
  })

  // The findings of the document as it is now, including edits not yet compacted.
  routes.get('/:id/findings', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const matter = await store.findMatter(document.matterId)
    if (!matter) throw new Error(`document ${document.id} has no matter`)
    const doc = await sync.currentState(document.id)
    const body = readBody(document.kind, doc)
    doc.destroy()
    const { claims, findings } = analyzePatentDocument(body, document.kind, matter.jurisdiction)
    const locale = requestLocale(c)
    return c.json({
      documentId: document.id,
      jurisdiction: matter.jurisdiction,
      claims: claims.map(claimView),
      findings: findings.map((f) => findingView(f, locale)),
    })
  })

  return routes
}
