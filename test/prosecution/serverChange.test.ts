import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentId } from '../../shared/domain/ids'
import { SqliteStore } from '../../server/storage/SqliteStore'
import { SyncServer } from '../../server/sync/SyncServer'
import type { SyncSocket } from '../../server/sync/SyncSocket'
import { encodeUpdate } from '../../server/sync/syncMessages'

const DOC = 'restored-document' as DocumentId

/** A real SQLite store in memory whose appends fail while the test says so (a full disk). */
class FlakyStore extends SqliteStore {
  failAppends = false
  constructor() {
    super(':memory:')
  }
  override async appendUpdates(id: DocumentId, updates: Uint8Array[]): Promise<number> {
    if (this.failAppends) throw new Error('disk full')
    return super.appendUpdates(id, updates)
  }
}

class RecordingSocket implements SyncSocket {
  readonly sent: Uint8Array[] = []
  send(message: Uint8Array): void {
    this.sent.push(message)
  }
  close(): void {}
}

const servers: SyncServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.shutdown()
})

function setup() {
  const store = new FlakyStore()
  const sync = new SyncServer({ store, unloadGraceMs: 10_000, compactEvery: 1000, guardFor: async () => () => null, onError: () => undefined })
  servers.push(sync)
  return { store, sync }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('a change the server makes to a document', () => {
  it('is stored, then sent to every open socket', async () => {
    const { store, sync } = setup()
    const socket = new RecordingSocket()
    sync.connect(DOC, socket, { canEdit: false, wantsDurableAcks: false })
    await settle()
    const before = socket.sent.length
    await sync.applyServerChange(DOC, (doc) => doc.getText('t').insert(0, 'restored'))
    expect(socket.sent.length).toBe(before + 1)
    const stored = await store.loadDocumentState(DOC)
    const doc = new Y.Doc()
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    expect(doc.getText('t').toString()).toBe('restored')
  })

  it('is computed against every edit received before it, stored or not yet, and returns what the change made of that state', async () => {
    const { sync } = setup()
    const typist = sync.connect(DOC, new RecordingSocket(), { canEdit: true, wantsDurableAcks: false })
    await settle()
    const edit = new Y.Doc()
    edit.getText('t').insert(0, 'typed just before')
    // Still on its way to disk when the server's change begins: a backup taken from the copy must hold it.
    typist.receive(encodeUpdate(Y.encodeStateAsUpdate(edit)))
    const seen = await sync.applyServerChange(DOC, (doc) => {
      const before = doc.getText('t').toString()
      doc.getText('t').delete(0, before.length)
      return before
    })
    expect(seen).toBe('typed just before')
    expect((await sync.currentState(DOC)).getText('t').toString()).toBe('')
  })

  it('fails, and reaches nobody, when it cannot be stored', async () => {
    const { store, sync } = setup()
    const socket = new RecordingSocket()
    sync.connect(DOC, socket, { canEdit: false, wantsDurableAcks: false })
    await settle()
    const before = socket.sent.length
    store.failAppends = true
    await expect(sync.applyServerChange(DOC, (doc) => doc.getText('t').insert(0, 'lost'))).rejects.toThrow(/could not be stored/)
    expect(socket.sent.length).toBe(before)
    expect((await sync.currentState(DOC)).getText('t').toString()).toBe('')
  })
})
