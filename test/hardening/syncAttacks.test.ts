import * as Y from 'yjs'
import WebSocket from 'ws'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { CloseCode } from '../../shared/sync/closeCodes'
import { MAX_UPDATE_BYTES } from '../../shared/sync/protocol'
import { encodePresence } from '../../server/sync/presence'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2Of, encodeUpdate } from '../../server/sync/syncMessages'
import { addToTeam, createDocument, createMatter, createUser, request, type TestUser } from '../support/factories'
import { appendParagraph, bodyText, bodyTexts, connectClient, eventually, nextClose, whenSynced, type SyncClient } from '../support/syncClient'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let agent: TestUser
let reviewer: TestUser
const clients: SyncClient[] = []
const sockets: WebSocket[] = []

beforeAll(async () => {
  server = await startTestServer({ maxSocketsPerUser: 4 })
  agent = await createUser(server.url, server.store, { role: 'agent' })
  reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
  for (const socket of sockets.splice(0)) socket.terminate()
})
afterAll(() => server.dispose())

/** A claim set on a new matter whose team has the agent and the reviewer. */
async function newDocument(): Promise<string> {
  const matter = await createMatter(server.url, agent)
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  return (await createDocument(server.url, agent, matter.id)).id
}

const connect = (id: string, user: TestUser = agent) => {
  const client = connectClient(server.url, id, user.token)
  clients.push(client)
  return client
}

