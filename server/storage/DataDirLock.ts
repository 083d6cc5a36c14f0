import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

/** Another server process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
}

/**
 * One server per data directory. Two processes on one SQLite file each believe their in-memory
 * documents are the truth: one's compaction deletes the other's acknowledged updates. The lock is
 * a small SQLite file held in exclusive locking mode — an operating-system lock, so it is released
 * when the process ends however it ends (SIGKILL included), and never left stale.
 */
export class DataDirLock {
  private constructor(private readonly db: Database.Database) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true })
    const path = join(dataDir, 'claimroom.lock')
    const db = new Database(path, { timeout: 0 })
    try {
      db.pragma('locking_mode = EXCLUSIVE')
      // The first write takes the exclusive lock, which exclusive mode keeps until close.
      db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder;')
      db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid)
    } catch (error) {
      db.close()
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new DataDirLockedError(`another Claimroom server is already using ${dataDir}; stop it first or set DATA_DIR to another directory`)
      }
      throw error
    }
    return new DataDirLock(db)
  }

  release(): void {
    if (this.db.open) this.db.close()
  }
}
