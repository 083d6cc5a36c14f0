import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Counter, Histogram, renderMetrics, Sampled, type Metric } from './prometheus'

/** What the metrics read from the running server when scraped. */
export interface MetricSources {
  /** Sync sockets attached to a document. */
  connections(): number
  /** Documents loaded in memory. */
  rooms(): number
  /** Bytes queued in the sync sockets' send buffers, waiting for slow clients. */
  bufferedBytes(): number
}

/**
 * Latency buckets from half a millisecond to ten seconds: an fsync is milliseconds, a stalled disk
 * seconds. Finer from 5 to 25 ms, where a batch waits for its sync (up to the 10 ms sync interval)
 * and its fdatasync: a p99 of 13 ms would otherwise be read off a bucket from 10 to 25 ms.
 */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10]
const BATCH_SIZE_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]

/** The window over which `claimroom_sync_updates_per_second` is averaged. */
const RATE_WINDOW_SECONDS = 10
/**
 * How often the event loop's delay is sampled. Any stall of 50 ms or more is caught; an idle server
 * wakes 20 times a second for it rather than 100 (at 10 ms the sampling alone cost an idle server
 * 6.8 ms of CPU per second; at 50 ms, 1.8).
 */
const LOOP_DELAY_RESOLUTION_MS = 50

/**
 * Counts the rate of events over the last few seconds in one slot per second, so that reading
 * the rate costs the same whether there were ten events or a million.
 */
class RateWindow {
  private readonly slots = new Array<number>(RATE_WINDOW_SECONDS).fill(0)
  private slotSecond = 0

  add(count: number, now = Date.now()): void {
    this.advance(now)
    this.slots[this.slotSecond % RATE_WINDOW_SECONDS]! += count
  }

  perSecond(now = Date.now()): number {
    this.advance(now)
    // The current second is still filling: the rate is over the full seconds before it.
    const current = this.slotSecond % RATE_WINDOW_SECONDS
    return this.slots.reduce((sum, n, i) => (i === current ? sum : sum + n), 0) / (RATE_WINDOW_SECONDS - 1)
  }

  private advance(now: number): void {
    const second = Math.floor(now / 1000)
    const steps = Math.min(second - this.slotSecond, RATE_WINDOW_SECONDS)
    for (let i = 1; i <= steps; i++) this.slots[(this.slotSecond + i) % RATE_WINDOW_SECONDS] = 0
    this.slotSecond = Math.max(second, this.slotSecond)
  }
}

/**
 * The operator's view of the server (`GET /metrics`): sockets, documents, the rate of stored
 * updates, how long durability takes (each update-log commit with its fsync, and each room's
 * batch from arrival to relay), bytes waiting for slow clients, the event loop's delay and the
 * process's memory and CPU.
 */
export class ServerMetrics {
  private readonly updates = new Counter('claimroom_sync_updates_total', 'Document updates stored and relayed.')
  private readonly updateRate = new RateWindow()
  private readonly closes = new Counter('claimroom_sync_closes_total', 'Sync sockets the server closed, by close code.', 'code')
  private readonly batchSeconds = new Histogram(
    'claimroom_sync_batch_seconds',
    "Time from a room's first queued update until its batch is durable and relayed.",
    LATENCY_BUCKETS,
  )
  private readonly commitSeconds = new Histogram(
    'claimroom_storage_commit_seconds',
    'Duration of one update-log transaction with its fsync (one group commit across documents).',
    LATENCY_BUCKETS,
  )
  private readonly commitUpdates = new Histogram('claimroom_storage_commit_updates', 'Updates written per update-log transaction.', BATCH_SIZE_BUCKETS)
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS })
  /** Attached once the parts they read exist; the store reports commits before the sync server does. */
  private sources: MetricSources = { connections: () => 0, rooms: () => 0, bufferedBytes: () => 0 }
  private readonly all: Metric[]

  constructor() {
    this.loopDelay.enable()
    this.all = [
      new Sampled('claimroom_sync_connections', 'Sync sockets attached to a document.', () => this.sources.connections()),
      new Sampled('claimroom_sync_rooms', 'Documents loaded in memory.', () => this.sources.rooms()),
      this.updates,
      new Sampled('claimroom_sync_updates_per_second', `Stored updates per second over the last ${RATE_WINDOW_SECONDS} seconds.`, () =>
        this.updateRate.perSecond(),
      ),
      this.batchSeconds,
      this.commitSeconds,
      this.commitUpdates,
      new Sampled('claimroom_sync_buffered_bytes', "Bytes waiting in sync sockets' send buffers.", () => this.sources.bufferedBytes()),
      this.closes,
      new Sampled('claimroom_event_loop_delay_seconds', 'Event loop delay since the previous scrape.', () => this.readLoopDelay()),
      new Sampled('process_resident_memory_bytes', 'Resident memory of the server process.', () => process.memoryUsage.rss()),
      new Sampled('process_heap_bytes', 'V8 heap in use on the main thread.', () => process.memoryUsage().heapUsed),
      new Sampled('process_cpu_seconds_total', 'CPU time of the server process, all threads.', () => {
        const { user, system } = process.cpuUsage()
        return (user + system) / 1e6
      }, 'counter'),
    ]
  }

  /** Reads these from now on. */
  watch(sources: MetricSources): void {
    this.sources = sources
  }

  /** A room's batch is durable, applied and relayed. */
  batchStored(updates: number, seconds: number): void {
    this.updates.inc(updates)
    this.updateRate.add(updates)
    this.batchSeconds.observe(seconds)
  }

  /** The update log committed one transaction. */
  committed(updates: number, seconds: number): void {
    this.commitSeconds.observe(seconds)
    this.commitUpdates.observe(updates)
  }

  socketClosed(code: number): void {
    this.closes.inc(1, String(code))
  }

  render(): string {
    return renderMetrics(this.all)
  }

  stop(): void {
    this.loopDelay.disable()
  }

  private readLoopDelay(): Array<[Record<string, string>, number]> {
    const ns = (value: number) => (Number.isFinite(value) ? value / 1e9 : 0)
    const quantiles: Array<[Record<string, string>, number]> = [
      [{ quantile: '0.5' }, ns(this.loopDelay.percentile(50))],
      [{ quantile: '0.99' }, ns(this.loopDelay.percentile(99))],
      [{ quantile: '1' }, ns(this.loopDelay.max)],
    ]
    this.loopDelay.reset()
    return quantiles
  }
}
