import { Hono, type Context } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * What the page may load and run: only scripts from this origin (Vite emits no inline script),
 * styles from this origin plus inline style attributes (carets and presence dots are coloured
 * per person, and Tiptap injects its base styles), the sync socket on this origin, and no
 * framing by other sites.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Document links carry ids; other sites learn nothing from them.
  'Referrer-Policy': 'same-origin',
}

/** Hashed file names change with their content, so a browser may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Everything else, index.html first, is asked about again on every load (it names the current hashes). */
const REVALIDATE = 'no-cache'

/**
 * Serves the built client. Assets are sent precompressed (brotli or gzip, made at build) when
 * the browser accepts it; hashed assets are cached for a year; every other path that is not an
 * API or sync path gets index.html, so client-side routes survive a reload.
 */
export function staticClient(clientDir: string): Hono {
  const routes = new Hono()
  const root = relative(process.cwd(), clientDir) || '.'
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8')
  routes.use('*', async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value)
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', REVALIDATE)
  })
  // serveStatic builds its response before onFound runs, so the header is set on the way out.
  routes.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', IMMUTABLE)
  })
  routes.use('/assets/*', serveStatic({ root, precompressed: true }))
  // A missing asset is a 404, never index.html: that would be cached for a year under a script's name.
  routes.get('/assets/*', (c) => c.text('not found', 404))
  const appShell = (c: Context) => c.html(indexHtml)
  routes.get('/', appShell)
  routes.get('/index.html', appShell)
  routes.use('*', serveStatic({ root, precompressed: true }))
  routes.get('*', appShell)
  return routes
}
