import { serveOnce } from '../threads/oneShotThread'
import { structureImport, type ImportRequest, type StructuredImport } from './structureImport'

/** One import per thread (runImport.ts). */
serveOnce<ImportRequest, StructuredImport>(async (request) => {
  const result = await structureImport(request)
  return { result, transfer: [result.update.buffer as ArrayBuffer] }
})
