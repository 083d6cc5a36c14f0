import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import { SqliteStore } from '../storage/SqliteStore'
import { editedDocumentState } from '../../bench/sync/benchDocuments'
import { ANSWER_FROM_STORE_MIN_BYTES, BUILD_IN_SLICES_MIN_BYTES } from './storedState'
import { SyncServer, type SyncServerOptions } from './SyncServer'
import type { SyncSocket } from './SyncSocket'
import { encodePresence } from './presence'
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from './syncMessages'

const DOC = 'document-under-test' as DocumentId

/** The socket end of a client: records what the server sends and how it closed. */
class RecordingSocket implements SyncSocket {
  readonly sent: Uint8Array[] = []
  closed: number | null = null
  send(message: Uint8Array): void {
    this.sent.push(message)
  }
  close(code: number): void {
    this.closed = code
  }
}

/** A real SQLite store whose appends wait until the test lets them through, or fail on demand. */
class GatedStore extends SqliteStore {
  appendCalls: Uint8Array[][] = []
  loads = 0
  private gate: Promise<void> | null = null
  private open: (() => void) | null = null
  failAppends = false

  constructor() {
    super(':memory:')
  }
  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve))
  }
  release(): void {
    this.open?.()
    this.gate = null
  }
  override async appendUpdates(id: DocumentId, updates: Uint8Array[]): Promise<number> {
    this.appendCalls.push(updates)
    // Decided when the append is made, as a full disk fails the transaction of that sync.
    const fails = this.failAppends
    await this.gate
    if (fails) throw new Error('disk full')
    return super.appendUpdates(id, updates)
  }
  override async loadDocumentState(id: DocumentId) {
    this.loads++
    return super.loadDocumentState(id)
  }
}

const servers: SyncServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.shutdown()
})

function setup(unloadGraceMs = 10_000, compactEvery = 1000, mendOnLoad?: SyncServerOptions['mendOnLoad']) {
  const store = new GatedStore()
  const errors: string[] = []
  const sync = new SyncServer({
    store,
    unloadGraceMs,
    compactEvery,
    guardFor: async () => () => null,
    mendOnLoad,
    onError: (_e, context) => errors.push(context) })
  servers.push(sync)
  return { store, sync, errors }
}

function clientUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

const tick = () => new Promise((resolve) => setImmediate(resolve))
const settle = async () => {
  for (let i = 0; i < 10; i++) await tick()
}
const connectionOptions = { canEdit: true, wantsDurableAcks: false }

/** A writer and a reader connected to the document, and how many messages the reader had once both had joined. */
async function writerAndReader(sync: SyncServer) {
  const writer = new RecordingSocket()
  const reader = new RecordingSocket()
  const a = sync.connect(DOC, writer, connectionOptions)
  sync.connect(DOC, reader, connectionOptions)
  await settle()
  return { a, writer, reader, before: reader.sent.length }
}

/** A client's caret as its awareness message: y-protocols' first byte for awareness is 1. */
const caret = (clientId: number, clock: number, at: number): Uint8Array =>
  encodeAwareness(encodePresence([{ clientId, clock, state: JSON.stringify({ cursor: { anchor: at, head: at } }) }]))
const kinds = (messages: Uint8Array[]) => messages.map((m) => (m[0] === 1 ? 'presence' : 'edit'))
const latin1 = (message: Uint8Array) => Buffer.from(message).toString('latin1')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The entries of a presence message: client id, clock and the state's caret anchor (null once removed). */
function presenceIn(message: Uint8Array) {
  const decoder = decoding.createDecoder(message)
  expect(decoding.readVarUint(decoder)).toBe(1)
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const entries = []
  for (let count = decoding.readVarUint(update); count > 0; count--) {
    const clientId = decoding.readVarUint(update)
    const clock = decoding.readVarUint(update)
    const state = JSON.parse(decoding.readVarString(update)) as { cursor: { anchor: number } } | null
    entries.push({ clientId, clock, anchor: state?.cursor.anchor ?? null })
  }
  return entries
}

/**
 * What a reader gets of the writer's messages: while the store holds their append, and after it
 * lets it through.
 */
