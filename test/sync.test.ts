import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../shared/sync/closeCodes'
import { MAX_SYNC_MESSAGE_BYTES } from '../shared/sync/protocol'
import { addToTeam, createDocument, createMatter, createUser, type TestUser } from './support/factories'
import type { DocumentId } from '../shared/domain/ids'
import {
  appendParagraph,
  connectClient,
  editStoredDocument,
  eventually,
  followDurable,
  storedDocument,
  whenDurable,
  whenSynced,
  type SyncClient,
} from './support/syncClient'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let agent: TestUser
let documentId: string
const clients: SyncClient[] = []

const connect = (token = agent.token, id = documentId, params: Record<string, string> = {}) => {
  const client = connectClient(server.url, id, token, params)
  clients.push(client)
  return client
}

/** Opens a raw socket, as a misbehaving client would. */
function rawSocket(id = documentId, token = agent.token): Promise<WebSocket> {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${id}?token=${token}`)
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

const closeCodeOf = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(() => server.dispose())

async function newDocument(): Promise<string> {
  const matter = await createMatter(server.url, agent)
  return (await createDocument(server.url, agent, matter.id)).id
}

describe('sync', () => {
  beforeAll(async () => {
    documentId = await newDocument()
  })

  it('makes two editors converge on the same text', async () => {
    const a = connect()
    const b = connect()
    await Promise.all([whenSynced(a), whenSynced(b)])
    appendParagraph(a.doc, 'from A')
    appendParagraph(b.doc, 'from B')
    await eventually(() => a.text() === b.text() && a.text().includes('from A') && a.text().includes('from B'), 'convergence')
  })

  it('gives a late joiner the full state, including the initial content', async () => {
    const id = await newDocument()
    const a = connect(agent.token, id)
    await whenSynced(a)
    appendParagraph(a.doc, 'written before the late joiner came')
    await eventually(() => server.sync.loadedDocuments > 0, 'room loaded')
    const late = connect(agent.token, id)
    await whenSynced(late)
    await eventually(() => late.text().includes('written before the late joiner came'), 'late joiner state')
    expect(late.text()).toContain('Test matter')
  })

  it('refuses a socket without a token (401) or for a document outside the workspace (404)', async () => {
    const outsider = await createUser(server.url, server.store, { role: 'agent' })
    const statusOf = (url: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(url)
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
        socket.once('open', () => resolve(101))
      })
    const base = `${server.url.replace('http', 'ws')}/sync/${documentId}`
    expect(await statusOf(base)).toBe(401)
    expect(await statusOf(`${base}?token=not-a-token`)).toBe(401)
    expect(await statusOf(`${base}?token=${outsider.token}`)).toBe(404)
    expect(await statusOf(`${base}?token=${agent.token}`)).toBe(101)
    // Without an upgrade the endpoint says what it is, rather than answering with the web app's page.
    const plain = await fetch(`${server.url}/sync/${documentId}?token=${agent.token}`)
    expect(plain.status).toBe(426)
    expect(((await plain.json()) as { error: { code: string } }).error.code).toBe('upgrade_required')
  })

  it('closes a malformed message’s connection with 4400 while the document and other connections carry on', async () => {
    const a = connect()
    await whenSynced(a)
    for (const garbage of [
      new Uint8Array([0, 2, 200]), // truncated update
      new Uint8Array([0, 1, 5, 1, 2, 3, 4, 99]), // an update that is no Yjs update
      new Uint8Array([42]), // unknown message type
      new Uint8Array([0, 0, 1, 0, 7]), // trailing bytes
    ]) {
      const bad = await rawSocket()
      const closed = closeCodeOf(bad)
      bad.send(garbage)
      expect(await closed).toBe(CloseCode.MalformedMessage)
    }
    const text = await rawSocket()
    const textClosed = closeCodeOf(text)
    text.send('hello')
    expect(await textClosed).toBe(CloseCode.MalformedMessage)

    appendParagraph(a.doc, 'still editing after the bad clients')
    const b = connect()
    await whenSynced(b)
    await eventually(() => b.text().includes('still editing after the bad clients'), 'document carries on')
  })

  it('closes an oversized message’s connection with 1009', async () => {
    const bad = await rawSocket()
    const closed = closeCodeOf(bad)
    bad.send(new Uint8Array(MAX_SYNC_MESSAGE_BYTES + 1))
    expect(await closed).toBe(CloseCode.MessageTooBig)
  })

  it('never applies, stores or relays updates from a read-only reviewer, but shows their presence', async () => {
    const id = await newDocument()
    const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
    await addToTeam(server.store, (await server.store.findDocument(id as DocumentId))!.matterId, reviewer, 'reviewer')
    const writer = connect(agent.token, id)
    const reader = connect(reviewer.token, id)
    await Promise.all([whenSynced(writer), whenSynced(reader)])
    reader.provider.awareness.setLocalStateField('user', { name: 'Reviewer', color: '#000' })
    appendParagraph(reader.doc, 'reviewer tried to edit')
    await eventually(
      // The server names the reviewer from the session, whatever the client claims.
      () => [...writer.provider.awareness.getStates().values()].some((s) => s.user?.userId === reviewer.id && s.user?.name !== 'Reviewer'),
      'reviewer presence',
    )
    appendParagraph(writer.doc, 'agent edit')
    await eventually(() => reader.text().includes('agent edit'), 'reader receives edits')
    const fresh = connect(agent.token, id)
    await whenSynced(fresh)
    await eventually(() => fresh.text().includes('agent edit'), 'fresh client')
    expect(fresh.text()).not.toContain('reviewer tried to edit')
    expect(writer.text()).not.toContain('reviewer tried to edit')
  })

  it('tells clients that asked for acks what is durable', async () => {
    const id = await newDocument()
    const client = connect(agent.token, id, { acks: '1' })
    const durable = followDurable(client)
    await whenSynced(client)
    appendParagraph(client.doc, 'durable?')
    const clock = Y.getState(client.doc.store, client.doc.clientID)
    await whenDurable(client, durable)
    const replay = await storedDocument(server.store, id as DocumentId)
    expect(Y.getState(replay.store, client.doc.clientID)).toBeGreaterThanOrEqual(clock)
  })

  /** A document of 80,000 characters more than its template, compacted as a long-edited one is, that nobody has open. */
  async function largeColdDocument(): Promise<DocumentId> {
    const id = (await newDocument()) as DocumentId
    await editStoredDocument(server.store, id, (doc) => appendParagraph(doc, '长'.repeat(80_000)))
    return id
  }

  /** The sync step (0 step 1, 1 step 2) of the first message a raw socket gets after sending an empty step 1. */
  async function firstSyncStep(id: DocumentId, query = ''): Promise<number> {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${id}?token=${agent.token}${query}`)
    const first = new Promise<Buffer>((resolve) => socket.once('message', resolve))
    const step1 = encoding.createEncoder()
    encoding.writeVarUint(step1, 0)
    encoding.writeVarUint(step1, 0)
    encoding.writeVarUint8Array(step1, Y.encodeStateVector(new Y.Doc()))
    socket.once('open', () => socket.send(encoding.toUint8Array(step1)))
    const message = await first
    socket.close()
    expect(message[0]).toBe(0)
    return message[1]!
  }

  it('opens a large document nobody has open from its stored bytes, then edits it like any other', async () => {
    const id = await largeColdDocument()
    // Sync step 2 before the server's own step 1: the stored bytes, sent before the document was
    // built (a loaded room sends its step 1 first).
    expect(await firstSyncStep(id)).toBe(1)

    const editor = connect(agent.token, id, { acks: '1' })
    const durable = followDurable(editor)
    await whenSynced(editor)
    expect(editor.text()).toContain('长'.repeat(80_000))
    appendParagraph(editor.doc, 'after a cold open')
    await whenDurable(editor, durable)
    const reader = connect(agent.token, id)
    await whenSynced(reader)
    await eventually(() => reader.text().includes('after a cold open'), 'reader gets the edit')
    expect(reader.text()).toBe(editor.text())
  })

  it('answers a client that holds a copy (copy=1) by its state vector, never with the whole stored document first', async () => {
    const id = await largeColdDocument()
    expect(await firstSyncStep(id, '&copy=1')).toBe(0)
  })

  it('sends nothing of Claimroom’s own message types to plain y-websocket clients', async () => {
    const id = await newDocument()
    // Listen before the socket opens: the server's first message may arrive with the upgrade.
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${id}?token=${agent.token}`)
    const types: number[] = []
    socket.on('message', (data: Buffer) => types.push(data[0]!))
    await new Promise((resolve) => socket.once('open', resolve))
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()))
    socket.send(encoding.toUint8Array(encoder))
    await eventually(() => types.length >= 2, `sync replies, got ${JSON.stringify(types)}`)
    expect(types.every((t) => t === 0 || t === 1)).toBe(true)
    socket.close()
  })
})