function rawSocket(id: string, user: TestUser, headers: Record<string, string> = {}): WebSocket {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${id}?token=${user.token}`, { headers })
  socket.on('error', () => undefined)
  sockets.push(socket)
  return socket
}

const opened = (socket: WebSocket) => new Promise<void>((resolve, reject) => {
  socket.once('open', () => resolve())
  socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)))
})
const closeOf = (socket: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })))

const awarenessMessage = (entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array =>
  encodeAwareness(encodePresence(entries.map((e) => ({ ...e, state: JSON.stringify(e.state) }))))

describe('a client that stops reading', () => {
  it('is closed with 4408 once a few MB wait for it, and the server does not grow with its requests', async () => {
    const id = await newDocument()
    const writer = connect(id)
    await whenSynced(writer)
    // About 1 MB of text, as a long description would be.
    appendParagraph(writer.doc, 'x'.repeat(1024 * 1024))
    // Stored and in the room: every answer to the stalled reader now carries the megabyte.
    for (let stored = false; !stored; ) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      stored = (await server.sync.currentState(id as never)).getXmlFragment(BODY_FIELD).toString().length > 1024 * 1024
    }
    const stalled = rawSocket(id, reviewer)
    await opened(stalled)
    const socket = (stalled as unknown as { _socket: import('node:net').Socket })._socket
    socket.pause()
    const closed = closeOf(stalled)
    const before = process.memoryUsage().rss
    const request = encodeSyncStep1(new Y.Doc())
    for (let i = 0; i < 400; i++) stalled.send(request)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const grown = process.memoryUsage().rss - before
    // 400 answers of ~1 MB would be 400 MB; the bound is MAX_BUFFERED_BYTES plus the kernel's buffers.
    expect(grown).toBeLessThan(150 * 1024 * 1024)
    socket.resume()
    expect((await closed).code).toBe(CloseCode.TooSlow)
  })
})

describe('a document larger than the send limit', () => {
  it('is sent whole to a joining client, and the edits after it are too', async () => {
    const id = await newDocument()
    // 6 MB of text, written by the server (a client's single update may not pass 4 MiB).
    await server.sync.applyServerChange(id as never, (doc) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('y'.repeat(6 * 1024 * 1024))])
      const body = doc.getXmlFragment(BODY_FIELD)
      const claims = body.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === 'section') as Y.XmlElement
      claims.insert(claims.length, [paragraph])
    })
    const joiner = connect(id)
    const writer = connect(id)
    await Promise.all([whenSynced(joiner), whenSynced(writer)])
    appendParagraph(writer.doc, 'after the big document')
    await eventually(() => joiner.text().includes('after the big document'), 'the edit reaches the joiner', 20_000)
    expect(joiner.text().length).toBeGreaterThan(6 * 1024 * 1024)
  }, 60_000)
})

describe('sockets per user', () => {
  it('closes the socket past CLAIMROOM_MAX_SOCKETS_PER_USER with 4429 and allows one again after another closes', async () => {
    const id = await newDocument()
    const held = Array.from({ length: 4 }, () => rawSocket(id, agent))
    await Promise.all(held.map(opened))
    const extra = rawSocket(id, agent)
    expect((await closeOf(extra)).code).toBe(CloseCode.TooManySockets)
    const first = held[0]!
    const firstClosed = closeOf(first)
    first.close()
    await firstClosed
    const again = rawSocket(id, agent)
    await opened(again)
    const stillOpen = await Promise.race([closeOf(again).then(() => false), new Promise((r) => setTimeout(() => r(true), 300))])
    expect(stillOpen).toBe(true)
  })
})

describe('updates', () => {
  it('drops a read-only reviewer’s updates without decoding them', async () => {
    const id = await newDocument()
    const socket = rawSocket(id, reviewer)
    await opened(socket)
    // Garbage that a decoder would refuse with 4400: dropped unread, the connection stays.
    const junk = encodeUpdate(new Uint8Array(3 * 1024 * 1024).fill(0xff))
    for (let i = 0; i < 3; i++) socket.send(junk)
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    const stillOpen = await Promise.race([closeOf(socket).then(() => false), new Promise((r) => setTimeout(() => r(true), 300))])
    expect(stillOpen).toBe(true)
  })

  it('closes an editor’s update over MAX_UPDATE_BYTES with 4413', async () => {
    const id = await newDocument()
    const socket = rawSocket(id, agent)
    await opened(socket)
    const closed = closeOf(socket)
    socket.send(encodeUpdate(new Uint8Array(MAX_UPDATE_BYTES + 1)))
    expect(await closed).toEqual({ code: CloseCode.TooLarge, reason: 'update too large' })
  })

  it('refuses a Y.Array of plain values in the body with 4422, and the document stays readable', async () => {
    const id = await newDocument()
    const socket = rawSocket(id, agent)
    await opened(socket)
    const closed = closeOf(socket)
    const doc = new Y.Doc()
    doc.getArray(BODY_FIELD).push([1, 'two', { three: 3 }])
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)))
    expect((await closed).code).toBe(CloseCode.SchemaViolation)
    const findings = await request(server.url, 'GET', `/api/documents/${id}/findings`, { token: agent.token })
    expect(findings.status).toBe(200)
  })

  it('refuses plain values pushed after an existing paragraph (placed by a neighbour, not a parent)', async () => {
    const id = await newDocument()
    const editor = connect(id)
    await whenSynced(editor)
    const attacker = connect(id)
    await whenSynced(attacker)
    const closed = nextClose(attacker)
    // Typed as the body's own type, so Yjs encodes the new item by its left neighbour only.
    const body = attacker.doc.getXmlFragment(BODY_FIELD)
    const sneaky = new Y.Doc()
    Y.applyUpdate(sneaky, Y.encodeStateAsUpdate(attacker.doc))
    const before = Y.encodeStateVector(sneaky)
    ;(sneaky.getXmlFragment(BODY_FIELD) as unknown as Y.Array<unknown>).insert(body.length, [{ poisoned: true }] as never)
    attacker.provider.ws!.send(encodeUpdate(Y.encodeStateAsUpdate(sneaky, before)))
    expect(await closed).toBe(CloseCode.SchemaViolation)
    const findings = await request(server.url, 'GET', `/api/documents/${id}/findings`, { token: agent.token })
    expect(findings.status).toBe(200)
  })
})

describe('a client reconnecting with edits the server has not seen', () => {
  /** Edits made offline on a synced copy: the first, and the second that builds on it. */
  async function offlineEdits(id: string) {
    const editor = connect(id)
    await whenSynced(editor)
    editor.provider.disconnect()
    const updates: Uint8Array[] = []
    editor.doc.on('update', (update: Uint8Array) => updates.push(update))
    appendParagraph(editor.doc, '离线第一句')
    const typed = bodyTexts(editor.doc).find((text) => text.toString() === '离线第一句')!
    typed.insert(5, '，接着打字')
    return { first: updates[0]!, second: updates[1]! }
  }

  it('keeps an edit typed before it answered the server’s sync step 1, and takes it once the answer brings what it builds on', async () => {
    const id = await newDocument()
    const { first, second } = await offlineEdits(id)
    const socket = rawSocket(id, agent)
    await opened(socket)
    let closed: number | null = null
    socket.on('close', (code) => (closed = code))
    // Typing goes out at once; the answer to the server's step 1 (all the client has) comes after.
    socket.send(encodeUpdate(second))
    socket.send(encodeSyncStep2Of(first))
    const reader = connect(id)
    await whenSynced(reader)
    await eventually(() => bodyText(reader.doc).includes('离线第一句，接着打字'), 'both offline edits stored and relayed')
    expect(closed).toBeNull()
  })

  it('still refuses with 4422 an edit whose content never comes, once the client has answered', async () => {
    const id = await newDocument()
    const { second } = await offlineEdits(id)
    const socket = rawSocket(id, agent)
    await opened(socket)
    const closed = closeOf(socket)
    socket.send(encodeSyncStep2Of(Y.encodeStateAsUpdate(new Y.Doc())))
    socket.send(encodeUpdate(second))
    expect((await closed).code).toBe(CloseCode.SchemaViolation)
  })
})

describe('structure', () => {
  /** Sends an edit made on a copy of the editor's document by `change`, as a crafted client would. */
  async function craftedEdit(id: string, change: (body: Y.XmlFragment) => void): Promise<number> {
    const attacker = connect(id)
    await whenSynced(attacker)
    const closed = nextClose(attacker)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(attacker.doc))
    const before = Y.encodeStateVector(copy)
    change(copy.getXmlFragment(BODY_FIELD))
    attacker.provider.ws!.send(encodeUpdate(Y.encodeStateAsUpdate(copy, before)))
    return closed
  }
  const readable = async (id: string) => {
    for (const path of ['findings', 'checklist', 'approvals', 'layout']) {
      expect((await request(server.url, 'GET', `/api/documents/${id}/${path}`, { token: agent.token })).status, path).toBe(200)
    }
  }

  it('refuses text loose in the body with 4422, and every reader of the document still works', async () => {
    const id = await newDocument()
    expect(await craftedEdit(id, (body) => body.insert(0, [new Y.XmlText('LOOSE')]))).toBe(CloseCode.SchemaViolation)
    await readable(id)
    expect((await request(server.url, 'GET', '/api/dashboard', { token: agent.token })).status).not.toBe(500)
  })

  it('refuses a claim list inside a claim, and an attribute holding an object', async () => {
    const id = await newDocument()
    const claimOf = (body: Y.XmlFragment) => {
      const list = body.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === 'claimList') as Y.XmlElement
      return list.toArray()[0] as Y.XmlElement
    }
    expect(await craftedEdit(id, (body) => claimOf(body).insert(0, [new Y.XmlElement('claimList')]))).toBe(CloseCode.SchemaViolation)
    expect(await craftedEdit(id, (body) => claimOf(body).setAttribute('id', { nested: true } as unknown as string))).toBe(CloseCode.SchemaViolation)
    await readable(id)
  })
})

describe('presence', () => {
  it('keeps each connection to its own awareness ids, drops ghosts, and stamps the real name, role and a safe colour', async () => {
    const id = await newDocument()
    const victim = connect(id)
    const observer = connect(id, reviewer)
    await Promise.all([whenSynced(victim), whenSynced(observer)])
    victim.provider.awareness.setLocalStateField('user', { name: 'Victim', color: '#112233' })
    await eventually(() => observer.provider.awareness.getStates().get(victim.doc.clientID)?.user?.color === '#112233', 'victim seen')

    const forger = rawSocket(id, reviewer)
    await opened(forger)
    const ghosts = Array.from({ length: 20_000 }, (_, i) => ({ clientId: 900_000 + i, clock: 1, state: { user: { name: 'ghost' } } }))
    forger.send(awarenessMessage([
      { clientId: victim.doc.clientID, clock: 999, state: { user: { name: 'Forged', color: '#ff0000' } } },
      { clientId: 777, clock: 1, state: { user: { name: 'Admin', color: 'url(http://evil.example/x)' } } },
      ...ghosts,
    ]))
    await eventually(() => observer.provider.awareness.getStates().has(777), 'forger’s own state seen')
    const states = observer.provider.awareness.getStates()
    expect(states.get(victim.doc.clientID)?.user?.name).not.toBe('Forged')
    expect(victim.provider.awareness.getLocalState()?.user?.name).not.toBe('Forged')
    const forged = states.get(777)!.user
    expect(forged.color).toBe('#888888')
    expect(forged.name).not.toBe('Admin')
    expect(forged.userId).toBe(reviewer.id)
    expect(forged.role).toBe('reviewer')
    expect([...states.keys()].filter((key) => key >= 900_000 && key < 920_000).length).toBeLessThanOrEqual(3)
  })
})

describe('origin', () => {
  const cookie = () => `claimroom_session=${agent.token}`

  it('refuses a cookie-authenticated socket from another origin with 403, and accepts our own', async () => {
    const id = await newDocument()
    const url = `${server.url.replace('http', 'ws')}/sync/${id}`
    const foreign = new WebSocket(url, { headers: { cookie: cookie(), origin: 'http://127.0.0.1:1' } })
    foreign.on('error', () => undefined)
    sockets.push(foreign)
    await expect(opened(foreign)).rejects.toThrow('upgrade refused: 403')
    const own = new WebSocket(url, { headers: { cookie: cookie(), origin: server.url } })
    sockets.push(own)
    await opened(own)
  })

  it('refuses state changes from another origin and bodies that are not JSON', async () => {
    const foreign = await fetch(`${server.url}/api/matters`, {
      method: 'POST',
      headers: { cookie: cookie(), origin: 'http://127.0.0.1:1', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'cross-origin' }),
    })
    expect(foreign.status).toBe(403)
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('forbidden_origin')
    const plain = await fetch(`${server.url}/api/matters`, {
      method: 'POST',
      headers: { cookie: cookie(), 'content-type': 'text/plain' },
      body: JSON.stringify({ title: 'no-cors text/plain' }),
    })
    expect(plain.status).toBe(415)
    const own = await fetch(`${server.url}/api/matters`, {
      method: 'POST',
      headers: { cookie: cookie(), origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'same origin' }),
    })
    expect(own.status).toBe(201)
  })
})

describe('revocation', () => {
  it('closes a session’s open sockets with 4401 at logout, and nothing written after it is stored', async () => {
    const id = await newDocument()
    const user = await createUser(server.url, server.store, { role: 'agent', workspaceId: agent.workspaceId })
    await addToTeam(server.store, (await server.store.findDocument(id as never))!.matterId, user, 'agent')
    const client = connect(id, user)
    await whenSynced(client)
    const closed = nextClose(client)
    const logout = await request(server.url, 'POST', '/api/auth/logout', { token: user.token })
    expect(logout.status).toBe(200)
    expect(await closed).toBe(CloseCode.SessionEnded)
    appendParagraph(client.doc, 'written after logout')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const state = await server.sync.currentState(id as never)
    expect(state.getXmlFragment(BODY_FIELD).toString()).not.toContain('written after logout')
  })
})