async function relayedOnceStored(...messages: Uint8Array[]) {
  const { store, sync } = setup()
  const { a, reader, before } = await writerAndReader(sync)
  store.hold()
  for (const message of messages) a.receive(message)
  await settle()
  const whileHeld = reader.sent.slice(before)
  store.release()
  await settle()
  return { whileHeld, relayed: reader.sent.slice(before) }
}

describe('SyncServer presence', () => {
  it('relays a caret that came after an edit only once the edit is relayed, right after it', async () => {
    const { whileHeld, relayed } = await relayedOnceStored(encodeUpdate(clientUpdate('typed')), caret(7, 1, 5))
    // The caret points into text the reader does not have yet.
    expect(whileHeld).toEqual([])
    expect(kinds(relayed)).toEqual(['edit', 'presence'])
    expect(latin1(relayed[0]!)).toContain('typed')
  })

  it('relays a caret at once when its client has no edit on its way', async () => {
    const { whileHeld } = await relayedOnceStored(caret(7, 1, 0))
    expect(kinds(whileHeld)).toEqual(['presence'])
  })

  it('sends only the latest caret of carets that waited for the same edits', async () => {
    const { relayed } = await relayedOnceStored(
      encodeUpdate(clientUpdate('one')),
      caret(7, 1, 3),
      encodeUpdate(clientUpdate('two')),
      caret(7, 2, 6),
    )
    expect(kinds(relayed)).toEqual(['edit', 'presence'])
    expect(latin1(relayed[1]!)).toContain('"anchor":6')
  })

  it('relays presence at most every 30 ms: what changes within that leaves as one message, the latest of each client', async () => {
    const { sync } = setup()
    const { a, reader, before } = await writerAndReader(sync)
    a.receive(caret(7, 1, 0))
    a.receive(caret(7, 2, 3))
    a.receive(caret(8, 1, 4))
    // Read at once, however slow the machine: the first caret leaves during its receive, the others wait.
    expect(reader.sent.slice(before).map(presenceIn)).toEqual([[{ clientId: 7, clock: 1, anchor: 0 }]])
    await sleep(45)
    expect(reader.sent.slice(before + 1).map(presenceIn)).toEqual([
      [
        { clientId: 7, clock: 2, anchor: 3 },
        { clientId: 8, clock: 1, anchor: 4 },
      ],
    ])
  })

  it('relays a caret that waited for its edit right after it, within the presence interval too', async () => {
    const { store, sync } = setup()
    const { a, reader, before } = await writerAndReader(sync)
    a.receive(caret(7, 1, 0))
    await settle()
    store.hold()
    a.receive(encodeUpdate(clientUpdate('typed')))
    a.receive(caret(7, 2, 5))
    await settle()
    store.release()
    await settle()
    expect(kinds(reader.sent.slice(before))).toEqual(['presence', 'edit', 'presence'])
    expect(presenceIn(reader.sent.at(-1)!)).toEqual([{ clientId: 7, clock: 2, anchor: 5 }])
  })

  it('sends a joining client everyone’s presence as it stands, without those removed', async () => {
    const { sync } = setup()
    const { a } = await writerAndReader(sync)
    a.receive(caret(7, 1, 2))
    a.receive(caret(8, 1, 4))
    a.receive(encodeAwareness(encodePresence([{ clientId: 8, clock: 2, state: 'null' }])))
    await settle()
    const late = new RecordingSocket()
    sync.connect(DOC, late, connectionOptions)
    await settle()
    expect(late.sent.filter((m) => m[0] === 1).map(presenceIn)).toEqual([[{ clientId: 7, clock: 1, anchor: 2 }]])
  })

  it('drops the caret of a client that left before its edit was relayed, so that no ghost caret appears', async () => {
    const { store, sync } = setup()
    const { a, reader, before } = await writerAndReader(sync)
    store.hold()
    a.receive(encodeUpdate(clientUpdate('last words')))
    a.receive(caret(7, 1, 10))
    await settle()
    a.disconnect()
    store.release()
    await settle()
    // The edit is durable and relayed; the departed writer's caret is not.
    expect(kinds(reader.sent.slice(before))).toEqual(['edit'])
    const late = new RecordingSocket()
    sync.connect(DOC, late, connectionOptions)
    await settle()
    expect(kinds(late.sent)).not.toContain('presence')
  })
})

