import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ApiError } from '../ApiError'
import { startThread } from '../threads/startThread'
import { structureImport, type ImportRequest, type StructuredImport } from './structureImport'

/** Pasted text up to this size is structured at once: a claim set of this size takes well under 100 ms. */
const INLINE_TEXT_CHARACTERS = 32 * 1024

/** Imports structured at once on threads; more wait for none and get 503. */
const MAX_THREADS = 2

/** An import's thread is ended after this long: no real document takes it. */
const TIMEOUT_MS = 60_000

/** Heap of an import's thread: a DOCX that unpacks into more than this fails alone, not the server. */
const HEAP_MB = 512

let running = 0

type ThreadAnswer = { result: StructuredImport } | { error: { status: number; code: string; message: string } }

/**
 * Structures an import. A DOCX or a long text is read on a thread of its own — mammoth and the
 * encoding take seconds for a long application, which would stall everyone's live editing —
 * with its own heap limit and a timeout; a short paste is structured here.
 */
export function runImport(request: ImportRequest): Promise<StructuredImport> {
  if ('text' in request.source && request.source.text.length <= INLINE_TEXT_CHARACTERS) return structureImport(request)
  if (running >= MAX_THREADS) return Promise.reject(new ApiError(503, 'busy', 'other imports are being read; try again in a moment'))
  running++
  return new Promise<StructuredImport>((resolve, reject) => {
    const worker = startThread('import/importThread', {}, { maxOldGenerationSizeMb: HEAP_MB })
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      running--
      void worker.terminate()
      outcome()
    }
    const timer = setTimeout(() => settle(() => reject(new ApiError(503, 'import_timeout', `reading the file took longer than ${TIMEOUT_MS / 1000} s`))), TIMEOUT_MS)
    worker.once('message', (answer: ThreadAnswer) =>
      settle(() =>
        'result' in answer ? resolve(answer.result) : reject(new ApiError(answer.error.status as ContentfulStatusCode, answer.error.code, answer.error.message)),
      ),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          // A thread that runs out of its heap: the file was too much to read.
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ApiError(413, 'too_large', `the file needs more than ${HEAP_MB} MB to read`) : error,
        ),
      ),
    )
    worker.once('exit', (code) => settle(() => reject(new Error(`the import thread ended (exit code ${code}) without an answer`))))
    worker.postMessage(request)
  })
}
