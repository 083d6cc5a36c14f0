import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import type { SyncEndpoint } from './serversUnderTest'
import { withTimeout } from './waiting'

// y-protocols message and sync-step types, and Hocuspocus's extra ones.
const SYNC = 0
const AWARENESS = 1
const HOCUSPOCUS_AUTH = 2
const HOCUSPOCUS_SYNC_REPLY = 4
const STEP_1 = 0
const STEP_2 = 1
const UPDATE = 2
const EMPTY_STATE_VECTOR = new Uint8Array([0])
const EMPTY_UPDATE = new Uint8Array([0, 0])

/**
 * A reader that speaks the sync protocol without a Y.Doc: it joins as a y-websocket or Hocuspocus
 * provider does (its state vector, its presence, an empty reply to the server's state vector)
 * and hands every document update it receives to `onUpdate` undecoded. Hundreds fit on one core,
 * where as many real providers would each apply every update to a document of their own.
 */
export interface ProtocolClient {
  /** Resolves when the server's full state (sync step 2) has arrived. */
  synced: Promise<void>
  /** Bytes of the first sync step 2: the document as the server sent it. */
  initialStateBytes(): number
  /** Whether the server closed this connection (a slow reader, a limit) rather than the client. */
  closedByServer(): boolean
  close(): void
}

const JOIN_TIMEOUT_MS = 60_000

export function connectProtocolClient(
  endpoint: SyncEndpoint,
  documentName: string,
  onUpdate: (update: Uint8Array) => void = () => {},
): ProtocolClient {
  const room = endpoint.roomOf(documentName)
  const query = new URLSearchParams(endpoint.params).toString()
  const url =
    endpoint.dialect === 'hocuspocus'
      ? endpoint.serverUrl
      : `${endpoint.serverUrl}/${encodeURIComponent(room)}${query ? `?${query}` : ''}`
  const socket = new WebSocket(url)
  const clientId = Math.floor(Math.random() * 0xffffffff)
  // Hocuspocus multiplexes documents on one socket: every message starts with the document name.
  const message = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
    const encoder = encoding.createEncoder()
    if (endpoint.dialect === 'hocuspocus') encoding.writeVarString(encoder, room)
    write(encoder)
    return encoding.toUint8Array(encoder)
  }
  const syncMessage = (step: number, payload: Uint8Array) =>
    message((e) => {
      encoding.writeVarUint(e, SYNC)
      encoding.writeVarUint(e, step)
      encoding.writeVarUint8Array(e, payload)
    })
  let stateBytes = 0
  let markSynced!: () => void
  const synced = new Promise<void>((done) => (markSynced = done))
  socket.on('open', () => {
    if (endpoint.dialect === 'hocuspocus') {
      socket.send(
        message((e) => {
          encoding.writeVarUint(e, HOCUSPOCUS_AUTH)
          encoding.writeVarUint(e, 0) // a token follows
          encoding.writeVarString(e, endpoint.token)
        }),
      )
    }
    socket.send(syncMessage(STEP_1, EMPTY_STATE_VECTOR))
    socket.send(message((e) => (encoding.writeVarUint(e, AWARENESS), encoding.writeVarUint8Array(e, presence(clientId)))))
  })
  socket.on('message', (data: Buffer) => {
    // A Buffer is a Uint8Array: read in place, no copy per message.
    const decoder = decoding.createDecoder(data)
    if (endpoint.dialect === 'hocuspocus') decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type !== SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return
    const step = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (step === STEP_1) socket.send(syncMessage(STEP_2, EMPTY_UPDATE))
    else if (step === STEP_2) {
      if (stateBytes === 0) stateBytes = payload.byteLength
      onUpdate(payload)
      markSynced()
    } else if (step === UPDATE) onUpdate(payload)
  })
  let closing = false
  let serverClosed = false
  const closedEarly = new Promise<never>((_, fail) => {
    socket.on('close', (code, reason) => {
      if (closing) return
      serverClosed = true
      fail(new Error(`${room}: the server closed the connection (${code} ${reason.toString()})`))
    })
  })
  // A failed connection also closes; the close says why.
  socket.on('error', () => {})
  return {
    synced: withTimeout(Promise.race([synced, closedEarly]), JOIN_TIMEOUT_MS, `protocol client join of ${room}`),
    initialStateBytes: () => stateBytes,
    closedByServer: () => serverClosed,
    close: () => {
      closing = true
      socket.close()
    },
  }
}

/** An awareness update announcing one client with a name, as an editor's presence. */
function presence(clientId: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, JSON.stringify({ user: { name: `reader ${clientId}` } }))
  return encoding.toUint8Array(encoder)
}
