// `npm run bench:sync`: issue 11's sync scenarios against Claimroom and its peers, in one run.
// Each server runs in a process of its own on one core, the clients here on the other; traffic
// stays on 127.0.0.1. Options: --quick (shorter runs), --runs=N (repeat, report medians),
// --warmup=SECONDS (the team types that long, unmeasured, before its measured window),
// --carets (each of the team's keystrokes is followed by its caret, as the editor sends it),
// --scenarios=team,crowd,…,limits --servers=relay,claimroom,… (the diagnostic servers
// claimroom-tsx and claimroom-nosync run only when named), --profile (a V8 CPU profile of each
// server in each scenario's first run, summarized for the measured window where the scenario
// reports one, under test-results/bench-sync-profile/) and --write-docs (docs/performance.md's
// results from this run).
// Every run is recorded in bench/results/ (see benchRecord.ts).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeRecord, type BenchRecord } from './benchRecord'
import { scenarioTable, summarize, type ServerResult } from './benchReport'
import { measureLimitCosts } from './limitCosts'
import { writePerformanceDoc } from './performanceDoc'
import { FULL_PLAN, QUICK_PLAN, type Measurements, type Scenario } from './scenario'
import { SCENARIOS } from './scenarios'
import { CLIENT_CORE, hasTaskset, REPO_ROOT, SERVER_CORE, startServerProcess } from './serverProcess'
import { DIAGNOSTIC_SERVERS, SERVERS_UNDER_TEST, type ServerUnderTest } from './serversUnderTest'
import { readCpuProfile, summarizeCpuProfile, type ProfileWindow } from './summarizeCpuProfile'

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    runs: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '0' },
    carets: { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    servers: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'write-docs': { type: 'boolean', default: false },
  },
})
const warmupSeconds = Math.max(0, Math.min(60, Number(options.warmup) || 0))
const basePlan = options.quick ? QUICK_PLAN : FULL_PLAN
const plan = {
  ...basePlan,
  team: { ...basePlan.team, ...(warmupSeconds > 0 && { warmupSeconds }), ...(options.carets && { carets: true }) },
}
const runs = Math.max(1, Math.min(10, Number(options.runs) || 1))
const chosen = <T extends { id: string }>(all: T[], list: string | undefined): T[] => {
  if (!list) return all
  const ids = list.split(',')
  const unknown = ids.filter((id) => !all.some((item) => item.id === id))
  if (unknown.length > 0) throw new Error(`unknown: ${unknown.join(', ')} (known: ${all.map((i) => i.id).join(', ')})`)
  return all.filter((item) => ids.includes(item.id))
}
// The limits are measured in this process rather than per server; they run after the scenarios.
const LIMITS = { id: 'limits' }
const chosenScenarios = chosen<{ id: string }>([...SCENARIOS, LIMITS], options.scenarios)
const scenarios = SCENARIOS.filter((scenario) => chosenScenarios.includes(scenario))
const limitRepetitions = options.quick ? 7 : 15
const servers = options.servers
  ? chosen([...SERVERS_UNDER_TEST, ...DIAGNOSTIC_SERVERS], options.servers)
  : SERVERS_UNDER_TEST
const resultsDir = join(REPO_ROOT, 'bench/results')
const profileDir = join(REPO_ROOT, 'test-results/bench-sync-profile')

if (options.profile) rmSync(profileDir, { recursive: true, force: true })
if (hasTaskset) execFileSync('taskset', ['-a', '-cp', String(CLIENT_CORE), String(process.pid)], { stdio: 'ignore' })
else console.log('taskset not found: servers and clients share every core')

