import { parentPort, type Transferable } from 'node:worker_threads'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ApiError } from '../ApiError'
import { startThread } from './startThread'
import { yieldCoreToEventLoop } from './threadPriority'

/** What a one-shot thread answers: its result, or the ApiError it threw (status, code, message, details). */
type Answer<T> = { result: T } | { error: { status: number; code: string; message: string; details: Record<string, unknown> } }

export interface OneShotOptions {
  /** The thread is ended after this long and the caller gets 503 `timeout`. */
  timeoutMs: number
  /** Heap of the thread: a task that needs more fails alone (413 `too_large`), not the server. */
  heapMb: number
  /** Most threads of this module at once; past it the caller gets 503 `busy`. */
  maxRunning: number
  transfer?: Transferable[]
}

const running = new Map<string, number>()

/**
 * Runs one task on a thread of its own (a module under server/ that calls `serveOnce`), which
 * ends with it: work that takes seconds on a long document — reading a DOCX, writing one — never
 * stalls the event loop that relays everyone's edits, and a task that runs away takes only its
 * own thread down.
 */
export function runOnThread<T>(module: string, task: unknown, options: OneShotOptions): Promise<T> {
  const count = running.get(module) ?? 0
  if (count >= options.maxRunning) return Promise.reject(new ApiError(503, 'busy', 'the server is busy with other files; try again in a moment'))
  running.set(module, count + 1)
  return new Promise<T>((resolve, reject) => {
    const worker = startThread(module, {}, { maxOldGenerationSizeMb: options.heapMb })
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      running.set(module, (running.get(module) ?? 1) - 1)
      void worker.terminate()
      outcome()
    }
    const timer = setTimeout(() => settle(() => reject(new ApiError(503, 'timeout', `the file took longer than ${options.timeoutMs / 1000} s`))), options.timeoutMs)
    worker.once('message', (answer: Answer<T>) =>
      settle(() => ('result' in answer ? resolve(answer.result) : reject(new ApiError(answer.error.status as ContentfulStatusCode, answer.error.code, answer.error.message, answer.error.details)))),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ApiError(413, 'too_large', `the file needs more than ${options.heapMb} MB to process`) : error)),
    )
    worker.once('exit', (code) => settle(() => reject(new Error(`${module} ended (exit code ${code}) without an answer`))))
    worker.postMessage(task, options.transfer ?? [])
  })
}

/** The thread's side: takes the one task, answers with its result (its buffers moved, not copied) or its ApiError. */
export function serveOnce<T, R>(work: (task: T) => Promise<{ result: R; transfer?: Transferable[] }>): void {
  // Nobody's typing waits for these tasks the way it waits for the relay.
  yieldCoreToEventLoop()
  parentPort!.once('message', (task: T) => {
    work(task).then(
      ({ result, transfer }) => parentPort!.postMessage({ result } satisfies Answer<R>, transfer ?? []),
      (error: unknown) =>
        parentPort!.postMessage({
          error: error instanceof ApiError ? { status: error.status, code: error.code, message: error.message, details: error.details } : { status: 500, code: 'internal', message: String(error), details: {} },
        } satisfies Answer<R>),
    )
  })
}
