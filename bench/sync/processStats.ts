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
