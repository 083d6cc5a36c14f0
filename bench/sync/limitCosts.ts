import * as decoding from 'lib0/decoding'
import type { AddressInfo } from 'node:net'
import WebSocket, { WebSocketServer } from 'ws'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocumentId } from '../../shared/domain/ids'
import { MAX_DOCUMENT_BYTES, MAX_SYNC_MESSAGE_BYTES, MAX_UPDATE_BYTES } from '../../shared/sync/protocol'
import { schemaFor } from '../../shared/editor/documentBody'
import { schemaViolation } from '../../server/documents/schemaGuard'
import { SendBacklog } from '../../server/net/SendBacklog'
import { SqliteStore } from '../../server/storage/SqliteStore'
import type { Store } from '../../server/storage/Store'
import { Room, type RoomConnection } from '../../server/sync/Room'
import { decodeClientMessage, encodeAwareness, peekUpdateLength } from '../../server/sync/syncMessages'
import type { BenchPlan } from './scenario'
import { teamEditStream, type RoomStream } from './teamEditStream'
import { withTimeout } from './waiting'

export type LimitId = 'size' | 'malformed' | 'guard' | 'presence' | 'backpressure'

/** CPU microseconds per edit: the median over paired repetitions and their range. */
export interface Spread {
  median: number
  min: number
  max: number
}

export interface LimitCost {
  id: LimitId
  label: string
  /** The CPU the limit adds per edit of the team stream, beyond the same work without it. */
  microsPerEdit: Spread
  /** What was timed with the limit and without it. */
  method: string
}

export interface LimitCostReport {
  edits: number
  repetitions: number
  limits: LimitCost[]
}

/** A pass over the stream to time, made ready by untimed setup (fresh documents, rooms). */
interface TimedPass {
  run(): void
  /** Frees what the setup made, after the timing. */
  dispose?(): void
}
type Prepare = () => TimedPass

/**
 * The cost of each of Claimroom's hardening limits, measured in this process on the messages the
 * team scenario's editors send (teamEditStream): the server's own functions run over the whole
 * stream with the limit and, in the same repetition, the work a server without it would do.
 * CPU time of the process (so time spent descheduled on a loaded machine does not count; garbage
 * collection the limit causes does), per edit, median over repetitions.
 */
export async function measureLimitCosts(plan: BenchPlan, repetitions: number): Promise<LimitCostReport> {
  const { start, rooms } = teamEditStream(plan.team)
  const edits = rooms.reduce((sum, room) => sum + room.edits.length, 0)
  const measure = (prepareWith: Prepare, prepareWithout: Prepare) => pairedCost(edits, repetitions, prepareWith, prepareWithout)
  const sockets = await openLoopbackSockets(plan.team.editorsPerDocument - 1)
  // The rooms of the presence checks need a store; caret moves never reach it.
  const store = new SqliteStore(':memory:')
  try {
    return { edits, repetitions, limits: costs({ start, rooms, plan, measure, relaySockets: sockets.accepted, store }) }
  } finally {
    await Promise.all([sockets.close(), store.close()])
  }
}

interface LimitBench {
  start: Uint8Array
  rooms: RoomStream[]
  plan: BenchPlan
  measure: (prepareWith: Prepare, prepareWithout: Prepare) => Spread
  relaySockets: WebSocket[]
  store: Store
}

function costs({ start, rooms, plan, measure, relaySockets, store }: LimitBench): LimitCost[] {
  return [
    {
      id: 'size',
      label: 'message, update and document size limits',
      microsPerEdit: measure(withSizeLimits(rooms), withoutLimits(rooms)),
      method:
        "the route's message size check, then `peekUpdateLength` (syncMessages.ts) against MAX_UPDATE_BYTES and the document's running size against MAX_DOCUMENT_BYTES; against a pass over the same messages",
    },
    {
      id: 'malformed',
      label: 'malformed-message check (the update decoded to its end)',
      microsPerEdit: measure(withMessageCheck(rooms), withPlainDecode(rooms)),
      method:
        '`decodeClientMessage` (syncMessages.ts: the message checked whole, bytes after the update refused, the update decoded); against reading the frame and `Y.decodeUpdate` alone, which the schema guard needs anyway',
    },
    {
      id: 'guard',
      label: 'schema guard',
      microsPerEdit: measure(withSchemaGuard(start, rooms), withApplyOnly(start, rooms)),
      method:
        "`Y.decodeUpdate` and `schemaViolation` (schemaGuard.ts) with the claim set's schema on each room's document, then the update applied; against applying it alone. No updates in flight (the server's in-flight lookups are not replayed)",
    },
    {
      id: 'presence',
      label: 'presence checks (one caret move per edit)',
      microsPerEdit: measure(withRoomPresence(rooms, plan, store), withPlainAwareness(rooms, plan)),
      method:
        "`Room.receive` of each caret move on a real Room with its editors joined (awareness JSON check, `admitPresence`, ownership, the state re-stamped, queued for the room's next presence relay); against y-protocols' `applyAwarenessUpdate` relayed the same way, as the bare relay does",
    },
    {
      id: 'backpressure',
      label: 'backpressure (bytes waiting before each send)',
      microsPerEdit: measure(withBufferCheck(rooms, relaySockets), withOpenCheckOnly(rooms, relaySockets)),
      method: `what syncRoute.ts does before every send — the \`ws\` socket's \`bufferedAmount\` and the message through \`SendBacklog.exceeded\` (SendBacklog.ts) — on open sockets over loopback, for the ${relaySockets.length} relays of each edit; against the open-state check alone`,
    },
  ]
}

