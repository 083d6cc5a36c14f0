import { parentPort } from 'node:worker_threads'
import { ApiError } from '../ApiError'
import { structureImport, type ImportRequest } from './structureImport'

/** One import per thread: structure it, answer, and let the thread end. */
parentPort!.once('message', (request: ImportRequest) => {
  structureImport(request).then(
    (result) => parentPort!.postMessage({ result }, [result.update.buffer as ArrayBuffer]),
    (error: unknown) =>
      parentPort!.postMessage({
        error: error instanceof ApiError ? { status: error.status, code: error.code, message: error.message } : { status: 500, code: 'internal', message: String(error) },
      }),
  )
})
