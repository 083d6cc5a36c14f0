import * as Y from 'yjs'
import { serveOnce } from '../threads/oneShotThread'
import { sliceStoredDocument } from './documentSlices'
import { buildDocumentNow } from './storedState'

/**
 * Work on a large document's stored bytes (its snapshot, then the updates logged after it) that
 * would hold the event loop for hundreds of milliseconds (storedState.ts):
 * - `slice`: the document cut into slices to build it from, one per turn (documentSlices.ts);
 * - `merge`: a new snapshot, the bytes merged as they are (`Y.mergeUpdates`): what deleted text
 *   still holds stays until the next `rebuild`;
 * - `rebuild`: a new snapshot encoded from the document built here, with deleted text collected.
 */
export interface StoredDocumentTask {
  kind: 'slice' | 'merge' | 'rebuild'
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/** One task per thread. */
serveOnce<StoredDocumentTask, Uint8Array[]>(async ({ kind, snapshot, updates }) => {
  const result =
    kind === 'slice'
      ? sliceStoredDocument(snapshot, updates)
      : kind === 'merge'
        ? [Y.mergeUpdates(snapshot ? [snapshot, ...updates] : updates)]
        : [Y.encodeStateAsUpdate(buildDocumentNow({ snapshot, updates }))]
  // The bytes move to the server's thread rather than being copied.
  const buffers = new Set(result.map((bytes) => bytes.buffer as ArrayBuffer))
  return { result, transfer: [...buffers] }
})
