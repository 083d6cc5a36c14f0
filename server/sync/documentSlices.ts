import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * A few milliseconds of Yjs integration: 5–8 µs per struct of a long-edited claim set on this
 * project's machines, up to four times that on a busy core.
 */
export const STRUCTS_PER_SLICE = 500

type Struct = Y.Item | Y.GC | Y.Skip

/** One client's structs as they appear in the update, in clock order, and how many are taken. */
interface ClientRun {
  client: number
  structs: Struct[]
  next: number
}

/**
 * The whole stored document (its snapshot, then the updates logged after it) as a series of
 * updates that give the same document when applied in order, none holding more than `perSlice`
 * structs, plus a last one with the delete set.
 *
 * Why: Yjs integrates an update in one go, and building a long-edited document took the event
 * loop 125–330 ms for 0.7 MB and about 2 s for 5 MB, during which every other document waited.
 * Cut this way (on a worker thread: decoding 5 MB takes half a second), each slice is applied in
 * a turn of its own.
 *
 * Each struct goes into a slice after those it needs: its left and right origins and its parent
 * (as Yjs itself requires before integrating an item), and the one before it from its own client.
 * So a slice never waits in Yjs's pending store for a later one, and a client's structs in one
 * slice are one run of clocks, as the update format wants. Anything this order cannot place —
 * structs missing from the stored bytes (a gap in a client's clocks, a dependency never stored) —
 * makes it return the merged update whole, which Yjs applies as it always did.
 */
export function sliceStoredDocument(snapshot: Uint8Array | null, updates: readonly Uint8Array[], perSlice = STRUCTS_PER_SLICE): Uint8Array[] {
  const whole = Y.mergeUpdates(snapshot ? [snapshot, ...updates] : [...updates])
  const runs = clientRuns(Y.decodeUpdate(whole).structs)
  if (!runs) return [whole]
  const slices = orderedSlices(runs, perSlice)
  if (!slices) return [whole]
  // Structs beyond the whole state vector: none; what remains is the delete set.
  slices.push(Y.diffUpdate(whole, Y.encodeStateVectorFromUpdate(whole)))
  return slices
}

/**
 * Applies one slice without Yjs's formatting cleanup. After a remote update Yjs deletes the
 * formatting marks it finds redundant in the text as it then stands; after a slice, that is part
 * of the text, and it deleted bold marks that the whole document needs (fuzzed: about 1 in 30
 * random sets of client ids), so the room's document would have shown text unbolded that every
 * client shows bold. Without the cleanup the room holds exactly the stored items: the marks Yjs
 * would have dropped change nothing anyone sees.
 */
export function applySlice(doc: Y.Doc, slice: Uint8Array): void {
  Y.transact(doc, (transaction) => {
    Y.applyUpdate(doc, slice)
    // applyUpdate marks the transaction remote, which is what asks for the cleanup once it ends.
    transaction.local = true
  })
}

/** The structs grouped by client, or null when a client's clocks do not run from 0 without a gap. */
function clientRuns(structs: Struct[]): ClientRun[] | null {
  const runs = new Map<number, ClientRun>()
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return null
    const client = struct.id.client
    let run = runs.get(client)
    if (!run) {
      if (struct.id.clock !== 0) return null
      runs.set(client, (run = { client, structs: [], next: 0 }))
    }
    run.structs.push(struct)
  }
  return [...runs.values()]
}

/**
 * Takes structs client by client as far as their dependencies allow (Kahn's algorithm, with a
 * client's next struct as its only candidate), closing a slice every `perSlice` structs. Null if
 * some struct's dependency never comes.
 */
function orderedSlices(runs: ClientRun[], perSlice: number): Uint8Array[] | null {
  // The clock each client has reached: its structs below it are taken.
  const reached = new Map<number, number>()
  // Clients whose next struct waits for another client to pass a clock.
  const blockedOn = new Map<number, Array<{ run: ClientRun; clock: number }>>()
  // Popped from the end: higher client ids first, the order Yjs integrates an update in.
  const ready = [...runs].sort((a, b) => a.client - b.client)
  const slices: Uint8Array[] = []
  let slice = new Map<ClientRun, { from: number; to: number }>()
  let inSlice = 0

  while (ready.length > 0) {
    const run = ready.pop()!
    const before = run.next
    while (run.next < run.structs.length) {
      const struct = run.structs[run.next]!
      const missing = missingDependency(struct, reached)
      if (missing) {
        const blocked = blockedOn.get(missing.client) ?? []
        blocked.push({ run, clock: missing.clock })
        blockedOn.set(missing.client, blocked)
        break
      }
      const range = slice.get(run)
      if (range) range.to = run.next + 1
      else slice.set(run, { from: run.next, to: run.next + 1 })
      run.next++
      reached.set(run.client, struct.id.clock + struct.length)
      if (++inSlice >= perSlice) {
        slices.push(encodeSlice(slice))
        slice = new Map()
        inSlice = 0
      }
    }
    if (run.next > before) ready.push(...unblocked(blockedOn, run.client, reached.get(run.client)!))
  }
  if (runs.some((run) => run.next < run.structs.length)) return null
  if (inSlice > 0) slices.push(encodeSlice(slice))
  return slices
}

/** Takes out of `blockedOn` the clients that waited for `client` to pass a clock below `reached`. */
function unblocked(blockedOn: Map<number, Array<{ run: ClientRun; clock: number }>>, client: number, reached: number): ClientRun[] {
  const blocked = blockedOn.get(client)
  if (!blocked) return []
  const free = blocked.filter((entry) => entry.clock < reached)
  if (free.length === blocked.length) blockedOn.delete(client)
  else blockedOn.set(client, blocked.filter((entry) => entry.clock >= reached))
  return free.map((entry) => entry.run)
}

/** The client and clock a struct needs that is not yet taken, or null. */
function missingDependency(struct: Struct, reached: Map<number, number>): Y.ID | null {
  if (!(struct instanceof Y.Item)) return null
  const own = struct.id.client
  const needs = (id: Y.ID | null) => id !== null && id.client !== own && id.clock >= (reached.get(id.client) ?? 0)
  if (needs(struct.origin)) return struct.origin!
  if (needs(struct.rightOrigin)) return struct.rightOrigin!
  const parent = struct.parent
  if (parent instanceof Y.ID && needs(parent)) return parent
  return null
}

/** One slice as a version 1 update: each client's run of structs, higher client ids first (as Yjs writes them), and no deletions. */
function encodeSlice(slice: Map<ClientRun, { from: number; to: number }>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  const entries = [...slice].sort(([a], [b]) => b.client - a.client)
  encoding.writeVarUint(encoder.restEncoder, entries.length)
  for (const [run, { from, to }] of entries) {
    encoding.writeVarUint(encoder.restEncoder, to - from)
    encoder.writeClient(run.client)
    encoding.writeVarUint(encoder.restEncoder, run.structs[from]!.id.clock)
    for (let i = from; i < to; i++) run.structs[i]!.write(encoder, 0)
  }
  // An empty delete set.
  encoding.writeVarUint(encoder.restEncoder, 0)
  return encoder.toUint8Array()
}
