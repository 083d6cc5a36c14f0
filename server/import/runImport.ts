import { runOnThread } from '../threads/oneShotThread'
import type { ImportRequest, StructuredImport } from './structureImport'

/** Pasted text up to this size is structured at once: a claim set of this size takes well under 100 ms. */
const INLINE_TEXT_CHARACTERS = 32 * 1024

/**
 * Structures an import. A DOCX or a long text is read on a thread of its own — mammoth and the
 * encoding take seconds for a long application — with a 512 MB heap, 60 s at most and two at a
 * time; a short paste is structured here.
 */
export async function runImport(request: ImportRequest): Promise<StructuredImport> {
  if ('text' in request.source && request.source.text.length <= INLINE_TEXT_CHARACTERS) {
    // Loaded on first use: the claim parser, its lexicon and mammoth are megabytes of memory
    // the server need not hold until someone imports.
    const { structureImport } = await import('./structureImport')
    return structureImport(request)
  }
  return runOnThread<StructuredImport>('import/importThread', request, { timeoutMs: 60_000, heapMb: 512, maxRunning: 2 })
}
