import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readRecord, recordFileName, type BenchRecord } from '../bench/sync/benchRecord'
import { summarize, type ServerResult } from '../bench/sync/benchReport'
import type { LimitCost } from '../bench/sync/limitCosts'
import { clientCapacityNote, crowdCapacityNote, goalVerdicts, replaceResultsSection, resultsSection, serverMicrosPerEdit } from '../bench/sync/performanceDoc'
import { FULL_PLAN, QUICK_PLAN, type Measurements } from '../bench/sync/scenario'
import type { ServerId } from '../bench/sync/serversUnderTest'

// The pure parts of `npm run bench:sync`'s report: goal verdicts and the doc written from a
// recorded run. The benchmark itself never runs inside `npm test`.

const result = (server: ServerId, runs: Measurements[], failures = 0): ServerResult =>
  summarize({ id: server, label: server === 'relay' ? 'bare relay' : `${server} server` }, runs, failures)

const threeRuns = (run: Measurements): Measurements[] => [run, run, run]

/** The team figures of three interleaved runs: a CPU ratio is judged on no fewer. */
const teamOfThreeRuns = (): BenchRecord['results'] => ({
  team: [
    result('relay', threeRuns({ serverCpuS: 2.0, p99Ms: 10, peakRssMb: 80, edits: 10_000 })),
    result('claimroom', threeRuns({ serverCpuS: 2.3, p99Ms: 13, peakRssMb: 130, edits: 10_000 })),
  ],
})

function record(overrides: Partial<BenchRecord> = {}): BenchRecord {
  return {
    startedAt: '2026-11-30T06:40:12.345Z',
    quick: false,
    runs: 1,
    plan: FULL_PLAN,
    code: { commit: '4cee8dc0123456789abcdef0123456789abcdef0', uncommittedServerChanges: 0 },
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      memoryGb: 24,
      node: 'v20.20.2',
      serverCore: 0,
      clientCore: 1,
      loadAverage: { atStart: 0.4, atEnd: 0.6 },
    },
    results: {
      team: [
        result('relay', [{ serverCpuS: 2.0, p99Ms: 10, peakRssMb: 80, edits: 10_000 }]),
        result('claimroom', [{ serverCpuS: 2.3, p99Ms: 13, peakRssMb: 130, edits: 10_000 }]),
      ],
      crowd: [result('claimroom', [{ p99Ms: 18, undelivered: 0, closedReaders: 0 }])],
      burst: [result('claimroom', [{ p50Ms: 900, fullState: 99, peakRssMb: 600 }])],
    },
    limits: null,
    ...overrides,
  }
}

const verdictOf = (r: BenchRecord, goal: string) => goalVerdicts(r).find((g) => g.goal.startsWith(goal))

const limit = (id: LimitCost['id'], median: number): LimitCost => ({
  id,
  label: `${id} limit`,
  microsPerEdit: { median, min: median / 2, max: median * 2 },
  method: `${id} against nothing`,
})

