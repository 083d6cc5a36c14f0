import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

/** A V8 CPU profile as `node --cpu-prof` writes it. */
export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** A span of the monotonic clock (µs), the one V8 stamps samples with and process.hrtime reads. */
export interface ProfileWindow {
  fromUs: number
  toUs: number
}

export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n)

/**
 * Where a profile spent its time inside `window`: self time per package or repository file, self
 * time per function, and total time (with callees) of the repository's own functions — the view
 * that says which of Claimroom's steps cost what.
 */
export function summarizeCpuProfile(profile: CpuProfile, repoRoot: string, window: ProfileWindow | null, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const owner = (url: string): string => {
    if (!url) return '(V8: idle, GC, native)'
    const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1]
    if (packageName) return packageName
    if (url.startsWith('node:')) return url
    return relative(repoRoot, url.replace(/^file:\/\//, ''))
  }
  const nameOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame
    return `${functionName || '(anonymous)'} ${owner(url)}${url ? `:${lineNumber + 1}` : ''}`
  }
  const selfByOwner = new Map<string, number>()
  const selfByFunction = new Map<string, number>()
  const totalOwn = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms)
  let time = profile.startTime
  let sampled = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    time += profile.timeDeltas[i] ?? 0
    if (window && (time < window.fromUs || time > window.toUs)) return
    const node = byId.get(id)!
    sampled += ms
    add(selfByOwner, owner(node.callFrame.url), ms)
    add(selfByFunction, nameOf(node), ms)
    // Each of the repository's functions on the stack counts this sample once, however deep.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!
      const { url } = frame.callFrame
      if (!url.startsWith('file://') || url.includes('/node_modules/')) continue
      const name = nameOf(frame)
      if (!seen.has(name)) add(totalOwn, name, ms)
      seen.add(name)
    }
  })
  const table = (title: string, map: Map<string, number>) =>
    [
      title,
      ...[...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / sampled).toFixed(1).padStart(5)} %  ${name}`),
    ].join('\n')
  return [
    `${(sampled / 1000).toFixed(2)} s sampled${window ? ' in the measured window' : ''}; "(idle)" is the event loop waiting.`,
    table('self time by package or file', selfByOwner),
    table('self time by function', selfByFunction),
    table("total time (with callees) of the repository's functions", totalOwn),
  ].join('\n\n')
}

/** Reads a profile file. */
export function readCpuProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile
}
