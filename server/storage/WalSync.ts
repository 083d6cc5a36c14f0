import { close, fdatasync, openSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** Told of every sync of the log: how many commits it made durable and how long the fdatasync took. */
export type CommitObserver = (updates: number, seconds: number) => void

/**
 * Makes the update log's commits durable with one fdatasync of SQLite's write-ahead log for all
 * the commits made since the last one (group commit across every document).
 *
 * The log's connection commits with synchronous=NORMAL: the frames are written to the WAL file
 * at once, but SQLite does not wait for the disk. Waiting is done here instead, on libuv's thread
 * pool: a commit counts as durable once an fdatasync of the WAL that began after it has ended —
 * the guarantee of synchronous=FULL, without a thread of our own (a V8 isolate was 16 MB) and
 * with every commit made while one fdatasync runs sharing the next.
 */
export class WalSync {
  private fd: number | null = null
  /** Commits made since the running fdatasync began: the next one makes them durable. */
  private waiting: Array<{ updates: number; done: (error: Error | null) => void }> = []
  private running = false
  private failure: Error | null = null

  constructor(
    private readonly walPath: string,
    private readonly onSync?: CommitObserver,
  ) {}

  /** Resolves once the commit just made (of `updates` updates) is on disk; rejects if it may not be. */
  whenDurable(updates: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.waiting.push({ updates, done: (error) => (error ? reject(error) : resolve()) })
      if (!this.running) this.syncWaiting()
    })
  }

  /** Waits for the syncs under way, then lets go of the file. */
  async close(): Promise<void> {
    while (this.running) await new Promise((resolve) => setImmediate(resolve))
    if (this.fd !== null) await new Promise((resolve) => close(this.fd!, resolve))
    this.fd = null
  }

  private syncWaiting(): void {
    const batch = this.waiting
    this.waiting = []
    this.running = true
    const started = performance.now()
    let fd: number
    try {
      // Opened on first use: SQLite creates the WAL file with the first write.
      fd = this.fd ??= openSync(this.walPath, 'r')
    } catch (error) {
      return this.finish(batch, started, error)
    }
    fdatasync(fd, (error) => this.finish(batch, started, error))
  }

  private finish(batch: WalSync['waiting'], started: number, error: unknown): void {
    this.running = false
    if (error) {
      // After a failed fdatasync the kernel may have dropped the dirty pages: nothing written
      // since can be trusted to reach the disk, so every later commit is refused too.
      this.failure ??= new Error(`syncing the update log failed: ${error instanceof Error ? error.message : String(error)}`)
      for (const { done } of [...batch, ...this.waiting]) done(this.failure)
      this.waiting = []
      return
    }
    this.onSync?.(
      batch.reduce((sum, commit) => sum + commit.updates, 0),
      (performance.now() - started) / 1000,
    )
    for (const { done } of batch) done(null)
    if (this.waiting.length > 0) this.syncWaiting()
  }
}