describe('SyncServer', () => {
  it('relays an update to others only after the store has made it durable', async () => {
    const { store, sync } = setup()
    const { a, reader, before } = await writerAndReader(sync)
    store.hold()
    a.receive(encodeUpdate(clientUpdate('hello')))
    await settle()
    expect(store.appendCalls.length).toBe(1)
    expect(reader.sent.length).toBe(before)
    store.release()
    await settle()
    expect(reader.sent.length).toBe(before + 1)
  })

  it('writes updates that arrive in one tick with one append (group commit)', async () => {
    const { store, sync } = setup()
    const a = sync.connect(DOC, new RecordingSocket(), connectionOptions)
    await settle()
    for (let i = 0; i < 20; i++) a.receive(encodeUpdate(clientUpdate(`u${i}`)))
    await settle()
    expect(store.appendCalls.map((batch) => batch.length)).toEqual([20])
  })

  it('hands a batch to the store while the previous one is still on its way to disk, and relays both as one message', async () => {
    const { store, sync } = setup()
    const { a, reader, before } = await writerAndReader(sync)
    store.hold()
    a.receive(encodeUpdate(clientUpdate('first')))
    await settle()
    a.receive(encodeUpdate(clientUpdate('second')))
    await settle()
    // The second batch did not wait for the first to be durable: it can join the next sync.
    expect(store.appendCalls).toHaveLength(2)
    expect(reader.sent.length).toBe(before)
    store.release()
    await settle()
    const relayed = reader.sent.slice(before).map((m) => Buffer.from(m).toString('latin1'))
    expect(relayed).toHaveLength(1)
    expect(relayed[0]).toContain('first')
    expect(relayed[0]).toContain('second')
  })

  it('relays the batch after a failed one, and nothing of the failed one', async () => {
    const { store, sync } = setup()
    const failing = new RecordingSocket()
    const writer = new RecordingSocket()
    const reader = new RecordingSocket()
    const a = sync.connect(DOC, failing, connectionOptions)
    const b = sync.connect(DOC, writer, connectionOptions)
    sync.connect(DOC, reader, connectionOptions)
    await settle()
    const before = reader.sent.length
    store.hold()
    store.failAppends = true
    a.receive(encodeUpdate(clientUpdate('refused')))
    await settle()
    store.failAppends = false
    b.receive(encodeUpdate(clientUpdate('stored')))
    await settle()
    store.release()
    await settle()
    expect(failing.closed).toBe(CloseCode.StorageFailed)
    expect(writer.closed).toBeNull()
    const relayed = reader.sent.slice(before).map((m) => Buffer.from(m).toString('latin1'))
    expect(relayed.some((m) => m.includes('stored'))).toBe(true)
    expect(relayed.some((m) => m.includes('refused'))).toBe(false)
  })

  it('shares one load among concurrent opens of a document', async () => {
    const { store, sync } = setup()
    for (let i = 0; i < 5; i++) sync.connect(DOC, new RecordingSocket(), connectionOptions)
    await settle()
    expect(store.loads).toBe(1)
    expect(sync.loadedDocuments).toBe(1)
  })

  it('unloads a document after the grace period and compacts its log into a snapshot', async () => {
    const { store, sync } = setup(20)
    const a = sync.connect(DOC, new RecordingSocket(), connectionOptions)
    await settle()
    a.receive(encodeUpdate(clientUpdate('kept')))
    await settle()
    a.disconnect()
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(sync.loadedDocuments).toBe(0)
    const stored = await store.loadDocumentState(DOC)
    expect(stored.updates).toEqual([])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, stored.snapshot!)
    expect(doc.getText('t').toString()).toBe('kept')
  })

  it('compacts a document whose stored log after the last snapshot is longer than compactEvery when it loads', async () => {
    const { store, sync } = setup()
    const typed = new Y.Doc()
    const updates: Uint8Array[] = []
    typed.on('update', (update: Uint8Array) => updates.push(update))
    for (let i = 0; i < 1_200; i++) typed.getText('t').insert(i, 'x')
    await store.appendUpdates(DOC, updates)
    const reader = new RecordingSocket()
    sync.connect(DOC, reader, connectionOptions)
    await settle()
    const stored = await store.loadDocumentState(DOC)
    expect(stored.updates).toEqual([])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, stored.snapshot!)
    expect(doc.getText('t').length).toBe(1_200)
  })

  it('compacts a large document on a thread: its bytes merged as it is edited, rebuilt when it unloads', async () => {
    const { store, sync, errors } = setup(20, 3)
    const large = editedDocumentState(BUILD_IN_SLICES_MIN_BYTES * 1.2)
    await store.compact(DOC, large, (await store.appendUpdates(DOC, [large])))
    const typed = new Y.Doc()
    Y.applyUpdate(typed, large)
    const edits: Uint8Array[] = []
    typed.on('update', (update: Uint8Array) => edits.push(update))
    // Typed, then deleted: text only a rebuilt snapshot leaves out.
    typed.getText('t').insert(0, 'x'.repeat(4_000))
    typed.getText('t').delete(0, 4_000)
    typed.getText('t').insert(0, 'kept')
    const writer = sync.connect(DOC, new RecordingSocket(), connectionOptions)
    for (const edit of edits) writer.receive(encodeUpdate(edit))
    const storedDocument = async () => {
      const stored = await store.loadDocumentState(DOC)
      const doc = new Y.Doc()
      for (const update of [stored.snapshot!, ...stored.updates]) Y.applyUpdate(doc, update)
      return { stored, doc }
    }
    // Three updates: one periodic compaction takes them all in, and the log is empty again.
    const compacted = async () => {
      const { stored, doc } = await storedDocument()
      return stored.updates.length === 0 && Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(typed))
    }
    await expect.poll(compacted, { timeout: 20_000 }).toBe(true)
    const merged = await storedDocument()

    writer.disconnect()
    // The room leaves the list of loaded documents first, then compacts: wait for the snapshot itself.
    const mergedBytes = merged.stored.snapshot!.byteLength
    await expect.poll(async () => (await store.loadDocumentState(DOC)).snapshot!.byteLength, { timeout: 20_000 }).toBeLessThan(mergedBytes - 3_000)
    const rebuilt = await storedDocument()
    expect(Y.equalSnapshots(Y.snapshot(rebuilt.doc), Y.snapshot(typed))).toBe(true)
    expect(rebuilt.doc.getText('t').toString()).toBe('kept')
    expect(errors).toEqual([])
  }, 60_000)

  it('keeps the document loaded when someone rejoins within the grace period', async () => {
    const { store, sync } = setup(30)
    sync.connect(DOC, new RecordingSocket(), connectionOptions).disconnect()
    await new Promise((resolve) => setTimeout(resolve, 10))
    sync.connect(DOC, new RecordingSocket(), connectionOptions)
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(sync.loadedDocuments).toBe(1)
    expect(store.loads).toBe(1)
  })

  it('closes the sender with StorageFailed when a write fails, and relays nothing of it', async () => {
    const { store, sync, errors } = setup()
    const { a, writer, reader, before } = await writerAndReader(sync)
    store.failAppends = true
    a.receive(encodeUpdate(clientUpdate('lost?')))
    await settle()
    expect(writer.closed).toBe(CloseCode.StorageFailed)
    expect(reader.sent.length).toBe(before)
    expect(reader.closed).toBeNull()
    expect(errors[0]).toMatch(/appending updates/)
  })

  it('answers a sync step 1 with only what is durable', async () => {
    const { store, sync } = setup()
    const a = sync.connect(DOC, new RecordingSocket(), connectionOptions)
    await settle()
    store.hold()
    a.receive(encodeUpdate(clientUpdate('not yet stored')))
    await settle()
    const joiner = new RecordingSocket()
    const b = sync.connect(DOC, joiner, connectionOptions)
    await settle()
    b.receive(encodeSyncStep1(new Y.Doc()))
    await settle()
    // The joiner's messages carry updates as bytes; the inserted text shows in them verbatim.
    const texts = joiner.sent.map((m) => Buffer.from(m).toString('latin1'))
    expect(texts.some((t) => t.includes('not yet stored'))).toBe(false)
    store.release()
    await settle()
    expect(joiner.sent.map((m) => Buffer.from(m).toString('latin1')).some((t) => t.includes('not yet stored'))).toBe(true)
  })

  describe('a large document opened cold', () => {
    /** A stored snapshot of a long text, and one edit logged after it (by default 'tail ' typed at its start). */
    async function storeLargeDocument(store: GatedStore, tail = clientUpdate('tail ')) {
      const typed = new Y.Doc()
      typed.getText('t').insert(0, 'x'.repeat(ANSWER_FROM_STORE_MIN_BYTES))
      await store.compact(DOC, Y.encodeStateAsUpdate(typed), 0)
      await store.appendUpdates(DOC, [tail])
    }
    const microtasks = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve()
    }
    const kindOf = (message: Uint8Array) => (message[0] === 0 ? ['step 1', 'step 2', 'update'][message[1]!] : `type ${message[0]}`)

    it('answers its first clients from the stored bytes before the room is built, and only once', async () => {
      const { store, sync } = setup()
      await storeLargeDocument(store)
      const socket = new RecordingSocket()
      const client = sync.connect(DOC, socket, connectionOptions)
      client.receive(encodeSyncStep1(new Y.Doc()))
      await microtasks()
      // No turn of the event loop yet, so no room: what was sent came from the store.
      expect(socket.sent.map(kindOf)).toEqual(['step 2', 'update'])
      await settle()
      // Then the room joins it (its own step 1) and does not answer the early step 1 again.
      expect(socket.sent.map(kindOf).filter((kind) => kind === 'step 2')).toHaveLength(1)
      expect(socket.sent.map(kindOf)).toContain('step 1')
      const doc = new Y.Doc()
      for (const message of socket.sent.filter((m) => m[0] === 0 && m[1] !== 0)) Y.applyUpdate(doc, payloadOf(message))
      expect(doc.getText('t').length).toBe(ANSWER_FROM_STORE_MIN_BYTES + 5)
      // A client joining the loaded room is answered by the room as before.
      const later = new RecordingSocket()
      sync.connect(DOC, later, connectionOptions).receive(encodeSyncStep1(new Y.Doc()))
      await settle()
      expect(later.sent.map(kindOf).filter((kind) => kind === 'step 2')).toHaveLength(1)
    })

    it('sends a client it answered from the store the change the server made to the document as it loaded', async () => {
      const mend = async () => (copy: Y.Doc) => copy.getText('mended').insert(0, 'yes')
      const { store, sync } = setup(10_000, 1000, mend)
      await storeLargeDocument(store)
      const socket = new RecordingSocket()
      sync.connect(DOC, socket, connectionOptions).receive(encodeSyncStep1(new Y.Doc()))
      await settle()
      const doc = new Y.Doc()
      for (const message of socket.sent.filter((m) => m[0] === 0 && m[1] !== 0)) Y.applyUpdate(doc, payloadOf(message))
      expect(doc.getText('mended').toString()).toBe('yes')
      expect(doc.getText('t').length).toBe(ANSWER_FROM_STORE_MIN_BYTES + 5)
      const stored = await store.loadDocumentState(DOC)
      const storedDoc = new Y.Doc()
      for (const update of [stored.snapshot!, ...stored.updates]) Y.applyUpdate(storedDoc, update)
      expect(storedDoc.getText('mended').toString()).toBe('yes')
    })

    it('sends a client that holds a copy nothing from the store: the room answers its state vector', async () => {
      const { store, sync } = setup()
      await storeLargeDocument(store)
      const socket = new RecordingSocket()
      const copy = new Y.Doc()
      copy.getText('t').insert(0, 'offline ')
      sync.connect(DOC, socket, { ...connectionOptions, holdsCopy: true }).receive(encodeSyncStep1(copy))
      await microtasks()
      expect(socket.sent).toEqual([])
      await settle()
      expect(socket.sent.map(kindOf)).toEqual(['step 1', 'step 2'])
      Y.applyUpdate(copy, payloadOf(socket.sent[1]!))
      expect(copy.getText('t').length).toBe(ANSWER_FROM_STORE_MIN_BYTES + 'tail offline '.length)
    })

    it('sends nothing of it when a stored update does not decode, and closes with LoadFailed', async () => {
      const { store, sync, errors } = setup()
      await storeLargeDocument(store, new Uint8Array([0xff, 0xff, 0xff, 0x01]))
      const socket = new RecordingSocket()
      sync.connect(DOC, socket, connectionOptions).receive(encodeSyncStep1(new Y.Doc()))
      await settle()
      expect(socket.sent).toEqual([])
      expect(socket.closed).toBe(CloseCode.LoadFailed)
      expect(errors[0]).toMatch(/loading/)
    })
  })
})

/** The update a sync message (type, step, payload) carries. */
function payloadOf(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
  return decoding.readVarUint8Array(decoder)
}
