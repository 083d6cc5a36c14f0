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
 *
 * Each fdatasync costs CPU whatever it covers (120–200 µs on this project's virtual machines), so
 * under load they are spaced at least `minIntervalMs` apart: a commit after a quiet spell is
 * synced at once, while under a steady stream of edits the commits of each interval share one
 * fdatasync — the number per second, and so the CPU durability costs, is capped, for a few
 * milliseconds more between a keystroke and its relay.
 */
export class WalSync {
  private fd: number | null = null
  /** Commits made since the running fdatasync began: the next one makes them durable. */
  private waiting: Array<{ updates: number; done: (error: Error | null) => void }> = []
  /** An fdatasync runs, or the next one waits for its interval. */
  private busy = false
  private lastStarted = -Infinity
  private failure: Error | null = null

  constructor(
    private readonly walPath: string,
    private readonly options: { onSync?: CommitObserver; minIntervalMs?: number } = {},
  ) {}

  /** Resolves once the commit just made (of `updates` updates) is on disk; rejects if it may not be. */
  whenDurable(updates: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.waiting.push({ updates, done: (error) => (error ? reject(error) : resolve()) })
      if (!this.busy) this.scheduleSync()
    })
  }

  /** Waits for the syncs under way, then lets go of the file. */
  async close(): Promise<void> {
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, 1))
    if (this.fd !== null) await new Promise((resolve) => close(this.fd!, resolve))
    this.fd = null
  }

  /** Starts the next fdatasync now, or when the interval since the last one has passed. */
  private scheduleSync(): void {
    this.busy = true
    const wait = this.lastStarted + (this.options.minIntervalMs ?? 0) - performance.now()
    if (wait > 0) setTimeout(() => this.syncWaiting(), wait)
    else this.syncWaiting()
  }

  private syncWaiting(): void {
    const batch = this.waiting
    this.waiting = []
    const started = performance.now()
    this.lastStarted = started
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
    this.busy = false
    if (error) {
      // After a failed fdatasync the kernel may have dropped the dirty pages: nothing written
      // since can be trusted to reach the disk, so every later commit is refused too.
      this.failure ??= new Error(`syncing the update log failed: ${error instanceof Error ? error.message : String(error)}`)
      for (const { done } of [...batch, ...this.waiting]) done(this.failure)
      this.waiting = []
      return
    }
    this.options.onSync?.(
      batch.reduce((sum, commit) => sum + commit.updates, 0),
      (performance.now() - started) / 1000,
    )
    for (const { done } of batch) done(null)
    if (this.waiting.length > 0) this.scheduleSync()
  }
}
