import * as Y from 'yjs'
import type { StoredDocumentState } from '../storage/Store'
import { runOnThread } from '../threads/oneShotThread'
import type { SliceTask } from './documentSliceThread'
import { decodeWholeUpdate, encodeSyncStep2Of, encodeUpdate } from './syncMessages'

/**
 * Below this many stored bytes a document is built in a few milliseconds: its first clients wait
 * for the room as any other does.
 */
export const ANSWER_FROM_STORE_MIN_BYTES = 64 * 1024

/**
 * The whole stored document as the sync messages a client that has nothing needs — a sync step 2
 * with the snapshot, then the updates logged after it as one update — so that the clients who
 * open a large document cold are answered from its stored bytes while the room still builds it.
 * Building a Y.Doc of a long-edited document (applying a snapshot of 0.5 MB takes 60–150 ms) was
 * most of the time such an open took.
 *
 * Null when it is not worth it (a small document) or not safe: the snapshot must match its
 * checksum (or decode whole) and every logged update decode whole, so that a client is never sent
 * bytes the room would refuse to load.
 */
export function storedStateMessages(state: StoredDocumentState): Uint8Array[] | null {
  if (storedBytes(state) < ANSWER_FROM_STORE_MIN_BYTES) return null
  try {
    // A checked snapshot is known to be what the server wrote; decoding 0.5 MB cold took 80–120 ms.
    if (state.snapshot && !state.snapshotChecked) decodeWholeUpdate(state.snapshot)
    for (const update of state.updates) decodeWholeUpdate(update)
  } catch {
    // The room's load reads the same bytes, fails, and says why.
    return null
  }
  return wholeDocumentMessages(state.snapshot, state.updates)
}

/**
 * A document in its stored form — a snapshot and the updates after it — as the sync messages
 * that give a client with nothing all of it: a sync step 2 with the snapshot, then the updates
 * merged into one (or a sync step 2 with them all when there is no snapshot).
 */
export function wholeDocumentMessages(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): Uint8Array[] {
  if (!snapshot) return [encodeSyncStep2Of(updates.length > 0 ? Y.mergeUpdates([...updates]) : EMPTY_UPDATE)]
  const messages = [encodeSyncStep2Of(snapshot)]
  if (updates.length > 0) messages.push(encodeUpdate(Y.mergeUpdates([...updates])))
  return messages
}

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc())

/** Bytes stored for a document: its snapshot and the updates logged after it. */
export const storedBytes = (state: StoredDocumentState): number =>
  state.updates.reduce((sum, update) => sum + update.byteLength, state.snapshot?.byteLength ?? 0)

/**
 * From this many stored bytes a document is built in slices (`buildDocument`): building it at once
 * would hold the event loop for tens of milliseconds or more.
 */
export const BUILD_IN_SLICES_MIN_BYTES = 256 * 1024

/** The stored document as a Y.Doc, built at once: its snapshot, then the updates logged after it. */
export function buildDocumentNow(state: StoredDocumentState): Y.Doc {
  const doc = new Y.Doc()
  Y.transact(doc, () => {
    if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
    for (const update of state.updates) Y.applyUpdate(doc, update)
  })
  return doc
}

/**
 * The stored document as a Y.Doc, without holding the event loop for long: a large one is cut
 * into slices on a worker thread (documentSlices.ts) and they are applied one per turn, so that
 * the edits of every other open document are relayed in between. Building the 5 MB document of
 * `npm run bench:sync` at once held the loop for about 2 s.
 *
 * At most two documents are cut at once; more wait their turn (a restart, and everyone's tabs
 * reopening their documents). The thread is a way to go faster, not a second opinion: when it
 * fails or times out the document is built at once here, which also says why bytes that cannot
 * be read fail the load.
 */
export async function buildDocument(state: StoredDocumentState, onThreadFailure: (error: unknown) => void): Promise<Y.Doc> {
  if (storedBytes(state) < BUILD_IN_SLICES_MIN_BYTES) return buildDocumentNow(state)
  let slices: Uint8Array[]
  const done = await slicingTurn()
  try {
    slices = await runOnThread<Uint8Array[]>('sync/documentSliceThread', { snapshot: state.snapshot, updates: state.updates } satisfies SliceTask, SLICE_THREAD)
  } catch (error) {
    onThreadFailure(error)
    return buildDocumentNow(state)
  } finally {
    done()
  }
  const doc = new Y.Doc()
  for (const slice of slices) {
    // Each slice in a turn of its own, the first too: the thread's answer arrives in the turn that reads sockets.
    await new Promise((resolve) => setImmediate(resolve))
    Y.applyUpdate(doc, slice)
  }
  return doc
}

// Cutting 5 MB took about 0.5 s and 200 MB of heap on this project's machines.
const SLICING_AT_ONCE = 2
const SLICE_THREAD = { timeoutMs: 60_000, heapMb: 1024, maxRunning: SLICING_AT_ONCE }
let slicing = 0
const waitingToSlice: Array<() => void> = []

/** Waits for one of the SLICING_AT_ONCE turns; the function it gives hands the turn on. */
async function slicingTurn(): Promise<() => void> {
  if (slicing < SLICING_AT_ONCE) slicing++
  else await new Promise<void>((go) => waitingToSlice.push(go))
  return () => {
    const next = waitingToSlice.shift()
    if (next) next()
    else slicing--
  }
}
