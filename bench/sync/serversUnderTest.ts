import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import { hashPassword } from '../../server/auth/passwords'
import { startSession } from '../../server/auth/sessions'
import { newId } from '../../server/newId'
import * as Y from 'yjs'
import { COMPACT_EVERY_UPDATES } from '../../server/startServer'
import { SqliteStore } from '../../server/storage/SqliteStore'
import { mergedState, type BenchDocument } from './benchDocuments'
import { buildClaimroomServer, startNodeFlags } from './builtServer'
import { writeSeedFile } from './seedFile'
import type { ServerLaunch } from './serverProcess'

export type ServerId = 'relay' | 'y-websocket-server' | 'hocuspocus' | 'claimroom' | 'claimroom-tsx' | 'claimroom-nosync'

/** How clients reach one running server: which protocol, where, and under which names. */
export interface SyncEndpoint {
  /** Hocuspocus 3 frames every message with the document name and needs an auth message first. */
  dialect: 'y-websocket' | 'hocuspocus'
  /** The WebSocket base URL: y-websocket's `serverUrl`, Hocuspocus's `url`. */
  serverUrl: string
  /** The name the server knows a benchmark document by. */
  roomOf(documentName: string): string
  /** Query parameters of every connection (Claimroom's session token). */
  params: Record<string, string>
  /** What Hocuspocus's auth message carries (it has no auth hook here, so any value passes). */
  token: string
}

export interface PreparedServer {
  launch: ServerLaunch
  endpoint(url: string): SyncEndpoint
}

export interface ServerUnderTest {
  id: ServerId
  label: string
  /** Writes the scenario's documents where the server will find them, in `dir`, and says how to start it. */
  prepare(dir: string, documents: BenchDocument[]): Promise<PreparedServer>
}

const wsUrl = (url: string) => url.replace(/^http/, 'ws')
const sameName = (name: string) => name

/** In-memory servers get their starting documents as one merged state each. */
function seededInMemory(dir: string, documents: BenchDocument[]): string {
  const path = join(dir, 'seed.bin')
  writeSeedFile(path, documents.map((d) => ({ name: d.name, state: mergedState(d.updates) })))
  return path
}

const relay: ServerUnderTest = {
  id: 'relay',
  label: 'bare y-protocols relay (Hono, memory)',
  prepare: async (dir, documents) => ({
    launch: { args: ['bench/sync/servers/bareRelay.mjs'], env: { BENCH_SEED_FILE: seededInMemory(dir, documents) } },
    endpoint: (url) => ({ dialect: 'y-websocket', serverUrl: wsUrl(url), roomOf: sameName, params: {}, token: '' }),
  }),
}

const yWebsocketServer: ServerUnderTest = {
  id: 'y-websocket-server',
  label: '@y/websocket-server 0.1.1 (memory)',
  prepare: async (dir, documents) => ({
    launch: { args: ['bench/sync/servers/yWebsocketServer.mjs'], env: { BENCH_SEED_FILE: seededInMemory(dir, documents) } },
    endpoint: (url) => ({ dialect: 'y-websocket', serverUrl: wsUrl(url), roomOf: sameName, params: {}, token: '' }),
  }),
}

const hocuspocus: ServerUnderTest = {
  id: 'hocuspocus',
  label: 'Hocuspocus 3.4.4 + SQLite (debounced)',
  prepare: async (dir, documents) => {
    const path = join(dir, 'hocuspocus.sqlite')
    // The rows Hocuspocus itself would have written: one whole state per document.
    const db = new Database(path)
    db.exec('CREATE TABLE IF NOT EXISTS documents (name varchar(255) NOT NULL, data blob NOT NULL, UNIQUE(name))')
    const insert = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?)')
    for (const document of documents) insert.run(document.name, mergedState(document.updates))
    db.close()
    return {
      launch: { args: ['bench/sync/servers/hocuspocus.mjs'], env: { BENCH_DB: path } },
      endpoint: (url) => ({ dialect: 'hocuspocus', serverUrl: wsUrl(url), roomOf: sameName, params: {}, token: 'bench' }),
    }
  },
}

/**
 * Stores a document's updates as Claimroom's server leaves them: appended, and compacted into a
 * snapshot every COMPACT_EVERY_UPDATES as its rooms do (and when a room unloads), so that the
 * last snapshot holds everything. A long log that was never compacted — a server stopped each
 * time before it could — is opened once at the price of replaying it, and compacted by that open.
 */
