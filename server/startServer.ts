import { serve, type ServerType } from '@hono/node-server'
import { createNodeWebSocket } from '@hono/node-ws'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { MAX_SYNC_MESSAGE_BYTES } from '../shared/sync/protocol'
import { Hono } from 'hono'
import { createApp, type AppEnv } from './app'
import { LoginRateLimiter } from './auth/LoginRateLimiter'
import { PasswordCheckQueue } from './auth/PasswordCheckQueue'
import { guardUpgradeSockets } from './net/guardUpgradeSockets'
import type { ServerConfig } from './config'
import { textForEmptyBlocks } from './documents/documentContent'
import { schemaFor } from '../shared/editor/documentBody'
import { schemaViolation } from './documents/schemaGuard'
import { seedDemoWorkspace } from './seed/seedDemoWorkspace'
import { setupCode } from './auth/handedOverSecrets'
import { DataDirLock } from './storage/DataDirLock'
import { SqliteStore } from './storage/SqliteStore'
import type { Store } from './storage/Store'
import { SyncServer } from './sync/SyncServer'
import { ServerMetrics } from './metrics/ServerMetrics'

export interface RunningServer {
  url: string
  port: number
  store: Store
  sync: SyncServer
  /** The first-run set-up's code (also in the log), while the server started with no account; null otherwise. */
  setupCode: string | null
  /** Stops accepting, flushes every document, closes sockets and the store. */
  close(): Promise<void>
}

const SESSION_SWEEP_MS = 60 * 60 * 1000

/** A room writes a snapshot of its document, and drops the log before it, after this many updates. */
export const COMPACT_EVERY_UPDATES = 500

/** Expired sessions are refused when used; sweeping keeps the table from growing forever. */
async function sweepExpiredSessions(store: Store, log: (message: string) => void): Promise<void> {
  try {
    const swept = await store.deleteExpiredSessions(Date.now())
    if (swept > 0) log(`swept ${swept} expired session${swept === 1 ? '' : 's'}`)
  } catch (error) {
    log(`sweeping expired sessions failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Composes store, sync core and HTTP app, and listens. The one place the parts meet. */
export async function startServer(
  config: ServerConfig,
  log: (message: string) => void = (m) => console.log(m),
): Promise<RunningServer> {
  const lock = DataDirLock.acquire(config.dataDir)
  const metrics = new ServerMetrics()
  const store = new SqliteStore(join(config.dataDir, 'claimroom.sqlite'), {
    onCommit: (updates, seconds) => metrics.committed(updates, seconds),
    syncIntervalMs: config.syncIntervalMs,
  })
  await sweepExpiredSessions(store, log)
  const sweeper = setInterval(() => void sweepExpiredSessions(store, log), SESSION_SWEEP_MS).unref()
  if (config.seed && (await store.isEmpty())) {
    await seedDemoWorkspace(store)
    log('seeded the demo workspace (CLAIMROOM_SEED=0 turns this off)')
  }
  // A server with no account at all is set up by whoever reads this log (the code is printed below).
  const firstRunCode = (await store.isEmpty()) ? setupCode() : null
  const sync = new SyncServer({
    store,
    unloadGraceMs: config.unloadGraceMs,
    compactEvery: COMPACT_EVERY_UPDATES,
    recheckEveryMs: 60_000,
    guardFor: async (documentId) => {
      const document = await store.findDocument(documentId)
      if (!document) throw new Error(`document ${documentId} has no record`)
      const schema = schemaFor(document.kind)
      return (decoded, doc, inFlight) => schemaViolation(decoded, schema, doc, inFlight)
    },
    // Documents stored before their empty blocks got texts of their own (textInEmptyBlocks.ts) get them as they load.
    mendOnLoad: async (documentId, doc) => {
      const document = await store.findDocument(documentId)
      return document ? textForEmptyBlocks(document.kind, doc) : null
    },
    onError: (error, context) => log(`sync error while ${context}: ${error instanceof Error ? error.stack : error}`),
    onBatchStored: (updates, seconds) => metrics.batchStored(updates, seconds),
  })
  const app = new Hono<AppEnv>()
  const ws = createNodeWebSocket({ app })
  // Frames over the limit are refused by the socket layer with close code 1009 before they are buffered whole.
  ws.wss.options.maxPayload = MAX_SYNC_MESSAGE_BYTES
  metrics.watch({
    connections: () => sync.openConnections,
    rooms: () => sync.loadedDocuments,
    bufferedBytes: () => {
      let bytes = 0
      for (const client of ws.wss.clients) bytes += client.bufferedAmount
      return bytes
    },
  })
  createApp(app, {
    store,
    sync,
    loginLimits: {
      byAccountAndAddress: new LoginRateLimiter(10, 15 * 60 * 1000),
      byAddress: new LoginRateLimiter(100, 15 * 60 * 1000),
    },
    // Two scrypt checks at a time fill this machine's two cores; sixteen more may wait (~3 s).
    passwordChecks: new PasswordCheckQueue(2, 16, 4),
    upgradeWebSocket: ws.upgradeWebSocket,
    clientDir: config.clientDir,
    secureCookies: config.secureCookies,
    allowedOrigins: config.allowedOrigins,
    maxSocketsPerUser: config.maxSocketsPerUser,
    heartbeatMs: config.heartbeatMs,
    metrics,
    metricsToken: config.metricsToken,
    setupCode: firstRunCode,
    log,
  })
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s))
  })
  guardUpgradeSockets(server as Server, log)
  ws.injectWebSocket(server)
  const port = (server.address() as AddressInfo).port
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  if (firstRunCode) log(`no account yet: open http://${host}:${port}/setup to create the workspace and its first admin, with the setup code ${firstRunCode}`)
  let closing: Promise<void> | null = null
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    sync,
    setupCode: firstRunCode,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
        await sync.shutdown()
        for (const client of ws.wss.clients) client.terminate()
        if ('closeAllConnections' in server) server.closeAllConnections()
        await stopped
        clearInterval(sweeper)
        metrics.stop()
        await store.close()
        lock.release()
      })()),
  }
}