/** CPU microseconds (user + system, all threads of this process) that `run` takes. */
function cpuMicros(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(before)
  return user + system
}

function pairedCost(edits: number, repetitions: number, prepareWith: Prepare, prepareWithout: Prepare): Spread {
  const timed = (prepare: Prepare) => {
    const pass = prepare()
    try {
      return cpuMicros(() => pass.run())
    } finally {
      pass.dispose?.()
    }
  }
  // A first untimed pass of each, so that both are measured compiled.
  timed(prepareWith)
  timed(prepareWithout)
  const perEdit: number[] = []
  for (let r = 0; r < repetitions; r++) {
    // Alternating which runs first spreads any drift in the machine's load over both.
    let withLimit: number
    let without: number
    if (r % 2 === 0) {
      withLimit = timed(prepareWith)
      without = timed(prepareWithout)
    } else {
      without = timed(prepareWithout)
      withLimit = timed(prepareWith)
    }
    perEdit.push((withLimit - without) / edits)
  }
  perEdit.sort((a, b) => a - b)
  return { median: perEdit[Math.floor(perEdit.length / 2)]!, min: perEdit[0]!, max: perEdit[perEdit.length - 1]! }
}

const updateMessages = (rooms: RoomStream[]) => rooms.flatMap((room) => room.edits.map((edit) => edit.updateMessage))

/** The payload of a sync message: its type, its step, then the update. */
function syncPayload(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  return decoding.readVarUint8Array(decoder)
}

function withSizeLimits(rooms: RoomStream[]): Prepare {
  const messages = updateMessages(rooms)
  const run = () => {
    let storedBytes = 0
    for (const message of messages) {
      if (message.byteLength > MAX_SYNC_MESSAGE_BYTES) throw new Error('a team edit over the message size limit')
      const length = peekUpdateLength(message)
      if (length === null || length > MAX_UPDATE_BYTES) throw new Error('a team edit the update size limit refuses')
      storedBytes += length
      if (storedBytes > MAX_DOCUMENT_BYTES) throw new Error('the team stream outgrew the document size limit')
    }
  }
  return () => ({ run })
}

function withoutLimits(rooms: RoomStream[]): Prepare {
  const messages = updateMessages(rooms)
  const run = () => {
    let storedBytes = 0
    for (const message of messages) storedBytes += message.byteLength
    if (storedBytes === 0) throw new Error('the team stream is empty')
  }
  return () => ({ run })
}

function withMessageCheck(rooms: RoomStream[]): Prepare {
  const messages = updateMessages(rooms)
  const run = () => {
    for (const message of messages) {
      if (decodeClientMessage(message).type !== 'update') throw new Error('a team edit decoded as something else')
    }
  }
  return () => ({ run })
}

function withPlainDecode(rooms: RoomStream[]): Prepare {
  const messages = updateMessages(rooms)
  const run = () => {
    for (const message of messages) Y.decodeUpdate(syncPayload(message))
  }
  return () => ({ run })
}

/** Per room, its updates and a fresh document holding the claim set they start from. */
function freshRooms(start: Uint8Array, rooms: RoomStream[]): () => { doc: Y.Doc; updates: Uint8Array[] }[] {
  const updates = rooms.map((room) => room.edits.map((edit) => syncPayload(edit.updateMessage)))
  return () =>
    updates.map((list) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, start)
      return { doc, updates: list }
    })
}

function withSchemaGuard(start: Uint8Array, rooms: RoomStream[]): Prepare {
  const fresh = freshRooms(start, rooms)
  const schema = schemaFor('claims')
  return () => {
    const docs = fresh()
    return {
      run() {
        for (const { doc, updates } of docs) {
          for (const update of updates) {
            const violation = schemaViolation(Y.decodeUpdate(update), schema, doc, [])
            if (violation) throw new Error(`the schema guard refused a team edit: ${violation}`)
            Y.applyUpdate(doc, update)
          }
        }
      },
      dispose: () => docs.forEach(({ doc }) => doc.destroy()),
    }
  }
}

