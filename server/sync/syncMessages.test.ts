import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { MessageType } from '../../shared/sync/protocol'
import {
  MalformedMessageError,
  decodeClientMessage,
  encodeAwareness,
  encodeDurable,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './syncMessages'

// y-websocket's message asking the other side for its awareness states.
const MESSAGE_QUERY_AWARENESS = 3

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc()
  cleanups.push(() => doc.destroy())
  doc.getText('t').insert(0, text)
  return doc
}

function awarenessOf(doc: Y.Doc, state: Record<string, unknown> | null): awarenessProtocol.Awareness {
  const awareness = new awarenessProtocol.Awareness(doc)
  // The awareness checks for outdated states on an interval until destroyed.
  cleanups.push(() => awareness.destroy())
  awareness.setLocalState(state)
  return awareness
}

/** A message as a y-websocket client writes it: the message type, then what `write` adds. */
function clientMessage(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** An awareness update written by hand: one client, its clock and its state as raw text. */
function handMadeAwarenessUpdate(stateJson: string, trailing: number[] = []): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, 42)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, stateJson)
  for (const byte of trailing) encoding.writeUint8(encoder, byte)
  return encoding.toUint8Array(encoder)
}

const textOfUpdate = (update: Uint8Array): string => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  const text = doc.getText('t').toString()
  doc.destroy()
  return text
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0))
  let offset = 0
  for (const part of parts) {
    whole.set(part, offset)
    offset += part.length
  }
  return whole
}

describe('decodeClientMessage accepts what y-websocket clients send', () => {
  it('reads sync step 1 with the state vector of the client', () => {
    const doc = docWithText('Claim 1.')
    const message = clientMessage(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc))

    const decoded = decodeClientMessage(message)

    expect(decoded).toEqual({ type: 'sync-step-1', stateVector: Y.encodeStateVector(doc) })
  })

  it('reads sync step 2 as an update carrying the text', () => {
    const doc = docWithText('A bicycle comprising a frame.')
    const message = clientMessage(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep2(encoder, doc))

    const decoded = decodeClientMessage(message)

    expect(decoded.type).toBe('update')
    expect(decoded.type === 'update' && textOfUpdate(decoded.update)).toBe('A bicycle comprising a frame.')
  })

  it('reads a sync update as an update carrying the edit', () => {
    const doc = docWithText('')
    let edit: Uint8Array | null = null
    doc.on('update', (update: Uint8Array) => (edit = update))
    doc.getText('t').insert(0, 'wherein')
    const message = clientMessage(MessageType.Sync, (encoder) => syncProtocol.writeUpdate(encoder, edit!))

    expect(decodeClientMessage(message)).toMatchObject({ type: 'update', update: edit })
  })

  it('reads an awareness update', () => {
    const doc = docWithText('')
    const awareness = awarenessOf(doc, { user: { name: 'Ada', color: '#c33' }, cursor: null })
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
    const message = clientMessage(MessageType.Awareness, (encoder) => encoding.writeVarUint8Array(encoder, update))

    expect(decodeClientMessage(message)).toEqual({ type: 'awareness', update })
  })

  it('reads an awareness update that marks a client as gone (state null)', () => {
    const doc = docWithText('')
    const awareness = awarenessOf(doc, { user: { name: 'Ada' } })
    awareness.setLocalState(null)
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])

    expect(decodeClientMessage(encodeAwareness(update))).toEqual({ type: 'awareness', update })
  })

  it('reads a query for awareness states', () => {
    expect(decodeClientMessage(clientMessage(MESSAGE_QUERY_AWARENESS))).toEqual({ type: 'query-awareness' })
  })
})

describe('decodeClientMessage refuses malformed messages whole', () => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'Claim 1.')
  const update = Y.encodeStateAsUpdate(doc)
  const updateMessage = encodeUpdate(update)
  const notAnUpdate = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])

  it.each([
    ['an empty message', new Uint8Array()],
    ['an unknown message type', clientMessage(7)],
    ['a message type whose varint is cut off', new Uint8Array([0x80])],
    ['an unknown sync step', clientMessage(MessageType.Sync, (e) => (encoding.writeVarUint(e, 3), encoding.writeVarUint8Array(e, update)))],
    ['a sync message without its step', clientMessage(MessageType.Sync)],
    ['a sync step whose varint is cut off', new Uint8Array([MessageType.Sync, 0x81])],
    ['a sync message without its payload', clientMessage(MessageType.Sync, (e) => encoding.writeVarUint(e, 2))],
    ['a payload shorter than its declared length', updateMessage.subarray(0, updateMessage.length - 1)],
    ['trailing bytes after the message', concat(updateMessage, new Uint8Array([0]))],
    ['trailing bytes after a query for awareness', new Uint8Array([MESSAGE_QUERY_AWARENESS, 0])],
    ['a step 2 payload that is not a Yjs update', clientMessage(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, notAnUpdate))],
    ['an update payload that is not a Yjs update', encodeUpdate(notAnUpdate)],
    ['a step 1 payload that is not a state vector', clientMessage(MessageType.Sync, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, new Uint8Array([5]))))],
    ['an awareness message without its update', clientMessage(MessageType.Awareness)],
    ['an awareness update whose state is not JSON', encodeAwareness(handMadeAwarenessUpdate('{"user": {"name": "Ada"'))],
    ['an awareness update with trailing bytes inside it', encodeAwareness(handMadeAwarenessUpdate('{}', [0]))],
    ['an awareness update that promises more clients than it holds', encodeAwareness(new Uint8Array([2, 42, 1, 2, 0x7b, 0x7d]))],
  ])('refuses %s with MalformedMessageError', (_name, message) => {
    expect(() => decodeClientMessage(message)).toThrow(MalformedMessageError)
  })

  it('refuses a truncated payload even when the bytes after the message are in the same buffer', () => {
    // Socket libraries hand over views into larger buffers; the bytes past the view are not the message's.
    const buffer = concat(updateMessage, new Uint8Array(64))
    const truncated = buffer.subarray(0, updateMessage.length - 1)

    expect(() => decodeClientMessage(truncated)).toThrow(MalformedMessageError)
  })

  // Yjs's own decoder stops after the delete set; what follows must not reach the log.
  it('refuses an update payload with bytes after the Yjs update inside it', () => {
    expect(() => decodeClientMessage(encodeUpdate(concat(update, new Uint8Array([0, 0, 0]))))).toThrow(MalformedMessageError)
  })
})

