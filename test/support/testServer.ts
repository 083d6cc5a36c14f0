import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_SYNC_INTERVAL_MS, type ServerConfig } from '../../server/config'
import { startServer, type RunningServer } from '../../server/startServer'

export interface TestServer extends RunningServer {
  dataDir: string
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>
}

/** A real server on port 0 with its own data folder; no demo seed unless asked. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'claimroom-test-'))
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      seed: false,
      clientDir: null,
      secureCookies: false,
      unloadGraceMs: 50,
      allowedOrigins: [],
      maxSocketsPerUser: 50,
      heartbeatMs: 30_000,
      metricsToken: null,
      syncIntervalMs: DEFAULT_SYNC_INTERVAL_MS,
      ...overrides,
    },
    () => undefined,
  )
  return {
    ...server,
    dataDir,
    dispose: async () => {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
