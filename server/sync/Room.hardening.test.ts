import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocumentId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import { SqliteStore } from '../storage/SqliteStore'
import { Room, type RoomConnection } from './Room'
import { encodePresence } from './presence'
import { encodeAwareness, encodeSyncStep2Of, encodeUpdate } from './syncMessages'

const DOC = 'room-hardening' as DocumentId

function connection(userId: string): RoomConnection & { closed: number | null } {
  const conn = {
    closed: null as number | null,
    canEdit: true,
    wantsDurableAcks: false,
    participant: { userId, name: userId, role: 'agent' },
    awarenessIds: new Set<number>(),
    socket: { send: () => undefined, close: (code: number) => void (conn.closed = code) },
  }
  return conn
}

function room(maxDocumentBytes?: number): Room {
  return new Room(DOC, new Y.Doc(), { snapshot: null, updates: [], lastSeq: 0 }, new SqliteStore(':memory:'), {
    guard: () => null,
    compactEvery: 1000,
    maxDocumentBytes,
    onError: () => undefined,
  })
}

const presence = (clientId: number, clock: number, state: unknown): Uint8Array =>
  encodeAwareness(encodePresence([{ clientId, clock, state: JSON.stringify(state) }]))

function textUpdate(size: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'x'.repeat(size))
  return encodeUpdate(Y.encodeStateAsUpdate(doc))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('Room limits', () => {
  it('closes a writer with 4413 when an update would grow the document past its cap', () => {
    const r = room(10_000)
    const writer = connection('u1')
    r.join(writer)
    r.receive(writer, textUpdate(6_000))
    expect(writer.closed).toBeNull()
    r.receive(writer, textUpdate(6_000))
    expect(writer.closed).toBe(CloseCode.TooLarge)
  })

  it('forgets the awareness clocks of visitors a minute after they left, so a long-lived room does not grow', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const r = room()
    // The server's own (empty) presence.
    const own = r.awareness.meta.size
    for (let i = 1; i <= 200; i++) {
      const visitor = connection(`visitor-${i}`)
      r.join(visitor)
      r.receive(visitor, presence(10_000 + i, 1, { user: { name: 'v' } }))
      r.leave(visitor)
    }
    expect(r.awareness.meta.size).toBe(own + 200)
    vi.setSystemTime(Date.now() + 61_000)
    const last = connection('last')
    r.join(last)
    r.leave(last)
    expect(r.awareness.meta.size).toBe(own)
  })

  it('does not let another user bring back a departed visitor’s state by echoing it', () => {
    const r = room()
    const visitor = connection('visitor')
    const other = connection('other')
    r.join(visitor)
    r.join(other)
    r.receive(visitor, presence(4242, 1, { user: { name: 'v' } }))
    r.leave(visitor)
    r.receive(other, presence(4242, 1, { user: { name: 'v' } }))
    expect(r.awareness.getStates().has(4242)).toBe(false)
    expect(other.closed).toBeNull()
  })
  it('sends the others at most one presence message per 30 ms however fast a client moves its caret', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
    const r = room()
    const mover = connection('mover')
    const sent: Uint8Array[] = []
    const reader = { ...connection('reader'), socket: { send: (m: Uint8Array) => void sent.push(m), close: () => undefined } }
    r.join(mover)
    r.join(reader)
    sent.length = 0
    for (let clock = 1; clock <= 1000; clock++) r.receive(mover, presence(42, clock, { cursor: clock }))
    vi.advanceTimersByTime(29)
    expect(sent).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(sent).toHaveLength(2)
    // Only the last of the 999 waiting states went out.
    expect(Buffer.from(sent[1]!).toString('latin1')).toContain('"cursor":1000')
    r.destroy()
  })
})

/** The document update inside a sync step 2 message. */
function updateOf(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  return decoding.readVarUint8Array(decoder)
}

