import { Hono } from 'hono'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { documentView } from './views'

export function documentRoutes({ store }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id', async (c) => {
    const { document, role } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    return c.json({ ...documentView(document), role })
  })

  return routes
}
