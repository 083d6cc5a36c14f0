import type Database from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentId } from '../../shared/domain/ids'
import { SqliteStore } from './SqliteStore'
import { WalSync } from './WalSync'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'walsync-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A WAL to sync and a log that records the groups it was given to write. */
function groupLog(options: ConstructorParameters<typeof WalSync>[2] = {}) {
  const path = join(tempDir(), 'log-wal')
  writeFileSync(path, 'frames')
  const groups: number[][] = []
  const sync = new WalSync<number, string>(
    path,
    (appends) => {
      groups.push([...appends])
      return appends.map((append) => `written ${append}`)
    },
    options,
  )
  return { sync, groups }
}

describe('WalSync', () => {
  it('writes the appends that arrive while one fdatasync runs as one group, and answers each with its own result', async () => {
    const syncs: number[] = []
    const { sync, groups } = groupLog({ onSync: (updates) => syncs.push(updates), updatesOf: () => 2 })
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => sync.append(i)))
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => `written ${i}`))
    // Appends of one tick share the first group; the rest wait for it and share the next.
    expect(groups.length).toBeLessThan(50)
    expect(groups.flat()).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(syncs).toEqual(groups.map((group) => group.length * 2))
    await sync.close()
  })

  it('writes nothing before the tick that asked for it is over, so that every room flushing in that tick joins', async () => {
    const { sync, groups } = groupLog()
    const first = sync.append(1)
    expect(groups).toEqual([])
    const second = sync.append(2)
    await Promise.all([first, second])
    expect(groups).toEqual([[1, 2]])
    await sync.close()
  })

  it('refuses the group whose write failed, and writes the next one', async () => {
    const path = join(tempDir(), 'log-wal')
    writeFileSync(path, 'frames')
    let full = true
    const sync = new WalSync<string, string>(path, (appends) => {
      if (full) throw new Error('database or disk is full')
      return [...appends]
    })
    await expect(sync.append('a')).rejects.toThrow(/disk is full/)
    full = false
    await expect(sync.append('b')).resolves.toBe('b')
    await sync.close()
  })

  it('refuses the append and every later one once an fdatasync failed', async () => {
    const broken = new WalSync<number, number>(join(tempDir(), 'no-such-wal'), (appends) => [...appends])
    await expect(broken.append(1)).rejects.toThrow(/syncing the update log failed/)
    await expect(broken.append(2)).rejects.toThrow(/syncing the update log failed/)
    await broken.close()
  })
})

describe('SqliteStore update log', () => {
  it('answers an append once the commit is synced, and reports each sync with the updates it covered', async () => {
    const dir = tempDir()
    const syncs: Array<{ updates: number; seconds: number }> = []
    const store = new SqliteStore(join(dir, 'claimroom.sqlite'), { onCommit: (updates, seconds) => syncs.push({ updates, seconds }) })
    const { documentId } = await seedDocument(store)
    const seqs = await Promise.all([
      store.appendUpdates(documentId, [new Uint8Array([0, 0])]),
      store.appendUpdates(documentId, [new Uint8Array([0, 0]), new Uint8Array([0, 0])]),
    ])
    expect(seqs[1]).toBe(seqs[0]! + 2)
    // Two batches asked for in one tick: one transaction, one fdatasync.
    expect(syncs.map((s) => s.updates)).toEqual([3])
    expect(syncs.every((s) => s.seconds >= 0 && s.seconds < 10)).toBe(true)
    const stored = await store.loadDocumentState(documentId)
    expect(stored.updates).toHaveLength(3)
    await store.close()

    // What the log's own connection committed is read by a new server from the same file.
    const reopened = new SqliteStore(join(dir, 'claimroom.sqlite'))
    expect((await reopened.loadDocumentState(documentId)).updates).toHaveLength(3)
    await reopened.close()
  })
})

describe('SqliteStore update log when the disk is full', () => {
  it('refuses every append of the failed group, stores none of it, and appends again once there is room', async () => {
    const store = new SqliteStore(join(tempDir(), 'claimroom.sqlite'))
    const { documentId } = await seedDocument(store)
    const kept = await store.appendUpdates(documentId, [new Uint8Array([0, 0])])
    // The log's connection may not grow the file any more: SQLite answers SQLITE_FULL, as on a full disk.
    const logDb = (store as unknown as { logDb: Database.Database }).logDb
    const pages = logDb.pragma('page_count', { simple: true }) as number
    logDb.pragma(`max_page_count = ${pages}`)
    const large = new Uint8Array(64 * 1024)
    const group = [store.appendUpdates(documentId, [large]), store.appendUpdates(documentId, [new Uint8Array([0, 0])])]
    for (const append of group) await expect(append).rejects.toThrow(/full/)
    expect((await store.loadDocumentState(documentId)).lastSeq).toBe(kept)

    logDb.pragma('max_page_count = 1073741823')
    const next = await store.appendUpdates(documentId, [large])
    const stored = await store.loadDocumentState(documentId)
    expect(stored.updates.map((update) => update.byteLength)).toEqual([2, large.byteLength])
    expect(stored.lastSeq).toBe(next)
    await store.close()
  })
})

async function seedDocument(store: SqliteStore): Promise<{ documentId: DocumentId }> {
  const workspaceId = 'w1' as never
  await store.createWorkspace(workspaceId, 'W')
  const matterId = 'm1' as never
  const createdAt = new Date().toISOString()
  await store.createMatter({ id: matterId, workspaceId, title: 'M', jurisdiction: 'CN', createdAt })
  const documentId = 'd1' as DocumentId
  await store.createDocument({ id: documentId, matterId, workspaceId, kind: 'claims', title: 'C', createdAt })
  return { documentId }
}

describe('WalSync under load', () => {
  it('syncs a commit after a quiet spell at once, and the next one no sooner than the interval after it', async () => {
    const { sync } = groupLog({ minIntervalMs: 1_500 })
    const quietStart = performance.now()
    await sync.append(1)
    // Far below the interval even on a loaded machine: the first sync did not wait for it.
    expect(performance.now() - quietStart).toBeLessThan(1_000)
    const nextStart = performance.now()
    await sync.append(1)
    expect(performance.now() - nextStart).toBeGreaterThanOrEqual(1_000)
    await sync.close()
  })

  it('makes a stream of commits share a few fdatasyncs', async () => {
    let syncs = 0
    const { sync } = groupLog({ minIntervalMs: 30, onSync: () => syncs++ })
    // One commit a millisecond or so: at most one sync per 30 ms of the stream, not one a commit.
    const started = performance.now()
    const commits: Promise<string>[] = []
    for (let i = 0; i < 100; i++) {
      commits.push(sync.append(i))
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    await Promise.all(commits)
    const elapsed = performance.now() - started
    expect(syncs).toBeLessThanOrEqual(Math.ceil(elapsed / 30) + 1)
    expect(syncs).toBeLessThan(100)
    await sync.close()
  })
})
