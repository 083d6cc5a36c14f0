import { close, fdatasync, openSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** Told of every sync of the log: how many updates it made durable and how long the fdatasync took. */
export type CommitObserver = (updates: number, seconds: number) => void

/**
 * Writes the appends gathered since the last sync in one transaction and returns each one's
 * result, in order. Throws when the transaction failed: then nothing of it was written.
 */
export type WriteGroup<Append, Result> = (appends: readonly Append[]) => Result[]

interface Waiting<Append, Result> {
  append: Append
  done: (error: Error | null, result?: Result) => void
}

/**
 * Group commit for the update log: the appends of every document that arrive while one
 * fdatasync of SQLite's write-ahead log runs are written together in one transaction when the
 * next one begins, and made durable by it.
 *
 * The log's connection commits with synchronous=NORMAL: the frames are written to the WAL file
 * at once, but SQLite does not wait for the disk. Waiting is done here instead, on libuv's thread
 * pool: a commit counts as durable once an fdatasync of the WAL that began after it has ended —
 * the guarantee of synchronous=FULL, without a thread of our own (a V8 isolate was 16 MB).
 *
 * One transaction per sync rather than one per document's batch: every commit costs SQLite's
 * lock calls and a WAL frame for each page it touches (the log's table, its index and the
 * AUTOINCREMENT counter), whatever it holds — in a team of 20 documents that was five
 * transactions and some twenty system calls per sync instead of one and four.
 *
 * Each fdatasync costs CPU whatever it covers (120–200 µs on this project's virtual machines), so
 * under load they are spaced at least `minIntervalMs` apart: an append after a quiet spell is
 * written and synced at once, while under a steady stream of edits the appends of each interval
 * share one transaction and one fdatasync — the number per second, and so the CPU durability
 * costs, is capped, for a few milliseconds more between a keystroke and its relay.
 */
export class WalSync<Append, Result> {
  private fd: number | null = null
  /** Appends gathered for the next transaction and fdatasync. */
  private waiting: Array<Waiting<Append, Result>> = []
  /** An fdatasync runs, or the next one is scheduled. */
  private busy = false
  private lastStarted = -Infinity
  private failure: Error | null = null

  constructor(
    private readonly walPath: string,
    private readonly write: WriteGroup<Append, Result>,
    private readonly options: { onSync?: CommitObserver; minIntervalMs?: number; updatesOf?: (append: Append) => number } = {},
  ) {}

  /** Resolves to the append's result once it is written and on disk; rejects if it may not be. */
  append(append: Append): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, done: (error, result) => (error ? reject(error) : resolve(result!)) })
      if (!this.busy) this.scheduleSync()
    })
  }

  /** Waits for the syncs under way, then lets go of the file. */
  async close(): Promise<void> {
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, 1))
    if (this.fd !== null) await new Promise((resolve) => close(this.fd!, resolve))
    this.fd = null
  }

  /**
   * Starts the next sync when the interval since the last one has passed — never in the same
   * tick as the append that asks for it: the rooms flush their batches one after another in one
   * turn of the event loop, and the later ones join the first one's transaction.
   */
  private scheduleSync(): void {
    this.busy = true
    const wait = this.lastStarted + (this.options.minIntervalMs ?? 0) - performance.now()
    if (wait > 0) setTimeout(() => this.syncWaiting(), wait)
    else setImmediate(() => this.syncWaiting())
  }

  private syncWaiting(): void {
    const group = this.waiting
    this.waiting = []
    const started = performance.now()
    this.lastStarted = started
    let results: Result[]
    let fd: number
    try {
      results = this.write(group.map((waiting) => waiting.append))
    } catch (error) {
      // The transaction was rolled back: this group fails, the log stays usable for the next.
      this.busy = false
      for (const { done } of group) done(asError(error))
      if (this.waiting.length > 0) this.scheduleSync()
      return
    }
    try {
      // Opened on first use: SQLite creates the WAL file with the first write.
      fd = this.fd ??= openSync(this.walPath, 'r')
    } catch (error) {
      return this.finish(group, results, started, error)
    }
    fdatasync(fd, (error) => this.finish(group, results, started, error))
  }

  private finish(group: Array<Waiting<Append, Result>>, results: Result[], started: number, error: unknown): void {
    this.busy = false
    if (error) {
      // After a failed fdatasync the kernel may have dropped the dirty pages: nothing written
      // since can be trusted to reach the disk, so every later append is refused too.
      this.failure ??= new Error(`syncing the update log failed: ${asError(error).message}`)
      for (const { done } of [...group, ...this.waiting]) done(this.failure)
      this.waiting = []
      return
    }
    const updatesOf = this.options.updatesOf ?? (() => 1)
    this.options.onSync?.(
      group.reduce((sum, waiting) => sum + updatesOf(waiting.append), 0),
      (performance.now() - started) / 1000,
    )
    group.forEach(({ done }, i) => done(null, results[i]))
    if (this.waiting.length > 0) this.scheduleSync()
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)))