async function storeAsTheServerDoes(store: SqliteStore, id: DocumentId, updates: Uint8Array[]): Promise<void> {
  const replica = new Y.Doc()
  for (let i = 0; i < updates.length; i += COMPACT_EVERY_UPDATES) {
    const slice = updates.slice(i, i + COMPACT_EVERY_UPDATES)
    const lastSeq = await store.appendUpdates(id, slice)
    Y.transact(replica, () => {
      for (const update of slice) Y.applyUpdate(replica, update)
    })
    await store.compact(id, Y.encodeStateAsUpdate(replica), lastSeq)
  }
  replica.destroy()
}

/** Claimroom started by `nodeArgs`: the same store, user and documents whichever way it runs. */
const claimroomServer = (id: ServerId, label: string, nodeArgs: () => Promise<string[]>): ServerUnderTest => ({
  id,
  label,
  prepare: async (dir, documents) => {
    // Everything through Claimroom's own store, so the server finds a user, a session and
    // documents exactly as its API would have left them.
    const store = new SqliteStore(join(dir, 'claimroom.sqlite'))
    const workspaceId = newId<WorkspaceId>()
    await store.createWorkspace(workspaceId, 'Benchmark')
    const userId = newId<UserId>()
    await store.createUser({
      id: userId,
      email: 'bench@bench.test',
      name: 'Benchmark',
      passwordHash: await hashPassword('benchmark-password'),
    })
    await store.addMember(workspaceId, userId, 'agent')
    const token = await startSession(store, userId)
    const matterId = newId<MatterId>()
    const createdAt = new Date().toISOString()
    await store.createMatter({ id: matterId, workspaceId, title: 'Benchmark', jurisdiction: 'CN', createdAt })
    // An agent edits only the documents of matters whose team they are on.
    await store.addTeamMember(matterId, userId, 'agent')
    const ids = new Map<string, DocumentId>()
    for (const document of documents) {
      const id = newId<DocumentId>()
      await store.createDocument({ id, matterId, workspaceId, kind: 'claims', title: document.name, createdAt })
      await storeAsTheServerDoes(store, id, document.updates)
      ids.set(document.name, id)
    }
    await store.close()
    return {
      launch: {
        args: await nodeArgs(),
        env: {
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dir,
          CLAIMROOM_SEED: '0',
          CLIENT_DIR: join(dir, 'no-client'),
          // The benchmark opens hundreds of sockets as one user.
          CLAIMROOM_MAX_SOCKETS_PER_USER: '100000',
        },
      },
      endpoint: (url) => ({
        dialect: 'y-websocket',
        serverUrl: `${wsUrl(url)}/sync`,
        roomOf: (name) => {
          const id = ids.get(name)
          if (!id) throw new Error(`no Claimroom document for ${name}`)
          return id
        },
        params: { token },
        token,
      }),
    }
  },
})

let built: Promise<string> | null = null
/** The server as `npm start` runs it: compiled ahead of time, built once per benchmark run. */
const builtServer = () => (built ??= buildClaimroomServer())

const claimroom = claimroomServer('claimroom', 'Claimroom (durable before relay)', async () => [
  ...(await startNodeFlags()),
  await builtServer(),
])

// Diagnostic: the server compiled at run time by tsx, as `npm run dev` and the tests run it.
const claimroomTsx = claimroomServer('claimroom-tsx', 'Claimroom under tsx (diagnostic)', async () => [
  '--import',
  'tsx',
  'server/main.ts',
])

// Diagnostic: the same server with commits that do not wait for fsync. Not durable.
const claimroomWithoutFsync = claimroomServer('claimroom-nosync', 'Claimroom without fsync (diagnostic)', async () => [
  ...(await startNodeFlags()),
  '--import',
  './bench/sync/servers/sqliteWithoutFsync.mjs',
  await builtServer(),
])

/** In table order: the floor first. */
export const SERVERS_UNDER_TEST: ServerUnderTest[] = [relay, yWebsocketServer, hocuspocus, claimroom]

/** Servers that answer a question about Claimroom rather than compare it; run with --servers. */
export const DIAGNOSTIC_SERVERS: ServerUnderTest[] = [claimroomTsx, claimroomWithoutFsync]