describe('Room joins', () => {
  it('answers clients with nothing with the same encoded document until it changes, and then with the change', async () => {
    const r = room()
    const writer = connection('writer')
    r.join(writer)
    r.receive(writer, textUpdate(1_000))
    await r.whenIdle()
    const sent: Uint8Array[] = []
    const joiner = { ...connection('joiner'), socket: { send: (m: Uint8Array) => void sent.push(m), close: () => undefined } }
    // A sync step 1 with an empty state vector: type 0, step 0, a one-byte vector of no clients.
    const emptyStep1 = new Uint8Array([0, 0, 1, 0])
    r.receive(joiner, emptyStep1)
    r.receive(joiner, emptyStep1)
    expect(sent[1]).toBe(sent[0])
    r.receive(writer, textUpdate(10))
    await r.whenIdle()
    r.receive(joiner, emptyStep1)
    expect(sent[2]).not.toBe(sent[0])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, updateOf(sent[2]!))
    expect(doc.getText('t').length).toBe(1_010)
  })
})

describe('Room writes', () => {
  it('neither stores nor relays an update that changes nothing (a joining client’s empty reply)', async () => {
    const store = new SqliteStore(':memory:')
    const appended: number[] = []
    const counting = Object.assign(Object.create(store) as SqliteStore, {
      appendUpdates: (id: DocumentId, updates: Uint8Array[]) => (appended.push(updates.length), store.appendUpdates(id, updates)),
    })
    const r = new Room(DOC, new Y.Doc(), { snapshot: null, updates: [], lastSeq: 0 }, counting, { guard: () => null, compactEvery: 1000, onError: () => undefined })
    const joiner = connection('joiner')
    const other = { ...connection('other'), socket: { send: (m: Uint8Array) => void relayed.push(m), close: () => undefined } }
    const relayed: Uint8Array[] = []
    r.join(joiner)
    r.join(other)
    relayed.length = 0
    // What a y-websocket client sends when the server's state vector leaves it nothing to add.
    const emptyUpdate = Y.encodeStateAsUpdate(new Y.Doc())
    r.receive(joiner, encodeUpdate(emptyUpdate))
    await r.whenIdle()
    expect(appended).toEqual([])
    expect(relayed).toEqual([])
    expect(joiner.closed).toBeNull()

    r.receive(joiner, textUpdate(5))
    await r.whenIdle()
    expect(appended).toEqual([1])
    expect(relayed).toHaveLength(1)
  })
})

