import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { BenchDocument } from './benchDocuments'
import type { ServerProcess } from './serverProcess'
import type { SyncEndpoint } from './serversUnderTest'
import type { ProfileWindow } from './summarizeCpuProfile'

/** How big a run is: `full` is issue 11's workload, `quick` a shorter run of the same shape. */
export interface BenchPlan {
  /** How long team and crowd wait, after the last edit, for every edit to arrive everywhere. */
  drainSeconds: number
  team: {
    documents: number
    editorsPerDocument: number
    insertsPerSecond: number
    seconds: number
    /** Seconds of the same typing before the measured window (`--warmup`); none by default. */
    warmupSeconds?: number
    /**
     * Each keystroke is followed by the typist's caret, as an awareness update (`--carets`): what
     * the editor's collaboration caret sends. Off by default, as issue 11 measured the team.
     */
    carets?: boolean
  }
  crowd: { readers: number; updatesPerSecond: number; seconds: number }
  join: { documentBytes: number; clients: number }
  burst: { documentBytes: number; clients: number }
  idle: { documents: number; connections: number }
  cold: { documents: number; storedUpdates: number }
  /** A large document opened cold while one editor types elsewhere, watched for `watchSeconds` after it arrives. */
  open: { documentBytes: number; insertsPerSecond: number; watchSeconds: number }
}

export const FULL_PLAN: BenchPlan = {
  drainSeconds: 15,
  team: { documents: 20, editorsPerDocument: 5, insertsPerSecond: 5, seconds: 20 },
  crowd: { readers: 500, updatesPerSecond: 200, seconds: 10 },
  join: { documentBytes: 700_000, clients: 50 },
  burst: { documentBytes: 5_000_000, clients: 100 },
  idle: { documents: 10, connections: 1000 },
  cold: { documents: 3, storedUpdates: 100_000 },
  open: { documentBytes: 5_000_000, insertsPerSecond: 50, watchSeconds: 8 },
}

export const QUICK_PLAN: BenchPlan = {
  drainSeconds: 5,
  team: { documents: 20, editorsPerDocument: 5, insertsPerSecond: 5, seconds: 6 },
  crowd: { readers: 200, updatesPerSecond: 200, seconds: 4 },
  join: { documentBytes: 700_000, clients: 20 },
  // Growing a 5 MB document takes about a minute; the quick run keeps the shape, not the size.
  burst: { documentBytes: 1_000_000, clients: 30 },
  idle: { documents: 10, connections: 300 },
  cold: { documents: 1, storedUpdates: 100_000 },
  open: { documentBytes: 1_000_000, insertsPerSecond: 50, watchSeconds: 3 },
}

export interface ScenarioRun {
  server: ServerProcess
  endpoint: SyncEndpoint
  /** Says when the measured part ran, so a CPU profile of the server can be cut to it. */
  measured(window: ProfileWindow): void
}

/** One figure of a scenario, as its table shows it. */
export interface Measure {
  key: string
  label: string
  unit: string
  /** Compared against the bare relay in the table (for figures where lower is better). */
  compare: boolean
}

export type Measurements = Record<string, number>

export interface Scenario {
  id: 'team' | 'crowd' | 'join' | 'burst' | 'idle' | 'cold' | 'open'
  /** The table's heading, with the sizes of the plan it ran with. */
  title(plan: BenchPlan): string
  measures: Measure[]
  /** The documents every server starts with. */
  documents(plan: BenchPlan): BenchDocument[]
  run(plan: BenchPlan, target: ScenarioRun): Promise<Measurements>
}

/** Figures every scenario reports, read from the server process after the run. */
export const PEAK_RSS: Measure = { key: 'peakRssMb', label: 'peak RSS', unit: 'MB', compare: true }

/**
 * The clients' own CPU seconds over the measured window, and the share of the window they make:
 * near 100 % means the client core was saturated, and latencies measure the clients rather than
 * the server.
 */
export const CLIENT_CPU: Measure = { key: 'clientCpuS', label: 'client CPU', unit: 's', compare: false }
export const CLIENT_BUSY: Measure = { key: 'clientBusyPct', label: 'client core busy', unit: '%', compare: false }

/** The clients' event-loop delay over the window, p99: time a received message may have waited to be read. */
export const CLIENT_LAG: Measure = { key: 'clientLagP99Ms', label: 'client loop delay p99', unit: 'ms', compare: false }

/** Starts watching the clients (this process); the returned function stops and reads their figures. */
export function watchClients(): () => { clientCpuS: number; clientBusyPct: number; clientLagP99Ms: number } {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  return () => {
    histogram.disable()
    const { user, system } = process.cpuUsage(cpuBefore)
    const clientCpuS = (user + system) / 1e6
    return {
      clientCpuS,
      clientBusyPct: (100 * clientCpuS * 1000) / (performance.now() - start),
      clientLagP99Ms: histogram.percentile(99) / 1e6,
    }
  }
}
