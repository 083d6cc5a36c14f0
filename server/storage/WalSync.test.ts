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

describe('WalSync', () => {
  it('makes many commits durable with fewer fdatasyncs, each commit covered by one that began after it', async () => {
    const wal = join(tempDir(), 'log-wal')
    writeFileSync(wal, 'frames')
    const syncs: number[] = []
    const sync = new WalSync(wal, { onSync: (updates) => syncs.push(updates) })
    // Commits arriving while one fdatasync runs wait for the next: 50 commits, at most a few syncs.
    await Promise.all(Array.from({ length: 50 }, () => sync.whenDurable(2)))
    expect(syncs.reduce((a, b) => a + b, 0)).toBe(100)
    expect(syncs.length).toBeLessThan(50)
    expect(syncs[0]).toBe(2)
    await sync.close()
  })

  it('refuses the commit and every later one once an fdatasync failed', async () => {
    const sync = new WalSync(join(tempDir(), 'no-such-wal'))
    await expect(sync.whenDurable(1)).rejects.toThrow(/syncing the update log failed/)
    await expect(sync.whenDurable(1)).rejects.toThrow(/syncing the update log failed/)
    await sync.close()
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
    expect(syncs.reduce((sum, s) => sum + s.updates, 0)).toBe(3)
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
    const wal = join(tempDir(), 'log-wal')
    writeFileSync(wal, 'frames')
    const sync = new WalSync(wal, { minIntervalMs: 1_500 })
    const quietStart = performance.now()
    await sync.whenDurable(1)
    // Far below the interval even on a loaded machine: the first sync did not wait for it.
    expect(performance.now() - quietStart).toBeLessThan(1_000)
    const nextStart = performance.now()
    await sync.whenDurable(1)
    expect(performance.now() - nextStart).toBeGreaterThanOrEqual(1_000)
    await sync.close()
  })

  it('makes a stream of commits share a few fdatasyncs', async () => {
    const wal = join(tempDir(), 'log-wal')
    writeFileSync(wal, 'frames')
    let syncs = 0
    const sync = new WalSync(wal, { minIntervalMs: 30, onSync: () => syncs++ })
    // One commit a millisecond or so: at most one sync per 30 ms of the stream, not one a commit.
    const started = performance.now()
    const commits: Promise<void>[] = []
    for (let i = 0; i < 100; i++) {
      commits.push(sync.whenDurable(1))
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    await Promise.all(commits)
    const elapsed = performance.now() - started
    expect(syncs).toBeLessThanOrEqual(Math.ceil(elapsed / 30) + 1)
    expect(syncs).toBeLessThan(100)
    await sync.close()
  })
})
