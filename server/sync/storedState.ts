import * as Y from 'yjs'
import type { StoredDocumentState } from '../storage/Store'
import { runOnThread } from '../threads/oneShotThread'
import { applySlice } from './documentSlices'
import type { StoredDocumentTask } from './storedDocumentThread'
import { decodeWholeUpdate, encodeSyncStep2Of, encodeUpdate } from './syncMessages'

/** A document as stored: its snapshot, and the updates logged (or applied) after it, in order. */
export interface StoredForm {
  snapshot: Uint8Array | null
  updates: readonly Uint8Array[]
}

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
export const storedBytes = (state: StoredForm): number =>
  state.updates.reduce((sum, update) => sum + update.byteLength, state.snapshot?.byteLength ?? 0)

/**
 * From this many stored bytes a document is built in slices (`buildDocument`): building it at once
 * would hold the event loop for tens of milliseconds or more.
 */
export const BUILD_IN_SLICES_MIN_BYTES = 256 * 1024

/** The stored document as a Y.Doc, built at once: its snapshot, then the updates logged after it. */
export function buildDocumentNow(state: StoredForm): Y.Doc {
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
  try {
    slices = await onStoredDocumentThread({ kind: 'slice', snapshot: state.snapshot, updates: state.updates })
  } catch (error) {
    onThreadFailure(error)
    return buildDocumentNow(state)
  }
  const doc = new Y.Doc()
  for (const slice of slices) {
    // Each slice in a turn of its own, the first too: the thread's answer arrives in the turn that reads sockets.
    await new Promise((resolve) => setImmediate(resolve))
    applySlice(doc, slice)
  }
  return doc
}

/**
 * A new snapshot of a room's document: encoded from the document itself when its last snapshot
 * was small; for a large one, made on a thread from its stored form (the snapshot and the
 * updates applied since), since encoding a 5 MB document held the event loop 190–440 ms, every
 * 500 updates. A `thorough`
 * one (when the room unloads) rebuilds the document there and collects deleted text; the ones in
 * between merge the bytes as they are. Rejects when the thread fails: the log then stays as it
 * is, and a later compaction tries again.
 */
export async function encodeSnapshot(stored: StoredForm, doc: Y.Doc, thorough: boolean): Promise<Uint8Array> {
  // What encoding costs is the document's size, which its last snapshot tells and a log of
  // keystrokes does not: 100,000 logged keystrokes are 3 MB of log and a 0.1 MB document, encoded
  // here in milliseconds, where a thread would merge and decode the whole log.
  if ((stored.snapshot?.byteLength ?? 0) < BUILD_IN_SLICES_MIN_BYTES) return Y.encodeStateAsUpdate(doc)
  const [snapshot] = await onStoredDocumentThread({ kind: thorough ? 'rebuild' : 'merge', snapshot: stored.snapshot, updates: [...stored.updates] })
  return snapshot!
}

/** Runs a task on a thread of its own, once one of the THREADS_AT_ONCE turns is free. */
async function onStoredDocumentThread(task: StoredDocumentTask): Promise<Uint8Array[]> {
  const done = await threadTurn()
  try {
    return await runOnThread<Uint8Array[]>('sync/storedDocumentThread', task, STORED_DOCUMENT_THREAD)
  } finally {
    done()
  }
}

// Cutting 5 MB took about 0.5 s and 200 MB of heap on this project's machines; rebuilding it, 2–3 s.
const THREADS_AT_ONCE = 2
const STORED_DOCUMENT_THREAD = { timeoutMs: 60_000, heapMb: 1024, maxRunning: THREADS_AT_ONCE }
let threadsRunning = 0
const waitingForThread: Array<() => void> = []

/** Waits for one of the THREADS_AT_ONCE turns; the function it gives hands the turn on. */
async function threadTurn(): Promise<() => void> {
  if (threadsRunning < THREADS_AT_ONCE) threadsRunning++
  else await new Promise<void>((go) => waitingForThread.push(go))
  return () => {
    const next = waitingForThread.shift()
    if (next) next()
    else threadsRunning--
  }
}
