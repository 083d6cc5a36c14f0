import { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Serves the built client. Hashed assets are cached for a year; every other path that is not
 * an API or sync path gets index.html, so client-side routes survive a reload.
 */
export function staticClient(clientDir: string): Hono {
  const routes = new Hono()
  const root = relative(process.cwd(), clientDir) || '.'
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8')
  routes.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  routes.use('*', serveStatic({ root }))
  routes.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
  return routes
}
