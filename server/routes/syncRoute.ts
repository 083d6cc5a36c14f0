import { Hono } from 'hono'
import type { WSContext } from 'hono/ws'
import type { IncomingMessage } from 'node:http'
import type { WebSocket } from 'ws'
import type { DocumentId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import { DURABLE_ACKS_PARAM, LOCAL_COPY_PARAM, MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync/protocol'
import { SendBacklog } from '../net/SendBacklog'
import { holdWritesForThisTurn } from '../net/writesPerTurn'
import { ApiError } from '../ApiError'
import { authorizeSync, loadCaller } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { originAllowed } from '../auth/originCheck'
import { sessionKey, sessionUser } from '../auth/sessions'
import { Heartbeat } from '../net/Heartbeat'
import { PerUserQuota } from '../net/PerUserQuota'
import type { AccessDecision } from '../sync/Room'
import type { SyncConnection } from '../sync/SyncServer'

type SyncEnv = {
  Bindings: { incoming?: IncomingMessage }
  Variables: AppEnv['Variables'] & { documentId: DocumentId; canEdit: boolean; role: string }
}

/** How long a socket closed for being too slow may take to finish its close before it is cut. */
const CLOSE_GRACE_MS = 5_000
const WEBSOCKET_KEY = /^[+/0-9A-Za-z]{22}==$/

/**
 * `GET /sync/:documentId` — the y-websocket endpoint. Origin, credentials and access are checked
 * before the upgrade (403 / 401 / 404 responses); after it, this adapter moves bytes between the
 * socket and the sync core, and holds the limits that belong to a socket: the bytes waiting for a
 * slow reader, the sockets per user, the heartbeat. Every close it makes is logged with its reason.
 */
export function syncRoute({ store, sync, upgradeWebSocket, allowedOrigins, maxSocketsPerUser, heartbeatMs, metrics, log }: AppDeps): Hono<SyncEnv> {
  const routes = new Hono<SyncEnv>()
  const quota = new PerUserQuota(maxSocketsPerUser)
  const heartbeat = new Heartbeat(heartbeatMs, (raw) => {
    log(`sync: closed a socket that answered no ping in ${heartbeatMs} ms`)
    raw.close(CloseCode.HeartbeatTimeout, 'no answer to ping')
    // A half-open peer never answers the close either.
    setTimeout(() => raw.terminate(), CLOSE_GRACE_MS).unref()
  })
  sync.onShutdown(() => heartbeat.stop())

  routes.get(
    '/:documentId',
    async (c, next) => {
      // A cookie rides along with any page's socket: only our own pages may open one.
      if (!originAllowed(c, allowedOrigins)) throw new ApiError(403, 'forbidden_origin', 'sockets from another origin are refused')
      await next()
    },
    authenticate<SyncEnv>(store, { allowQueryToken: true }),
    async (c, next) => {
      const { document, role, canEdit } = await authorizeSync(store, c.get('caller'), c.req.param('documentId'))
      c.set('documentId', document.id)
      c.set('canEdit', canEdit)
      c.set('role', role)
      // `ws` drops a handshake it cannot complete without telling @hono/node-ws, whose wait for
      // that socket would then never end: refuse those here, while a plain answer is still possible.
      const key = c.req.header('sec-websocket-key')
      if (c.req.header('upgrade')?.toLowerCase() === 'websocket') {
        if (!key || !WEBSOCKET_KEY.test(key) || c.req.header('sec-websocket-version') !== '13') {
          throw ApiError.badRequest('invalid WebSocket handshake')
        }
        if (c.env.incoming?.socket.destroyed) throw ApiError.badRequest('the client went away')
      } else {
        // A plain GET here would fall through to the web app's page, a 200 that says nothing.
        c.header('Upgrade', 'websocket')
        throw new ApiError(426, 'upgrade_required', 'the sync endpoint is a WebSocket: open it with an upgrade')
      }
      await next()
    },
    upgradeWebSocket((c) => {
      const documentId = c.get('documentId')
      const caller = c.get('caller')
      const token = c.get('token')
      const userId = caller.user.id
      const wantsDurableAcks = c.req.query(DURABLE_ACKS_PARAM) === '1'
      const holdsCopy = c.req.query(LOCAL_COPY_PARAM) === '1'
      const who = `${caller.user.email} on ${documentId}`
      let connection: SyncConnection | null = null
      let counted = false
      let ended = false

      const end = (ws: WSContext, code: number, reason: string) => {
        if (ended) return
        ended = true
        metrics.socketClosed(code)
        if (code !== CloseCode.ServerShutdown) log(`sync: closed ${who}: ${code} ${reason}`)
        const raw = ws.raw as WebSocket
        raw.close(code, reason)
        // A client that reads nothing never answers the close either.
        setTimeout(() => raw.terminate(), CLOSE_GRACE_MS).unref()
        connection?.disconnect()
        connection = null
      }

      const reauthorize = async (): Promise<AccessDecision> => {
        const current = await sessionUser(store, token)
        const caller = current ? await loadCaller(store, current) : null
        if (!caller) return { close: CloseCode.SessionEnded, reason: 'session ended' }
        try {
          return { canEdit: (await authorizeSync(store, caller, documentId)).canEdit }
        } catch (error) {
          if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
            return { close: CloseCode.AccessRevoked, reason: 'access revoked' }
          }
          throw error
        }
      }

      return {
        onOpen(_event, ws) {
          const raw = ws.raw as WebSocket
          // The socket `ws` took over at the upgrade.
          const tcp = c.env.incoming?.socket
          if (!quota.acquire(userId)) return end(ws, CloseCode.TooManySockets, `more than ${maxSocketsPerUser} open sockets`)
          counted = true
          heartbeat.watch(raw)
          const backlog = new SendBacklog()
          connection = sync.connect(
            documentId,
            {
              send: (message) => {
                if (raw.readyState !== raw.OPEN) return
                if (backlog.exceeded(raw.bufferedAmount, message.byteLength)) {
                  return end(ws, CloseCode.TooSlow, `client too slow: ${raw.bufferedAmount} bytes waiting`)
                }
                if (tcp) holdWritesForThisTurn(tcp)
                raw.send(message)
              },
              close: (code, reason) => end(ws, code, reason),
            },
            {
              canEdit: c.get('canEdit'),
              wantsDurableAcks,
              holdsCopy,
              participant: { userId, name: caller.user.name, role: c.get('role') },
              sessionKey: sessionKey(token),
              reauthorize,
            },
          )
        },
        onMessage(event, ws) {
          const data = event.data
          if (!(data instanceof ArrayBuffer)) return end(ws, CloseCode.MalformedMessage, 'sync messages are binary')
          if (data.byteLength > MAX_SYNC_MESSAGE_BYTES) return end(ws, CloseCode.MessageTooBig, 'message too big')
          connection?.receive(new Uint8Array(data))
        },
        onClose(_event, ws) {
          heartbeat.forget(ws.raw as WebSocket)
          if (counted) quota.release(userId)
          counted = false
          connection?.disconnect()
          connection = null
        },
      }
    }),
  )
  return routes
}
