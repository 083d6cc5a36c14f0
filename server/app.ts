import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { UpgradeWebSocket } from 'hono/ws'
import { ApiError } from './ApiError'
import { UnreadableDocumentError } from './storage/UnreadableDocumentError'
import { guardStateChanges } from './auth/originCheck'
import type { Caller } from './access'
import type { LoginRateLimiter } from './auth/LoginRateLimiter'
import type { PasswordCheckQueue } from './auth/PasswordCheckQueue'
import type { Store } from './storage/Store'
import type { SyncServer } from './sync/SyncServer'
import { authRoutes } from './routes/authRoutes'
import { setupRoutes } from './routes/setupRoutes'
import { inboxRoutes } from './routes/inboxRoutes'
import { matterRoutes } from './routes/matterRoutes'
import { teamRoutes } from './routes/teamRoutes'
import { workflowRoutes } from './routes/workflowRoutes'
import { checklistRoutes } from './routes/checklistRoutes'
import { approvalRoutes } from './routes/approvalRoutes'
import { commentRoutes } from './routes/commentRoutes'
import { suggestionRoutes } from './routes/suggestionRoutes'
import { triageRoutes } from './routes/triageRoutes'
import { dashboardRoutes } from './routes/dashboardRoutes'
import { checklistTemplateRoutes } from './routes/checklistTemplateRoutes'
import { documentRoutes } from './routes/documentRoutes'
import { analyzeRoutes } from './routes/analyzeRoutes'
import { versionRoutes } from './routes/versionRoutes'
import { exportRoutes } from './routes/exportRoutes'
import { IMPORT_PATH, importRoutes } from './routes/importRoutes'
import { syncRoute } from './routes/syncRoute'
import { metricsRoute } from './routes/metricsRoute'
import type { ServerMetrics } from './metrics/ServerMetrics'
import { workspaceRoutes } from './routes/workspaceRoutes'
import { staticClient } from './routes/staticClient'

export interface AppDeps {
  store: Store
  sync: SyncServer
  /** Failed sign-ins are counted per account and address pair and, more generously, per client address. */
  loginLimits: { byAccountAndAddress: LoginRateLimiter; byAddress: LoginRateLimiter }
  passwordChecks: PasswordCheckQueue
  upgradeWebSocket: UpgradeWebSocket
  /** Where the built client lives; null serves no client (API-only tests). */
  clientDir: string | null
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean
  /** Origins besides the server's own whose pages may use the API and the sync socket. */
  allowedOrigins: readonly string[]
  /** Most sync sockets one user may hold open (CLAIMROOM_MAX_SOCKETS_PER_USER). */
  maxSocketsPerUser: number
  /** Ping interval of the sync sockets; a socket that misses one ping is closed. */
  heartbeatMs: number
  /** What `GET /metrics` shows; the sync route counts the sockets it closes there. */
  metrics: ServerMetrics
  /** Bearer token that lets a scraper on another machine read `/metrics` (CLAIMROOM_METRICS_TOKEN). */
  metricsToken: string | null
  /** The first-run set-up's code, while the server started without any account and without the demo; null otherwise. */
  setupCode: string | null
  log: (message: string) => void
}

export type AppEnv = { Variables: { caller: Caller; token: string } }

/** Largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * Composes the HTTP API, the sync endpoint and the client in one Hono app. Takes the app to fill
 * because the WebSocket helper that the sync route needs is made from the app itself.
 */
export function createApp(app: Hono<AppEnv>, deps: AppDeps): Hono<AppEnv> {
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ error: { ...error.details, code: error.code, message: error.message } }, error.status)
    }
    deps.log(`unhandled error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`)
    if (error instanceof UnreadableDocumentError) {
      const message = 'the stored document could not be read; nothing stored was changed'
      return c.json({ error: { code: 'document_unreadable', message, documentId: error.documentId } }, 500)
    }
    return c.json({ error: { code: 'internal', message: 'internal server error' } }, 500)
  })
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404))

  app.get('/healthz', (c) => c.json({ ok: true }))

  // The import takes a file as multipart/form-data, under its own size limit and guard (importRoutes.ts).
  const jsonOnly = (middleware: MiddlewareHandler): MiddlewareHandler => (c, next) => (IMPORT_PATH.test(c.req.path) ? next() : middleware(c, next))
  app.use(
    '/api/*',
    jsonOnly(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => {
          // The unread rest of the body makes the connection unusable for another request.
          c.header('Connection', 'close')
          throw new ApiError(413, 'too_large', `request body exceeds ${MAX_BODY_BYTES} bytes`)
        },
      }),
    ),
  )
  app.use('/api/*', jsonOnly(guardStateChanges(deps.allowedOrigins)))
  app.use('/api/*', async (c, next) => {
    await next()
    // API answers are data for our own pages: never sniffed as something else, never cached.
    c.header('X-Content-Type-Options', 'nosniff')
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store')
  })
  app.route('/api/auth', authRoutes(deps))
  app.route('/api/setup', setupRoutes(deps))
  app.route('/api/inbox', inboxRoutes(deps))
  app.route('/api/workspaces', workspaceRoutes(deps))
  app.route('/api/workspaces', checklistTemplateRoutes(deps))
  app.route('/api/matters', matterRoutes(deps))
  app.route('/api/matters', teamRoutes(deps))
  app.route('/api/matters', workflowRoutes(deps))
  app.route('/api/matters', importRoutes(deps))
  app.route('/api/documents', documentRoutes(deps))
  app.route('/api/documents', checklistRoutes(deps))
  app.route('/api/documents', approvalRoutes(deps))
  app.route('/api/documents', commentRoutes(deps))
  app.route('/api/documents', suggestionRoutes(deps))
  app.route('/api/documents', triageRoutes(deps))
  app.route('/api/documents', versionRoutes(deps))
  app.route('/api/documents', exportRoutes(deps))
  app.route('/api/analyze', analyzeRoutes(deps))
  app.route('/api/dashboard', dashboardRoutes(deps))
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404))
  app.route('/sync', syncRoute(deps))
  app.route('/metrics', metricsRoute(deps))
  if (deps.clientDir) app.route('/', staticClient(deps.clientDir))
  return app
}
