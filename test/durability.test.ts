import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { LoginResponse } from '../shared/domain/api'
import type { DocumentId } from '../shared/domain/ids'
import { CloseCode } from '../shared/sync/closeCodes'
import { createDocument, createMatter, createUser, request } from './support/factories'
import { spawnServer } from './support/serverProcess'
import {
  appendParagraph,
  connectClient,
  followDurable,
  nextClose,
  whenDurable,
  whenSynced,
  type SyncClient,
} from './support/syncClient'
import { startTestServer } from './support/testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimroom-durability-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const track = (client: SyncClient) => {
  cleanups.push(() => client.destroy())
  return client
}

describe('durability', () => {
  it('keeps every edit across a clean restart', async () => {
    const dataDir = tempDir()
    let server = await startTestServer({ dataDir })
    const agent = await createUser(server.url, server.store)
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id)
    const writer = connectClient(server.url, document.id, agent.token, { acks: '1' })
    const durable = followDurable(writer)
    await whenSynced(writer)
    for (let i = 0; i < 50; i++) appendParagraph(writer.doc, `line ${i}`)
    await whenDurable(writer, durable)
    await server.close()
    writer.destroy()

    server = await startTestServer({ dataDir })
    cleanups.push(() => server.close())
    const reader = track(connectClient(server.url, document.id, agent.token))
    await whenSynced(reader)
    for (let i = 0; i < 50; i++) expect(reader.text()).toContain(`line ${i}`)
  })

  it('loses no update any client received when the server process is killed with SIGKILL', async () => {
    const dataDir = tempDir()
    const env = { CLAIMROOM_SCRYPT_LOG2N: '14' }
    const first = await spawnServer(dataDir, env)
    cleanups.push(() => first.child.kill('SIGKILL'))
    const login = await request<LoginResponse>(first.url, 'POST', '/api/auth/login', {
      body: { email: 'agent@demo.test', password: 'demo-password' },
    })
    const token = login.body.token
    const matter = await request<{ id: string }>(first.url, 'POST', '/api/matters', { token, body: { title: 'crash' } })
    const document = await request<{ id: string }>(first.url, 'POST', `/api/matters/${matter.body.id}/documents`, {
      token,
      body: { kind: 'claims', title: 'crash' },
    })
    const writers = ['A', 'B'].map((name) => {
      const client = track(connectClient(first.url, document.body.id, token, { acks: '1' }))
      return { name, client, durable: followDurable(client) }
    })
    await Promise.all(writers.map((w) => whenSynced(w.client)))

    // Both type as fast as they can while the server is killed mid-stream.
    let typing = true
    const typed = writers.map(async ({ name, client }) => {
      for (let i = 0; typing; i++) {
        appendParagraph(client.doc, `${name}-${i}`)
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 700))
    first.child.kill('SIGKILL')
    expect(await first.exited).toBe('SIGKILL')
    typing = false
    await Promise.all(typed)

    // What each client got from the server: the other writer's lines, and its own acked clock.
    const [a, b] = writers as [(typeof writers)[0], (typeof writers)[0]]
    const received = [
      ...a.client.text().split('\n').filter((line) => line.startsWith('B-')),
      ...b.client.text().split('\n').filter((line) => line.startsWith('A-')),
    ]
    const acked = writers.map((w) => ({ clientID: w.client.doc.clientID, clock: w.durable() }))
    for (const w of writers) w.client.provider.disconnect()
    expect(received.length).toBeGreaterThan(10)
    expect(acked.every((x) => x.clock > 0)).toBe(true)

    const second = await spawnServer(dataDir, env)
    cleanups.push(() => second.child.kill('SIGKILL'))
    const reader = track(connectClient(second.url, document.body.id, token))
    await whenSynced(reader)
    const survived = new Set(reader.text().split('\n'))
    const lost = received.filter((line) => !survived.has(line))
    expect(lost).toEqual([])
    for (const { clientID, clock } of acked) {
      expect(Y.getState(reader.doc.store, clientID)).toBeGreaterThanOrEqual(clock)
    }
  })

  it('refuses to serve a document whose stored update is corrupt, and keeps what is stored', async () => {
    const server = await startTestServer()
    cleanups.push(() => server.dispose())
    const agent = await createUser(server.url, server.store)
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id)
    // A row that decodes as nothing Yjs can apply, as a damaged disk or a bad migration would leave.
    await server.store.appendUpdates(document.id as DocumentId, [new Uint8Array([0xff, 0xff, 0xff, 0x01])])
    const before = await server.store.loadDocumentState(document.id as DocumentId)
    const client = track(connectClient(server.url, document.id, agent.token))
    expect(await nextClose(client)).toBe(CloseCode.LoadFailed)
    expect(client.text()).toBe('')
    const after = await server.store.loadDocumentState(document.id as DocumentId)
    expect(after.updates.length).toBe(before.updates.length)
    expect(server.sync.loadedDocuments).toBe(0)
  })
})