describe('Room batches on their way to the store', () => {
  it('keeps every edit, in order, across compactions made while later batches are still being written', async () => {
    const store = new SqliteStore(':memory:')
    // Each append takes a few milliseconds, as an fdatasync does: the room queues the next batches meanwhile.
    const slow = Object.assign(Object.create(store) as SqliteStore, {
      appendUpdates: async (id: DocumentId, updates: Uint8Array[]) => {
        await new Promise((resolve) => setTimeout(resolve, 3))
        return store.appendUpdates(id, updates)
      },
    })
    const errors: unknown[] = []
    const r = new Room(DOC, new Y.Doc(), { snapshot: null, updates: [], lastSeq: 0 }, slow, {
      guard: () => null,
      compactEvery: 4,
      onError: (error) => errors.push(error),
    })
    const writer = connection('writer')
    r.join(writer)
    const typed = new Y.Doc()
    const edits: Uint8Array[] = []
    typed.on('update', (update: Uint8Array) => edits.push(update))
    for (let i = 0; i < 30; i++) {
      typed.getText('t').insert(i, String(i % 10))
      r.receive(writer, encodeUpdate(edits[i]!))
      if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    await r.whenIdle()
    const stored = await store.loadDocumentState(DOC)
    const reloaded = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(reloaded, update)
    const expected = typed.getText('t').toString()
    expect(errors).toEqual([])
    expect(r.doc.getText('t').toString()).toBe(expected)
    expect(reloaded.getText('t').toString()).toBe(expected)
    expect(stored.snapshot).not.toBeNull()
    expect(writer.closed).toBeNull()
  })
})

describe('Room durable acks', () => {
  it('tells the senders of a stored batch that it is durable, not every connection', async () => {
    const r = room()
    const received = new Map<string, number[]>()
    const acking = (userId: string) => {
      const types: number[] = []
      received.set(userId, types)
      return { ...connection(userId), wantsDurableAcks: true, socket: { send: (m: Uint8Array) => void types.push(m[0]!), close: () => undefined } }
    }
    const writer = acking('writer')
    const reader = acking('reader')
    r.join(writer)
    r.join(reader)
    for (const types of received.values()) types.length = 0
    r.receive(writer, textUpdate(3))
    await r.whenIdle()
    const durable = 100
    expect(received.get('writer')).toEqual([durable])
    // The reader gets the edit itself (a sync message), which is durable by then.
    expect(received.get('reader')).toEqual([0])
  })
})

describe('Room: the whole document for a client with nothing', () => {
  const DOC_OPTIONS = { guard: () => null, compactEvery: 1000, onError: () => undefined }
  const storedRoom = (stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }, wholeDocument?: Uint8Array[]) => {
    const doc = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    return new Room(DOC, doc, { ...stored, lastSeq: stored.updates.length, wholeDocument }, new SqliteStore(':memory:'), DOC_OPTIONS)
  }
  /** What a client that joins with nothing is sent in answer to its empty state vector. */
  const answerToNothing = (r: Room, name: string): Uint8Array[] => {
    const sent: Uint8Array[] = []
    const joiner = { ...connection(name), socket: { send: (m: Uint8Array) => void sent.push(m), close: () => undefined } }
    r.join(joiner)
    sent.length = 0
    r.receive(joiner, new Uint8Array([0, 0, 1, 0]))
    return sent
  }
  const documentOf = (messages: Uint8Array[]): Y.Doc => {
    const doc = new Y.Doc()
    for (const message of messages) Y.applyUpdate(doc, updateOf(message))
    return doc
  }

  it('is the stored snapshot as it is, when no update follows it', () => {
    const source = new Y.Doc()
    source.getText('t').insert(0, 'stored before the server started')
    const snapshot = Y.encodeStateAsUpdate(source)
    const sent = answerToNothing(storedRoom({ snapshot, updates: [] }), 'joiner')
    expect(sent).toHaveLength(1)
    expect(updateOf(sent[0]!)).toEqual(snapshot)
    expect(documentOf(sent).getText('t').toString()).toBe('stored before the server started')
  })

  it('is the answer the clients who opened it cold were sent from the store, the same bytes, until the document changes', () => {
    const answer = [encodeSyncStep2Of(Y.encodeStateAsUpdate(new Y.Doc()))]
    const r = storedRoom({ snapshot: Y.encodeStateAsUpdate(new Y.Doc()), updates: [] }, answer)
    const sent = answerToNothing(r, 'joiner')
    expect(sent[0]).toBe(answer[0])
  })

  it('is the snapshot, then the updates applied since merged into one: the room’s document, without encoding it', async () => {
    const source = new Y.Doc()
    source.getText('t').insert(0, 'snapshot')
    const snapshot = Y.encodeStateAsUpdate(source)
    const before = Y.encodeStateVector(source)
    source.getText('t').insert(8, ', logged')
    const r = storedRoom({ snapshot, updates: [Y.encodeStateAsUpdate(source, before)] })
    const writer = connection('writer')
    r.join(writer)
    const edit = new Y.Doc()
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(r.doc))
    const editBefore = Y.encodeStateVector(edit)
    edit.getText('t').insert(0, 'typed: ')
    r.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(edit, editBefore)))
    await r.whenIdle()

    const sent = answerToNothing(r, 'joiner')

    expect(sent).toHaveLength(2)
    expect(updateOf(sent[0]!)).toEqual(snapshot)
    expect(documentOf(sent).getText('t').toString()).toBe('typed: snapshot, logged')
    expect(Y.equalSnapshots(Y.snapshot(documentOf(sent)), Y.snapshot(r.doc))).toBe(true)
  })

  it('is the new snapshot alone once the room has compacted', async () => {
    const source = new Y.Doc()
    source.getText('t').insert(0, 'logged only')
    const r = storedRoom({ snapshot: null, updates: [Y.encodeStateAsUpdate(source)] })
    expect(documentOf(answerToNothing(r, 'before')).getText('t').toString()).toBe('logged only')
    await r.compact()
    const sent = answerToNothing(r, 'after')
    expect(sent).toHaveLength(1)
    expect(updateOf(sent[0]!)).toEqual(Y.encodeStateAsUpdate(r.doc))
  })
})