describe('goal verdicts of a bench:sync run', () => {
  it('judges a figure against the bare relay of the same run by its ratio', () => {
    const r = record()
    expect(verdictOf(record({ runs: 3, results: teamOfThreeRuns() }), 'team: server CPU')).toMatchObject({
      verdict: 'met',
      measured: expect.stringContaining('×1.15'),
    })
    expect(verdictOf(r, 'team: p99')).toMatchObject({ verdict: 'not met', measured: expect.stringContaining('×1.30') })
    expect(verdictOf(r, 'team: peak RSS')).toMatchObject({ verdict: 'not met' })
  })

  it('judges the CPU ratio on three or more interleaved runs, never on one', () => {
    const team = (relayCpu: number[], claimroomCpu: number[]) =>
      record({
        runs: relayCpu.length,
        results: {
          ...record().results,
          team: [
            result('relay', relayCpu.map((serverCpuS) => ({ serverCpuS, p99Ms: 10, peakRssMb: 80, edits: 10_000 }))),
            result('claimroom', claimroomCpu.map((serverCpuS) => ({ serverCpuS, p99Ms: 13, peakRssMb: 130, edits: 10_000 }))),
          ],
        },
      })
    expect(verdictOf(team([2.0], [2.3]), 'team: server CPU')).toMatchObject({
      verdict: 'not measured',
      measured: expect.stringContaining('3 or more interleaved runs'),
    })
    expect(verdictOf(team([2.0, 2.2, 1.9], [2.3, 2.2, 2.5]), 'team: server CPU')).toMatchObject({
      verdict: 'met',
      measured: expect.stringContaining('×1.15'),
    })
    expect(verdictOf(team([2.0, 2.2, 1.9], [2.9, 2.8, 3.0]), 'team: server CPU')?.verdict).toBe('not met')
  })

  it('does not lay a latency over its goal at the server’s door when the clients’ own loop delay exceeded the margin', () => {
    const crowd = (p99Ms: number, clientLagP99Ms: number) =>
      record({ results: { ...record().results, crowd: [result('claimroom', [{ p99Ms, undelivered: 0, closedReaders: 0, clientLagP99Ms }])] } })
    expect(verdictOf(record(), 'crowd (1 writer')?.verdict).toBe('met')
    // The clients' delay only adds to a latency: under the goal despite it, the goal is met.
    expect(verdictOf(crowd(18, 45), 'crowd (1 writer')?.verdict).toBe('met')
    expect(verdictOf(crowd(30, 5), 'crowd (1 writer')?.verdict).toBe('not met')
    expect(verdictOf(crowd(30, 45), 'crowd (1 writer')).toMatchObject({
      verdict: 'not measured',
      measured: expect.stringContaining('loop delay p99 reached 45 ms'),
    })
    const slowTeam = record({
      results: {
        ...record().results,
        team: [
          result('relay', threeRuns({ serverCpuS: 2.0, p99Ms: 10, peakRssMb: 80, edits: 10_000, clientLagP99Ms: 3 })),
          result('claimroom', threeRuns({ serverCpuS: 2.3, p99Ms: 13, peakRssMb: 130, edits: 10_000, clientLagP99Ms: 1.5 })),
        ],
      },
    })
    // The goal allows 20 % of the relay's 10 ms: a client delay of 3 ms could hide or make the difference.
    expect(verdictOf(slowTeam, 'team: p99')?.verdict).toBe('not measured')
    expect(verdictOf(slowTeam, 'team: server CPU')?.verdict).toBe('met')
  })

  it('does not judge a latency against a bare relay whose own run was disturbed', () => {
    const disturbed = record({
      results: {
        ...record().results,
        team: [
          result('relay', [{ serverCpuS: 2.0, p99Ms: 9000, peakRssMb: 80, edits: 10_000 }]),
          result('y-websocket-server', [{ serverCpuS: 2.1, p99Ms: 90, peakRssMb: 75, edits: 10_000 }]),
          result('claimroom', [{ serverCpuS: 2.3, p99Ms: 84, peakRssMb: 130, edits: 10_000 }]),
        ],
      },
    })
    expect(verdictOf(disturbed, 'team: p99')).toMatchObject({
      verdict: 'not measured',
      measured: expect.stringContaining("the floor's run was disturbed"),
    })
  })

  it('on a loaded machine, judges a wall-clock time over its goal only when the server’s own CPU already exceeds it', () => {
    const loaded = (results: BenchRecord['results']) =>
      record({ machine: { ...record().machine, loadAverage: { atStart: 9.6, atEnd: 9.0 } }, results: { ...record().results, ...results } })
    expect(verdictOf(loaded({}), 'team: p99')).toMatchObject({
      verdict: 'not measured',
      measured: expect.stringContaining('load average up to 9.6 on 2 cores'),
    })
    expect(verdictOf(loaded(teamOfThreeRuns()), 'team: server CPU')?.verdict).toBe('met')
    expect(verdictOf(loaded({ cold: [result('claimroom', [{ openMs: 1389, cpuMs: 940 }])] }), 'cold open')).toMatchObject({
      verdict: 'not met',
      measured: "1389 ms (100,000 updates); the server's CPU alone was 940 ms",
    })
    expect(verdictOf(loaded({ cold: [result('claimroom', [{ openMs: 150, cpuMs: 40 }])] }), 'cold open')?.verdict).toBe('not measured')
    expect(verdictOf(loaded({ cold: [result('claimroom', [{ openMs: 90, cpuMs: 40 }])] }), 'cold open')?.verdict).toBe('met')
    const burst = (closedByServer: number) =>
      loaded({ burst: [result('claimroom', [{ p50Ms: 2575, fullState: 100 - closedByServer, closedByServer, peakRssMb: 293 }])] })
    expect(verdictOf(burst(0), 'burst: a 5 MB')?.verdict).toBe('not measured')
    expect(verdictOf(burst(3), 'burst: a 5 MB')?.verdict).toBe('not met')
  })

  it('never judges durability, which the benchmark does not check', () => {
    expect(verdictOf(record(), 'team: durable')?.verdict).toBe('not measured')
  })

  it('counts the burst goal missed when one client did not get the state, however fast the others were', () => {
    expect(verdictOf(record(), 'burst: a 5 MB')).toMatchObject({ verdict: 'not met', measured: expect.stringContaining('99 of 100') })
    expect(verdictOf(record(), 'burst: peak RSS')?.verdict).toBe('met')
  })

  it('says a scenario that did not run, or whose Claimroom runs all failed, was not measured', () => {
    const r = record({ results: { ...record().results, crowd: [result('claimroom', [], 3)] } })
    expect(verdictOf(r, 'crowd (1 writer')).toEqual(expect.objectContaining({ verdict: 'not measured', measured: expect.stringContaining('failed') }))
    expect(verdictOf(r, 'cold open')).toMatchObject({ verdict: 'not measured', measured: 'cold did not run' })
  })

  it('judges no goal from a --quick run, whose workload is smaller than the goals', () => {
    const verdicts = goalVerdicts(record({ quick: true, plan: QUICK_PLAN }))
    expect(new Set(verdicts.map((g) => g.verdict))).toEqual(new Set(['not measured']))
    expect(verdicts.find((g) => g.goal.startsWith('team: server CPU'))?.measured).toContain('×1.15')
  })

  it('puts each limit against Claimroom’s server CPU per edit in the team scenario', () => {
    const r = record({ limits: { edits: 10_000, repetitions: 15, limits: [limit('guard', 2.3), limit('presence', 20)] } })
    expect(serverMicrosPerEdit(r)).toBeCloseTo(230)
    expect(verdictOf(r, 'guard limit')).toMatchObject({ verdict: 'met', measured: expect.stringContaining('1.0 %') })
    expect(verdictOf(r, 'presence limit')).toMatchObject({ verdict: 'not met', measured: expect.stringContaining('8.7 %') })
  })

  it('says when a limit’s cost is within the noise of the paired runs', () => {
    const free: LimitCost = { ...limit('malformed', -0.05), microsPerEdit: { median: -0.05, min: -0.3, max: 1.5 } }
    const r = record({ limits: { edits: 10_000, repetitions: 15, limits: [free] } })
    expect(verdictOf(r, 'malformed limit')).toMatchObject({
      verdict: 'met',
      measured: expect.stringContaining('-0.05 µs per edit (range -0.30–1.50: within the noise)'),
    })
  })
})

