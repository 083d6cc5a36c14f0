import type { Measurements, Scenario } from './scenario'
import type { ServerUnderTest } from './serversUnderTest'

export interface ServerResult {
  server: ServerUnderTest['id']
  label: string
  runs: Measurements[]
  /** Runs that ended in an error (a timeout, a refused connection) and so have no figures. */
  failures: number
  median: Measurements
  min: Measurements
  max: Measurements
}

export function summarize(server: ServerUnderTest, runs: Measurements[], failures: number): ServerResult {
  const keys = Object.keys(runs[0] ?? {})
  const pick = (f: (values: number[]) => number) =>
    Object.fromEntries(keys.map((k) => [k, f(runs.map((r) => r[k]!).sort((a, b) => a - b))]))
  return {
    server: server.id,
    label: server.label,
    runs,
    failures,
    median: pick((v) => (v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2)),
    min: pick((v) => v[0]!),
    max: pick((v) => v[v.length - 1]!),
  }
}

const format = (value: number) =>
  !Number.isFinite(value) ? '—' : Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2)

/**
 * One markdown table: a row per server with the median of each figure, its range over the runs
 * when there were several, and for figures where lower is better its ratio to the bare relay.
 */
export function scenarioTable(scenario: Scenario, results: ServerResult[]): string {
  const floor = results.find((r) => r.server === 'relay')
  const header = ['server', ...scenario.measures.map((m) => (m.unit ? `${m.label} (${m.unit})` : m.label))]
  const rows = results.map((result) => [
    result.failures > 0 ? `${result.label} (${result.failures} run${result.failures > 1 ? 's' : ''} failed)` : result.label,
    ...scenario.measures.map((measure) => {
      const median = result.median[measure.key] ?? NaN
      let cell = format(median)
      if (result.runs.length > 1) cell += ` [${format(result.min[measure.key]!)}–${format(result.max[measure.key]!)}]`
      const base = floor?.median[measure.key]
      if (measure.compare && base && result !== floor) cell += ` ×${(median / base).toFixed(2)}`
      return cell
    }),
  ])
  return [
    `### ${scenario.title}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}
