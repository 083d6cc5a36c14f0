// The floor: a y-protocols relay on Hono that keeps each document in memory and nothing else —
// no auth, no storage, no validation. What any sync server costs at least.
import { serve } from '@hono/node-server'
import { createNodeWebSocket } from '@hono/node-ws'
import { Hono } from 'hono'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { readSyncMessage, writeSyncStep1, writeUpdate } from 'y-protocols/sync'
import * as Y from 'yjs'
import { announce, readSeedFile } from './seedFile.mjs'

const SYNC = 0
const AWARENESS = 1

/** @type {Map<string, { doc: Y.Doc, awareness: Awareness, sockets: Map<any, Set<number>> }>} */
const rooms = new Map()

function roomFor(name) {
  let room = rooms.get(name)
  if (room) return room
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  awareness.setLocalState(null)
  room = { doc, awareness, sockets: new Map() }
  const sockets = room.sockets
  doc.on('update', (update, origin) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, SYNC)
    writeUpdate(encoder, update)
    const message = encoding.toUint8Array(encoder)
    for (const socket of sockets.keys()) if (socket !== origin) socket.send(message)
  })
  awareness.on('update', ({ added, updated, removed }, origin) => {
    const ids = sockets.get(origin)
    if (ids) {
      for (const id of added) ids.add(id)
      for (const id of removed) ids.delete(id)
    }
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, AWARENESS)
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]))
    const message = encoding.toUint8Array(encoder)
    for (const socket of sockets.keys()) socket.send(message)
  })
  rooms.set(name, room)
  return room
}

for (const { name, update } of readSeedFile()) Y.applyUpdate(roomFor(name).doc, update)

const app = new Hono()
const { upgradeWebSocket, injectWebSocket } = createNodeWebSocket({ app })
app.get(
  '/:room',
  upgradeWebSocket((c) => {
    const room = roomFor(c.req.param('room'))
    return {
      onOpen(_event, ws) {
        room.sockets.set(ws, new Set())
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, SYNC)
        writeSyncStep1(encoder, room.doc)
        ws.send(encoding.toUint8Array(encoder))
        const states = [...room.awareness.getStates().keys()]
        if (states.length > 0) {
          const awareness = encoding.createEncoder()
          encoding.writeVarUint(awareness, AWARENESS)
          encoding.writeVarUint8Array(awareness, encodeAwarenessUpdate(room.awareness, states))
          ws.send(encoding.toUint8Array(awareness))
        }
      },
      onMessage(event, ws) {
        const decoder = decoding.createDecoder(new Uint8Array(event.data))
        const type = decoding.readVarUint(decoder)
        if (type === SYNC) {
          const encoder = encoding.createEncoder()
          encoding.writeVarUint(encoder, SYNC)
          readSyncMessage(decoder, encoder, room.doc, ws)
          if (encoding.length(encoder) > 1) ws.send(encoding.toUint8Array(encoder))
        } else if (type === AWARENESS) {
          applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), ws)
        }
      },
      onClose(_event, ws) {
        const ids = room.sockets.get(ws)
        room.sockets.delete(ws)
        if (ids) removeAwarenessStates(room.awareness, [...ids], null)
      },
    }
  }),
)

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  announce(`http://127.0.0.1:${info.port}`, () => new Promise((done) => server.close(done)))
})
injectWebSocket(server)