describe('the results section of docs/performance.md', () => {
  it('names the machine, the load, the commit and the source file, and has a table per scenario that ran', () => {
    const section = resultsSection(record(), 'bench/results/run.json')
    expect(section).toContain('from bench/results/run.json')
    expect(section).toContain('AMD EPYC, 2 cores, 24 GB RAM, Node v20.20.2')
    expect(section).toContain('load average 0.4 at the start and 0.6 at the end')
    expect(section).toContain('commit `4cee8dc`')
    expect(section).toContain('| claimroom server | 2.30 ×1.15 |')
    expect(section).toContain('Not run: join, idle, cold, open.')
    expect(section).toContain('| team: p99 within 20 % of the bare relay | Claimroom 13 ms, bare relay 10 ms: ×1.30 | **not met** |')
  })

  it('says under a table which runs saturated the client core, with their figures', () => {
    const kept = result('claimroom', [{ clientBusyPct: 40, clientLagP99Ms: 12 }])
    const busy = result('relay', [{ clientBusyPct: 97, clientLagP99Ms: 30 }])
    const lagging = result('hocuspocus', [{ clientBusyPct: 60, clientLagP99Ms: 420 }])
    expect(clientCapacityNote([kept])).toBeNull()
    expect(clientCapacityNote([busy, kept, lagging])).toBe(
      'The clients fell behind in the runs of bare relay: busy 97 %, loop delay p99 30 ms; hocuspocus server: busy 60 %, loop delay p99 420 ms. Their latencies measure the clients as much as the server (a long delay on a core that was not busy is other work on the machine taking it).',
    )
  })

  it('says how many messages a second the client core can read, against what the crowd asks', () => {
    const crowd = [result('relay', [{ clientUsPerMessage: 12.5 }]), result('claimroom', [{ clientUsPerMessage: 7.96 }])]
    expect(crowdCapacityNote(record(), crowd)).toBe(
      'The clients spent 7.96–12.5 µs of CPU per message received, so their core can read at most 80,000–126,000 messages/s; a server that relays each update alone sends 100,000/s to 500 readers.',
    )
    expect(crowdCapacityNote(record(), [result('claimroom', [{ p99Ms: 3 }])])).toBeNull()
  })

  it('replaces only what lies between the markers, and refuses a doc without them', () => {
    const section = resultsSection(record(), 'a.json')
    const doc = `# Title\n\n${resultsSection(record({ runs: 3 }), 'old.json')}\n\n## After\n`
    const replaced = replaceResultsSection(doc, section)
    expect(replaced).toBe(`# Title\n\n${section}\n\n## After\n`)
    expect(() => replaceResultsSection('# No markers\n', section)).toThrow(/no generated results section/)
  })
})

describe('recorded runs', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('are named by their UTC start and commit, quick runs marked', () => {
    expect(recordFileName(record())).toBe('2026-11-30T06-40-12Z-4cee8dc.json')
    expect(recordFileName(record({ quick: true }))).toBe('2026-11-30T06-40-12Z-4cee8dc-quick.json')
  })

  it('leave out of a summary the figures a run could not measure', () => {
    const summary = result('claimroom', [{ p50Ms: NaN }, { p50Ms: 400 }, { p50Ms: null as unknown as number }])
    expect(summary.median.p50Ms).toBe(400)
    expect(result('claimroom', [{ p50Ms: NaN }]).median.p50Ms).toBeNaN()
  })

  it('are refused when the file is not a record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-record-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'broken.json'), '{"startedAt": ')
    writeFileSync(join(dir, 'other.json'), '{"startedAt": "2026-11-30", "plan": {}}')
    writeFileSync(join(dir, 'good.json'), JSON.stringify(record()))
    expect(() => readRecord(join(dir, 'broken.json'))).toThrow(/not a readable JSON file/)
    expect(() => readRecord(join(dir, 'other.json'))).toThrow(/no code, machine, results/)
    expect(readRecord(join(dir, 'good.json')).limits).toBeNull()
  })
})
