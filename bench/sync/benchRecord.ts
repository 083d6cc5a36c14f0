import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ServerResult } from './benchReport'
import type { LimitCostReport } from './limitCosts'
import type { BenchPlan, Scenario } from './scenario'

/** Everything one `npm run bench:sync` measured, and on what: the file committed under bench/results/. */
export interface BenchRecord {
  startedAt: string
  quick: boolean
  runs: number
  plan: BenchPlan
  /** The commit measured, and how many files under server/ and shared/ differed from it. */
  code: { commit: string; uncommittedServerChanges: number }
  machine: {
    cpu: string
    cores: number
    memoryGb: number
    node: string
    serverCore: number | null
    clientCore: number | null
    loadAverage: { atStart: number; atEnd: number }
  }
  /** Per scenario that ran, a result per server in table order. */
  results: Partial<Record<Scenario['id'], ServerResult[]>>
  /** The in-process cost of each hardening limit, when it was measured. */
  limits: LimitCostReport | null
}

/** `<UTC date-time>-<commit>[-quick].json`: sorts by time, says what was measured. */
export function recordFileName(record: Pick<BenchRecord, 'startedAt' | 'code' | 'quick'>): string {
  const time = new Date(record.startedAt).toISOString().slice(0, 19).replace(/:/g, '-')
  return `${time}Z-${record.code.commit.slice(0, 7)}${record.quick ? '-quick' : ''}.json`
}

/** Writes the record under `dir` by its name and as latest.json; returns the named file's path. */
export function writeRecord(dir: string, record: BenchRecord): string {
  mkdirSync(dir, { recursive: true })
  const text = `${JSON.stringify(record, null, 2)}\n`
  const path = join(dir, recordFileName(record))
  writeFileSync(path, text)
  writeFileSync(join(dir, 'latest.json'), text)
  return path
}

/** Reads a record, refusing a file that is not one (so a doc is never written from half a file). */
export function readRecord(path: string): BenchRecord {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path} is not a readable JSON file: ${error instanceof Error ? error.message : error}`)
  }
  const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<BenchRecord>
  const missing = (['startedAt', 'plan', 'code', 'machine', 'results'] as const).filter((key) => {
    const value = record[key]
    return key === 'startedAt' ? typeof value !== 'string' : typeof value !== 'object' || value === null
  })
  if (missing.length > 0) throw new Error(`${path} is not a bench:sync record: no ${missing.join(', ')}`)
  return { limits: null, ...record } as BenchRecord
}
