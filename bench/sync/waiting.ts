/** Rejects with `what` when `promise` takes longer than `ms`: no wait in the benchmark is unbounded. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took over ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Polls `done` until it holds or `ms` have passed; says which. */
export async function waitUntil(done: () => boolean, ms: number, pollMs = 20): Promise<boolean> {
  const deadline = performance.now() + ms
  while (!done()) {
    if (performance.now() > deadline) return false
    await sleep(pollMs)
  }
  return true
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/**
 * Waits until a server has used no CPU for `quietMs` (its CPU counts in 10 ms ticks), or `maxMs`
 * have passed; says which. A server may answer a client before it has finished loading.
 */
export async function untilServerIdle(server: { cpuSeconds(): number }, maxMs: number, quietMs = 200): Promise<boolean> {
  const deadline = performance.now() + maxMs
  let cpu = server.cpuSeconds()
  for (;;) {
    await sleep(quietMs)
    const now = server.cpuSeconds()
    if (now === cpu) return true
    if (performance.now() > deadline) return false
    cpu = now
  }
}

/** Longest wait for a server to finish loading a document a first client has opened. */
const LOAD_WAIT_MS = 15_000

/**
 * Waits until a server has finished loading a document that a first client has just opened: a
 * pause, then until it has used no CPU for 200 ms (at most 15 s). A server may answer that client
 * before it has built the document (Claimroom sends the stored bytes, then builds the room), so
 * the pause alone let the build fall inside what was measured next in some runs and not in others.
 */
export async function untilDocumentLoaded(server: { cpuSeconds(): number }): Promise<void> {
  await sleep(500)
  await untilServerIdle(server, LOAD_WAIT_MS)
}

/**
 * Runs `action(i)` for i = 0…count-1 at `start + offsets[i]` ms, as close to time as timers allow,
 * and resolves after the last one. Late actions run at once rather than being skipped.
 */
export async function runOnSchedule(offsetsMs: number[], action: (i: number) => void): Promise<void> {
  const order = offsetsMs.map((at, i) => ({ at, i })).sort((a, b) => a.at - b.at)
  const start = performance.now()
  let next = 0
  while (next < order.length) {
    const elapsed = performance.now() - start
    while (next < order.length && order[next]!.at <= elapsed) action(order[next++]!.i)
    if (next < order.length) await sleep(Math.max(1, order[next]!.at - (performance.now() - start)))
  }
}