async function measure(scenario: Scenario, server: ServerUnderTest, profile: boolean): Promise<Measurements> {
  const dir = mkdtempSync(join(tmpdir(), `bench-sync-${server.id}-`))
  try {
    const prepared = await server.prepare(dir, documentsOf(scenario))
    const running = await startServerProcess({ ...prepared.launch, ...(profile ? { cpuProfileDir: profileDir } : {}) })
    let window: ProfileWindow | null = null
    try {
      const measurements = await scenario.run(plan, {
        server: running,
        endpoint: prepared.endpoint(running.url),
        measured: (w) => (window = w),
      })
      if (measurements.undelivered) {
        console.log(`${server.id} left edits undelivered (now ${running.state()}); it said:\n${running.recentOutput()}`)
      } else if (measurements.closedReaders || measurements.closedByServer) {
        console.log(`${server.id} closed clients; it said:\n${running.recentOutput()}`)
      }
      return { ...measurements, peakRssMb: running.memory().peakRss / 2 ** 20 }
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : error}\n${server.id} said:\n${running.recentOutput()}`)
    } finally {
      await running.stop()
      if (profile) writeProfileSummary(`${scenario.id}-${server.id}`, running.pid, window)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Summarizes the server's main-thread profile (V8 names it …PID.0.…) to a text file beside it. */
function writeProfileSummary(name: string, pid: number, window: ProfileWindow | null): void {
  const file = readdirSync(profileDir).find((f) => f.includes(`.${pid}.0.`) && f.endsWith('.cpuprofile'))
  if (!file) return console.log(`no CPU profile of process ${pid} in ${profileDir}`)
  const summary = summarizeCpuProfile(readCpuProfile(join(profileDir, file)), REPO_ROOT, window)
  writeFileSync(join(profileDir, `${name}.txt`), `${file}\n\n${summary}\n`)
  console.log(`\nCPU profile of ${name} (${file}):\n${summary}\n`)
}

const documentCache = new Map<Scenario, ReturnType<Scenario['documents']>>()
function documentsOf(scenario: Scenario) {
  let documents = documentCache.get(scenario)
  if (!documents) documentCache.set(scenario, (documents = scenario.documents(plan)))
  return documents
}

const started = new Date()
// Other work on the machine shows in every figure; the load average says how much there was.
const loadBefore = loadavg()[0]!
const report: BenchRecord['results'] = {}
const tables: string[] = []
for (const scenario of scenarios) {
  const perServer = new Map<ServerUnderTest, Measurements[]>(servers.map((s) => [s, []]))
  const failures = new Map<ServerUnderTest, number>(servers.map((s) => [s, 0]))
  for (let run = 1; run <= runs; run++) {
    // Servers take turns within each run, so drift in the machine's load touches all alike.
    for (const server of servers) {
      const profile = options.profile && run === 1
      let measurements: Measurements
      const startedRun = performance.now()
      try {
        measurements = await measure(scenario, server, profile)
      } catch (error) {
        // One failed run is a result too (a server that drops clients); the others still run.
        failures.set(server, failures.get(server)! + 1)
        console.log(`${scenario.id} run ${run}/${runs} ${server.id} FAILED: ${error instanceof Error ? error.message : error}`)
        continue
      }
      perServer.get(server)!.push(measurements)
      const figures = Object.entries(measurements).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(2)}`)
      const took = `${((performance.now() - startedRun) / 1000).toFixed(0)} s`
      console.log(`${scenario.id} run ${run}/${runs} ${server.id} (${took}): ${figures.join(' ')}`)
    }
  }
  const results: ServerResult[] = servers.map((server) => summarize(server, perServer.get(server)!, failures.get(server)!))
  report[scenario.id] = results
  const table = scenarioTable(scenario, plan, results)
  tables.push(table)
  console.log(`\n${table}\n`)
}

let limits: BenchRecord['limits'] = null
if (chosenScenarios.includes(LIMITS)) {
  console.log(`hardening limits: ${limitRepetitions} repetitions over the team scenario's edits, in this process`)
  limits = await measureLimitCosts(plan, limitRepetitions)
  for (const limit of limits.limits) {
    const { median, min, max } = limit.microsPerEdit
    console.log(`limit ${limit.id}: ${median.toFixed(2)} µs per edit [${min.toFixed(2)}–${max.toFixed(2)}]`)
  }
}

/** The code measured: the commit, and whether the server's files differed from it. */
const code = {
  commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim(),
  uncommittedServerChanges: execFileSync('git', ['status', '--porcelain', '--', 'server', 'shared'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean).length,
}
const machine: BenchRecord['machine'] = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  serverCore: hasTaskset ? SERVER_CORE : null,
  clientCore: hasTaskset ? CLIENT_CORE : null,
  loadAverage: { atStart: loadBefore, atEnd: loadavg()[0]! },
}
const record: BenchRecord = {
  startedAt: started.toISOString(),
  quick: options.quick,
  runs,
  plan,
  code,
  machine,
  results: report,
  limits,
}
const output = writeRecord(resultsDir, record)
console.log(tables.join('\n\n'))
console.log(
  `\nmachine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${loadBefore.toFixed(1)} → ${machine.loadAverage.atEnd.toFixed(1)}; results in ${output}`,
)
if (options.profile) console.log(`CPU profiles of each scenario's first run and their summaries: ${profileDir}`)
if (options['write-docs']) console.log(`results written into ${writePerformanceDoc(record, output)}`)
