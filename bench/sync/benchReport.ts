import type { BenchPlan, Measurements, Scenario } from './scenario'
import type { ServerId, ServerUnderTest } from './serversUnderTest'

export interface ServerResult {
  server: ServerId
  label: string
  runs: Measurements[]
  /** Runs that ended in an error (a timeout, a refused connection) and so have no figures. */
  failures: number
  median: Measurements
  min: Measurements
  max: Measurements
}

/**
 * Median, min and max of each figure over the runs. A figure a run could not measure (NaN; null
 * once read back from JSON) is left out; with none left, the figure is NaN.
 */
export function summarize(server: Pick<ServerUnderTest, 'id' | 'label'>, runs: Measurements[], failures: number): ServerResult {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))]
  const pick = (f: (values: number[]) => number) =>
    Object.fromEntries(
      keys.map((k) => {
        const values = runs.map((r) => r[k]).filter((v): v is number => Number.isFinite(v)).sort((a, b) => a - b)
        return [k, values.length === 0 ? NaN : f(values)]
      }),
    )
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

/** A figure as the tables show it: counts whole, others to three significant digits or so, a dash for none. */
export const formatFigure = (value: number | null | undefined): string =>
  typeof value !== 'number' || !Number.isFinite(value)
    ? '—'
    : Number.isInteger(value) || Math.abs(value) >= 99.95
      ? value.toFixed(0)
      : Math.abs(value) >= 9.995
        ? value.toFixed(1)
        : value.toFixed(2)

/**
 * One markdown table: a row per server with the median of each figure, its range over the runs
 * when there were several, and for figures where lower is better its ratio to the bare relay.
 */
export function scenarioTable(scenario: Scenario, plan: BenchPlan, results: ServerResult[]): string {
  const floor = results.find((r) => r.server === 'relay')
  const header = ['server', ...scenario.measures.map((m) => (m.unit ? `${m.label} (${m.unit})` : m.label))]
  const rows = results.map((result) => [
    result.failures > 0 ? `${result.label} (${result.failures} run${result.failures > 1 ? 's' : ''} failed)` : result.label,
    ...scenario.measures.map((measure) => {
      const median = result.median[measure.key]
      let cell = formatFigure(median)
      if (result.runs.length > 1 && Number.isFinite(median)) {
        cell += ` [${formatFigure(result.min[measure.key])}–${formatFigure(result.max[measure.key])}]`
      }
      const base = floor?.median[measure.key]
      if (measure.compare && result !== floor && Number.isFinite(median) && typeof base === 'number' && base > 0) {
        cell += ` ×${(median! / base).toFixed(2)}`
      }
      return cell
    }),
  ])
  return [
    `### ${scenario.title(plan)}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}
