import { Hono } from 'hono'
import type { WSContext } from 'hono/ws'
import { CloseCode } from '../../shared/sync/closeCodes'
import { DURABLE_ACKS_PARAM, MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync/protocol'
import { authorizeSync } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import type { SyncConnection } from '../sync/SyncServer'
import type { DocumentId } from '../../shared/domain/ids'

type SyncEnv = { Variables: AppEnv['Variables'] & { documentId: DocumentId; canEdit: boolean } }

/**
 * `GET /sync/:documentId` — the y-websocket endpoint. Credentials and access are checked before
 * the upgrade (401 / 404 responses); after it, this adapter only moves bytes between the socket
 * and the sync core.
 */
export function syncRoute({ store, sync, upgradeWebSocket }: AppDeps): Hono<SyncEnv> {
  const routes = new Hono<SyncEnv>()
  routes.get(
    '/:documentId',
    authenticate<SyncEnv>(store, { allowQueryToken: true }),
    async (c, next) => {
      const { document, canEdit } = await authorizeSync(store, c.get('caller'), c.req.param('documentId'))
      c.set('documentId', document.id)
      c.set('canEdit', canEdit)
      await next()
    },
    upgradeWebSocket((c) => {
      const documentId = c.get('documentId')
      const canEdit = c.get('canEdit')
      const wantsDurableAcks = c.req.query(DURABLE_ACKS_PARAM) === '1'
      let connection: SyncConnection | null = null
      const close = (ws: WSContext, code: number, reason: string) => {
        ws.close(code, reason)
        connection?.disconnect()
      }
      return {
        onOpen(_event, ws) {
          connection = sync.connect(documentId, {
            send: (message) => {
              if (ws.readyState === 1) ws.send(message as Uint8Array<ArrayBuffer>)
            },
            close: (code, reason) => ws.close(code, reason),
          }, { canEdit, wantsDurableAcks })
        },
        onMessage(event, ws) {
          const data = event.data
          if (!(data instanceof ArrayBuffer)) return close(ws, CloseCode.MalformedMessage, 'sync messages are binary')
          if (data.byteLength > MAX_SYNC_MESSAGE_BYTES) return close(ws, CloseCode.MessageTooBig, 'message too big')
          connection?.receive(new Uint8Array(data))
        },
        onClose() {
          connection?.disconnect()
        },
      }
    }),
  )
  return routes
}
