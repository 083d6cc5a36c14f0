import { spawn, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { cpuSeconds, memoryUse, schedulingState, type MemoryUse } from './processStats'

export const REPO_ROOT = resolve(import.meta.dirname, '../..')

/** The core servers run on; the benchmark's clients run on the other one. */
export const SERVER_CORE = 0
export const CLIENT_CORE = 1

const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 15_000

export const hasTaskset = spawnSync('taskset', ['--version']).status === 0

export interface ServerLaunch {
  /** Node arguments after the benchmark's own (the entry module and what it needs). */
  args: string[]
  env: Record<string, string>
  /** Directory for a V8 CPU profile of the whole run (`--cpu-prof`), when one is wanted. */
  cpuProfileDir?: string
}

/** A server under test in its own process, pinned to SERVER_CORE where taskset exists. */
export interface ServerProcess {
  pid: number
  url: string
  cpuSeconds(): number
  memory(): MemoryUse
  /** Asks the server to collect garbage (SIGUSR2, see servers/underBenchmark.mjs) and waits a moment. */
  collectGarbage(): Promise<void>
  /** The last lines the server printed (stdout and stderr), to explain a failed run. */
  recentOutput(): string
  /** Its scheduling state now (see processStats.schedulingState). */
  state(): string
  /** Stops it with SIGTERM (SIGKILL if it does not end in time) and waits for the exit. */
  stop(): Promise<void>
}

export async function startServerProcess(launch: ServerLaunch): Promise<ServerProcess> {
  const nodeArgs = [
    '--expose-gc',
    '--import',
    resolve(import.meta.dirname, 'servers/underBenchmark.mjs'),
    ...(launch.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', launch.cpuProfileDir] : []),
    ...launch.args,
  ]
  // Pinned from the start, so every thread the server makes inherits the core.
  const pinned = hasTaskset ? ['taskset', '-c', String(SERVER_CORE)] : []
  const [command, ...args] = [...pinned, process.execPath, ...nodeArgs]
  const child = spawn(command!, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...launch.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const output = new OutputTail()
  child.stdout!.on('data', (chunk: Buffer) => output.add(chunk))
  // Reading stderr too keeps a chatty server from blocking on a full pipe.
  child.stderr!.on('data', (chunk: Buffer) => output.add(chunk))
  const url = await listeningUrl(output, exited, () => child.kill('SIGKILL'))
  const pid = child.pid!
  return {
    pid,
    url,
    cpuSeconds: () => cpuSeconds(pid),
    memory: () => memoryUse(pid),
    recentOutput: () => output.text(),
    state: () => schedulingState(pid),
    collectGarbage: async () => {
      child.kill('SIGUSR2')
      await new Promise((done) => setTimeout(done, 300))
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    },
  }
}

/** The end of what a server printed: enough to explain a failure, bounded whatever it prints. */
class OutputTail {
  private static readonly LIMIT = 8_000
  private content = ''
  private readonly listeners = new Set<() => void>()

  add(chunk: Buffer): void {
    this.content = (this.content + chunk.toString()).slice(-OutputTail.LIMIT)
    for (const listener of this.listeners) listener()
  }

  text(): string {
    return this.content
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

/** Waits for the "listening on URL" line every server under test prints, as `npm start` does. */
function listeningUrl(output: OutputTail, exited: Promise<void>, kill: () => void): Promise<string> {
  return new Promise<string>((done, fail) => {
    const stop = output.onChange(() => {
      const match = /listening on (http:\/\/\S+)/.exec(output.text())
      if (match) {
        stop()
        clearTimeout(timer)
        done(match[1]!)
      }
    })
    const timer = setTimeout(() => {
      stop()
      kill()
      fail(new Error(`server did not listen within ${START_TIMEOUT_MS} ms:\n${output.text()}`))
    }, START_TIMEOUT_MS)
    void exited.then(() => {
      stop()
      clearTimeout(timer)
      fail(new Error(`server exited before listening:\n${output.text()}`))
    })
  })
}