describe('the server encoders write what y-protocols reads', () => {
  it("encodeSyncStep2 carries everything the client's state vector lacks", () => {
    const server = docWithText('Claim 1. A bicycle')
    const client = new Y.Doc()
    cleanups.push(() => client.destroy())
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    server.getText('t').insert(server.getText('t').length, ' comprising a frame.')

    const decoder = decoding.createDecoder(encodeSyncStep2(server, Y.encodeStateVector(client)))
    expect(decoding.readVarUint(decoder)).toBe(MessageType.Sync)
    const step = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), client, 'server')

    expect(step).toBe(syncProtocol.messageYjsSyncStep2)
    expect(client.getText('t').toString()).toBe('Claim 1. A bicycle comprising a frame.')
    expect(decoding.hasContent(decoder)).toBe(false)
  })

  it('encodeSyncStep2 for an empty state vector reproduces the whole document in an empty one', () => {
    const server = docWithText('The frame of claim 1, wherein the hinge is lockable.')
    const empty = new Y.Doc()
    cleanups.push(() => empty.destroy())

    const decoder = decoding.createDecoder(encodeSyncStep2(server, new Uint8Array([0])))
    decoding.readVarUint(decoder)
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), empty, 'server')

    expect(empty.getText('t').toString()).toBe('The frame of claim 1, wherein the hinge is lockable.')
  })

  it('encodeSyncStep1 asks y-protocols for exactly what the server lacks', () => {
    const server = docWithText('shared')
    const client = new Y.Doc()
    cleanups.push(() => client.destroy())
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    client.getText('t').insert(6, ' and more')

    const decoder = decoding.createDecoder(encodeSyncStep1(server))
    expect(decoding.readVarUint(decoder)).toBe(MessageType.Sync)
    const reply = encoding.createEncoder()
    expect(syncProtocol.readSyncMessage(decoder, reply, client, 'client')).toBe(syncProtocol.messageYjsSyncStep1)

    const replyDecoder = decoding.createDecoder(encoding.toUint8Array(reply))
    syncProtocol.readSyncMessage(replyDecoder, encoding.createEncoder(), server, 'client')
    expect(server.getText('t').toString()).toBe('shared and more')
  })

  it('encodeUpdate carries an update y-protocols applies', () => {
    const source = docWithText('comprising')
    const target = new Y.Doc()
    cleanups.push(() => target.destroy())

    const decoder = decoding.createDecoder(encodeUpdate(Y.encodeStateAsUpdate(source)))
    expect(decoding.readVarUint(decoder)).toBe(MessageType.Sync)
    const step = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), target, 'server')

    expect(step).toBe(syncProtocol.messageYjsUpdate)
    expect(target.getText('t').toString()).toBe('comprising')
  })

  it("encodeAwareness carries a client's state to another awareness", () => {
    const local = awarenessOf(docWithText(''), { user: { name: '李雷', color: '#36c' } })
    const remote = awarenessOf(docWithText(''), null)
    const update = awarenessProtocol.encodeAwarenessUpdate(local, [local.clientID])

    const decoder = decoding.createDecoder(encodeAwareness(update))
    expect(decoding.readVarUint(decoder)).toBe(MessageType.Awareness)
    awarenessProtocol.applyAwarenessUpdate(remote, decoding.readVarUint8Array(decoder), 'server')

    expect(remote.getStates().get(local.clientID)).toEqual({ user: { name: '李雷', color: '#36c' } })
    expect(decoding.hasContent(decoder)).toBe(false)
  })

  it('encodeDurable carries the state vector of the document', () => {
    const doc = docWithText('durable')

    const decoder = decoding.createDecoder(encodeDurable(doc))

    expect(decoding.readVarUint(decoder)).toBe(MessageType.Durable)
    expect(Y.decodeStateVector(decoding.readVarUint8Array(decoder))).toEqual(new Map([[doc.clientID, 'durable'.length]]))
    expect(decoding.hasContent(decoder)).toBe(false)
  })

  it('the messages the server sends to a client it also accepts from one', () => {
    const doc = docWithText('round trip')

    expect(decodeClientMessage(encodeSyncStep1(doc))).toEqual({ type: 'sync-step-1', stateVector: Y.encodeStateVector(doc) })
    const step2 = decodeClientMessage(encodeSyncStep2(doc, new Uint8Array([0])))
    expect(step2.type === 'update' && textOfUpdate(step2.update)).toBe('round trip')
  })
})
