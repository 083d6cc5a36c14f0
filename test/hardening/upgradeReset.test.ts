import { mkdtempSync, rmSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { LoginResponse, MatterDetail, MatterView } from '../../shared/domain/api'
import { request } from '../support/factories'
import { spawnServer, type ServerProcess } from '../support/serverProcess'

const UPGRADE_REQUEST = (path: string, host: string) =>
  [
    `GET ${path} HTTP/1.1`,
    `Host: ${host}`,
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    '',
    '',
  ].join('\r\n')

/** Opens a real sync socket, then resets the TCP connection at the given stage. */
function resetOpenSocket(url: string, documentId: string, token: string, stage: 'open' | 'closing'): Promise<void> {
  return new Promise((done) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${'/sync/' + documentId}?token=${token}`)
    ws.on('error', () => undefined)
    ws.on('close', () => done())
    ws.on('open', () => {
      if (stage === 'closing') ws.close(1000)
      ;(ws as unknown as { _socket: Socket })._socket.resetAndDestroy()
    })
  })
}

/** Sends an upgrade request and resets the connection (RST, SO_LINGER 0) before any answer can be read. */
function resetUpgrade(url: URL, path: string, token?: string): Promise<void> {
  return new Promise((done, fail) => {
    const socket: Socket = connect(Number(url.port), url.hostname, () => {
      socket.write(UPGRADE_REQUEST(token ? `${path}?token=${token}` : path, url.host), () => {
        socket.resetAndDestroy()
      })
    })
    socket.on('close', () => done())
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? done() : fail(error)))
  })
}

describe('an upgrade request reset by its client', () => {
  let dataDir: string
  let server: ServerProcess

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'claimroom-reset-'))
    server = await spawnServer(dataDir)
  })

  afterAll(async () => {
    server.child.kill('SIGTERM')
    await server.exited
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('leaves the server running after 1,000 resets at every stage of the refusal', async () => {
    const url = new URL(server.url)
    const paths = ['/sync/anything', '/sync/', '/api/matters', '/nowhere']
    for (let round = 0; round < 250; round++) {
      await Promise.all(paths.map((path) => resetUpgrade(url, path)))
    }
    const exitedEarly = await Promise.race([server.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 200))])
    expect(exitedEarly).toBe(false)
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
  })

  it('leaves the server running when members reset accepted, open and closing sockets', async () => {
    const login = await request<LoginResponse>(server.url, 'POST', '/api/auth/login', {
      body: { email: 'agent@demo.test', password: 'demo-password' },
    })
    const { token } = login.body
    const matters = await request<{ matters: MatterView[] }>(server.url, 'GET', '/api/matters', { token })
    const matter = await request<MatterDetail>(
      server.url, 'GET', `/api/matters/${matters.body.matters[0]!.id}`, { token },
    )
    const documentId = matter.body.documents[0]!.id
    const url = new URL(server.url)
    for (let round = 0; round < 40; round++) {
      await Promise.all([
        resetUpgrade(url, `/sync/${documentId}`, token),
        resetOpenSocket(server.url, documentId, token, 'open'),
        resetOpenSocket(server.url, documentId, token, 'closing'),
      ])
    }
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
  })
})