function withApplyOnly(start: Uint8Array, rooms: RoomStream[]): Prepare {
  const fresh = freshRooms(start, rooms)
  return () => {
    const docs = fresh()
    return {
      run() {
        for (const { doc, updates } of docs) for (const update of updates) Y.applyUpdate(doc, update)
      },
      dispose: () => docs.forEach(({ doc }) => doc.destroy()),
    }
  }
}

/** A socket of the sync core that sends nowhere; a close means the room refused a caret move. */
const quietSocket: RoomConnection['socket'] = {
  send: () => undefined,
  close: (code, reason) => {
    throw new Error(`the room closed an editor of the team stream: ${code} ${reason}`)
  },
}

function withRoomPresence(rooms: RoomStream[], plan: BenchPlan, store: Store): Prepare {
  return () => {
    const open = rooms.map(
      (_, i) =>
        new Room(`bench-presence-${i}` as DocumentId, new Y.Doc(), { snapshot: null, updates: [], lastSeq: 0 }, store, {
          guard: () => null,
          compactEvery: 500,
          onError: (error) => {
            throw error
          },
        }),
    )
    const connections = open.map((room) =>
      Array.from({ length: plan.team.editorsPerDocument }, (_, e) => {
        const connection: RoomConnection = {
          socket: quietSocket,
          canEdit: true,
          wantsDurableAcks: false,
          participant: { userId: `editor-${e}`, name: `editor ${e}`, role: 'agent' },
          awarenessIds: new Set(),
        }
        room.join(connection)
        return connection
      }),
    )
    return {
      run() {
        rooms.forEach((stream, i) => {
          for (const edit of stream.edits) open[i]!.receive(connections[i]![edit.editor]!, edit.presenceMessage)
        })
      },
      dispose: () => open.forEach((room) => room.destroy()),
    }
  }
}

function withPlainAwareness(rooms: RoomStream[], plan: BenchPlan): Prepare {
  return () => {
    const relays = rooms.map(() => {
      const awareness = new Awareness(new Y.Doc())
      awareness.setLocalState(null)
      const sockets = Array.from({ length: plan.team.editorsPerDocument }, () => ({ ...quietSocket }))
      awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        const message = encodeAwareness(encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]))
        for (const socket of sockets) socket.send(message)
      })
      return { awareness, sockets }
    })
    return {
      run() {
        rooms.forEach((stream, i) => {
          const { awareness, sockets } = relays[i]!
          for (const edit of stream.edits) {
            const decoder = decoding.createDecoder(edit.presenceMessage)
            decoding.readVarUint(decoder)
            applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), sockets[edit.editor])
          }
        })
      },
      dispose: () => relays.forEach(({ awareness }) => (awareness.destroy(), awareness.doc.destroy())),
    }
  }
}

function withBufferCheck(rooms: RoomStream[], relaySockets: WebSocket[]): Prepare {
  const messages = updateMessages(rooms)
  return () => {
    // The route keeps one backlog per socket.
    const backlogs = relaySockets.map(() => new SendBacklog())
    return {
      run() {
        for (const message of messages) {
          relaySockets.forEach((raw, i) => {
            if (raw.readyState !== raw.OPEN) throw new Error('a relay socket closed during the measurement')
            if (backlogs[i]!.exceeded(raw.bufferedAmount, message.byteLength)) throw new Error('a team edit hit the buffer limit')
          })
        }
      },
    }
  }
}

function withOpenCheckOnly(rooms: RoomStream[], relaySockets: WebSocket[]): Prepare {
  const messages = updateMessages(rooms)
  const run = () => {
    for (const message of messages) {
      relaySockets.forEach((raw) => {
        if (raw.readyState !== raw.OPEN) throw new Error(`a relay socket closed before a ${message.byteLength}-byte edit`)
      })
    }
  }
  return () => ({ run })
}

/** `count` open server-side `ws` sockets over loopback, as the route holds one per editor. */
async function openLoopbackSockets(count: number): Promise<{ accepted: WebSocket[]; close(): Promise<void> }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await withTimeout(new Promise((done) => server.once('listening', done)), 10_000, 'a loopback WebSocket server listening')
  const accepted: WebSocket[] = []
  const allAccepted = new Promise<void>((done) =>
    server.on('connection', (socket) => {
      accepted.push(socket)
      if (accepted.length === count) done()
    }),
  )
  const { port } = server.address() as AddressInfo
  const clients = Array.from({ length: count }, () => {
    const client = new WebSocket(`ws://127.0.0.1:${port}`)
    // A socket cut before its handshake ended reports it as an error; the close is what matters.
    client.on('error', () => undefined)
    return client
  })
  const close = async () => {
    for (const client of clients) client.terminate()
    await new Promise((done) => server.close(done))
  }
  try {
    await withTimeout(allAccepted, 10_000, 'loopback WebSockets connecting')
  } catch (error) {
    await close()
    throw error
  }
  return { accepted, close }
}
