import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { HEARTBEAT_MS } from '../shared/sync/protocol'

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /** Seed the demo workspace when the store is empty. */
  seed: boolean
  clientDir: string | null
  secureCookies: boolean
  unloadGraceMs: number
  allowedOrigins: string[]
  maxSocketsPerUser: number
  /** Ping interval of the sync sockets' heartbeat (HEARTBEAT_MS unless a test says otherwise). */
  heartbeatMs: number
  /** Lets scrapers on other machines read `/metrics` with this bearer token; null serves it to loopback only. */
  metricsToken: string | null
  /** Least time between two fdatasyncs of the update log under load (CLAIMROOM_SYNC_INTERVAL_MS). */
  syncIntervalMs: number
}

/** Reads the environment (docs/api.md lists every variable); refuses values it cannot use. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, not "${env.PORT}"`)
  const clientDir = resolve(env.CLIENT_DIR ?? 'dist/client')
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    seed: env.CLAIMROOM_SEED !== '0',
    clientDir: existsSync(resolve(clientDir, 'index.html')) ? clientDir : null,
    secureCookies: env.SECURE_COOKIES === '1',
    unloadGraceMs: Number(env.CLAIMROOM_UNLOAD_GRACE_MS ?? 30_000),
    allowedOrigins: (env.CLAIMROOM_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    maxSocketsPerUser: positiveInteger(env, 'CLAIMROOM_MAX_SOCKETS_PER_USER', 50),
    heartbeatMs: HEARTBEAT_MS,
    metricsToken: env.CLAIMROOM_METRICS_TOKEN || null,
    syncIntervalMs: wholeNumber(env, 'CLAIMROOM_SYNC_INTERVAL_MS', DEFAULT_SYNC_INTERVAL_MS),
  }
}

/**
 * Under a steady stream of edits, the commits of 10 ms share one fdatasync: at most 100 a second.
 * Measured on the team benchmark (quiet machine, server CPU against the bare relay's, p99 from
 * keystroke to collaborator): 0 ms ×1.74 and 9 ms, 5 ms ×1.61 and 11 ms, 10 ms ×1.31 and 19 ms,
 * 20 ms ×1.21 and 39 ms. 10 keeps an edit's p99 under 20 ms for a third less CPU than 0.
 */
export const DEFAULT_SYNC_INTERVAL_MS = 10

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 1000) throw new Error(`${name} must be a whole number from 0 to 1000, not "${raw}"`)
  return value
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`)
  return value
}
