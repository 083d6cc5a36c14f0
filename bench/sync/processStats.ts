import { readFileSync } from 'node:fs'

// Linux reports CPU time in clock ticks; 100 per second on every platform Node supports.
const TICKS_PER_SECOND = 100

/** CPU seconds (user + system, all threads) a process has used so far, from /proc/PID/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return (utime + stime) / TICKS_PER_SECOND
}

export interface MemoryUse {
  /** Resident set size now, in bytes. */
  rss: number
  /** The highest resident set size since the process started (VmHWM), in bytes. */
  peakRss: number
}

export function memoryUse(pid: number): MemoryUse {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rss: kilobytes('VmRSS') * 1024, peakRss: kilobytes('VmHWM') * 1024 }
}

/**
 * What a process is doing right now, as the kernel sees it: its state (R running, S sleeping,
 * D waiting for the disk) and the kernel function it waits in. Explains a server that stalls.
 */
export function schedulingState(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
  let waitingIn = ''
  try {
    waitingIn = readFileSync(`/proc/${pid}/wchan`, 'utf8')
  } catch {
    // Not every kernel exposes wchan.
  }
  return waitingIn && waitingIn !== '0' ? `${state}, in ${waitingIn}` : String(state)
}
