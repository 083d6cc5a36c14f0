import { serveOnce } from '../threads/oneShotThread'
import { sliceStoredDocument } from './documentSlices'

export interface SliceTask {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/** One stored document cut into slices per thread (storedState.ts `buildDocument`). */
serveOnce<SliceTask, Uint8Array[]>(async ({ snapshot, updates }) => {
  const slices = sliceStoredDocument(snapshot, updates)
  // Each slice's bytes move to the server's thread rather than being copied.
  const buffers = new Set(slices.map((slice) => slice.buffer as ArrayBuffer))
  return { result: slices, transfer: [...buffers] }
})
