import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AppEnv } from '../server/app'
import { Hono } from 'hono'
import { ServerMetrics } from '../server/metrics/ServerMetrics'
import { metricsRoute } from '../server/routes/metricsRoute'
import { createDocument, createMatter, createUser, type TestUser } from './support/factories'
import { appendParagraph, connectClient, eventually, whenSynced, type SyncClient } from './support/syncClient'
import { startTestServer, type TestServer } from './support/testServer'

/** The value of one sample line, e.g. `claimroom_sync_rooms` or `x_bucket{le="+Inf"}`. */
function valueOf(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `))
  if (!line) throw new Error(`no sample ${sample} in:\n${text}`)
  return Number(line.slice(sample.length + 1))
}

/** Polls an asynchronous condition, as `eventually` does a synchronous one. */
async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('GET /metrics on a running server', () => {
  let server: TestServer
  let agent: TestUser
  const clients: SyncClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    agent = await createUser(server.url, server.store, { role: 'agent' })
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(() => server.dispose())
  const scrape = async () => (await fetch(`${server.url}/metrics`)).text()

  it('counts sockets, rooms, stored updates and the commits that made them durable', async () => {
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id)
    const before = await scrape()
    const storedBefore = valueOf(before, 'claimroom_sync_updates_total')

    const writer = connectClient(server.url, document.id, agent.token)
    const reader = connectClient(server.url, document.id, agent.token)
    clients.push(writer, reader)
    await Promise.all([whenSynced(writer), whenSynced(reader)])
    for (const text of ['one', 'two', 'three']) appendParagraph(writer.doc, text)
    await eventually(() => reader.text().includes('three'), 'the reader has every paragraph')

    const response = await fetch(`${server.url}/metrics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    const text = await response.text()
    expect(valueOf(text, 'claimroom_sync_connections')).toBe(2)
    expect(valueOf(text, 'claimroom_sync_rooms')).toBe(1)
    expect(valueOf(text, 'claimroom_sync_updates_total') - storedBefore).toBeGreaterThanOrEqual(3)
    expect(valueOf(text, 'claimroom_sync_updates_per_second')).toBeGreaterThanOrEqual(0)
    expect(valueOf(text, 'claimroom_storage_commit_seconds_count')).toBeGreaterThanOrEqual(1)
    expect(valueOf(text, 'claimroom_storage_commit_updates_sum')).toBeGreaterThanOrEqual(3)
    expect(valueOf(text, 'claimroom_sync_batch_seconds_count')).toBeGreaterThanOrEqual(1)
    expect(valueOf(text, 'claimroom_sync_buffered_bytes')).toBeGreaterThanOrEqual(0)
    expect(valueOf(text, 'process_resident_memory_bytes')).toBeGreaterThan(10 * 2 ** 20)
    expect(text).toContain('# TYPE claimroom_storage_commit_seconds histogram')
    expect(text).toContain('claimroom_event_loop_delay_seconds{quantile="0.99"}')

    // Buckets are cumulative and end with every observation.
    const buckets = text.split('\n').filter((l) => l.startsWith('claimroom_sync_batch_seconds_bucket')).map((l) => Number(l.split(' ')[1]))
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b))
    expect(buckets.at(-1)).toBe(valueOf(text, 'claimroom_sync_batch_seconds_count'))
    // The bounds docs/api.md lists, finer where a batch waits for its sync.
    const bounds = text
      .split('\n')
      .filter((l) => l.startsWith('claimroom_sync_batch_seconds_bucket'))
      .map((l) => /le="([^"]+)"/.exec(l)![1])
    expect(bounds).toEqual(['0.0005', '0.001', '0.0025', '0.005', '0.0075', '0.01', '0.015', '0.02', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '10', '+Inf'])

    writer.destroy()
    reader.destroy()
    await until(async () => valueOf(await scrape(), 'claimroom_sync_connections') === 0, 'sockets gone')
  })

  it('counts the sockets the server closes by their close code', async () => {
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id)
    const before = await scrape()
    const malformedBefore = before.includes('claimroom_sync_closes_total{code="4400"}') ? valueOf(before, 'claimroom_sync_closes_total{code="4400"}') : 0
    const client = connectClient(server.url, document.id, agent.token)
    clients.push(client)
    await whenSynced(client)
    client.provider.ws!.send(new Uint8Array([0, 9, 9]))
    await until(async () => {
      const text = await scrape()
      return text.includes('claimroom_sync_closes_total{code="4400"}') && valueOf(text, 'claimroom_sync_closes_total{code="4400"}') === malformedBefore + 1
    }, 'the malformed message counted')
  })
})

describe('who may read /metrics', () => {
  const metrics = new ServerMetrics()
  afterAll(() => metrics.stop())
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' } } })
  const appWith = (metricsToken: string | null) => {
    const app = new Hono<AppEnv>()
    app.onError((error, c) => c.json({ error: error.message }, (error as { status?: 401 | 403 }).status ?? 500))
    return app.route('/metrics', metricsRoute({ metrics, metricsToken }))
  }

  it('serves this machine without a token and refuses other addresses', async () => {
    expect((await appWith(null).request('/metrics', {}, from('127.0.0.1'))).status).toBe(200)
    expect((await appWith(null).request('/metrics', {}, from('::1'))).status).toBe(200)
    expect((await appWith(null).request('/metrics', {}, from('10.1.2.3'))).status).toBe(403)
    expect((await appWith(null).request('/metrics', {}, from('::ffff:192.168.0.9'))).status).toBe(403)
  })

  it('with CLAIMROOM_METRICS_TOKEN, serves any address that sends the token and no one else', async () => {
    const app = appWith('s3cret-token')
    const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })
    expect((await app.request('/metrics', bearer('s3cret-token'), from('10.1.2.3'))).status).toBe(200)
    // The scheme's case does not matter (RFC 9110).
    expect((await app.request('/metrics', { headers: { Authorization: 'bearer s3cret-token' } }, from('10.1.2.3'))).status).toBe(200)
    const refused = await app.request('/metrics', bearer('s3cret-tokeX'), from('10.1.2.3'))
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
    expect((await app.request('/metrics', {}, from('127.0.0.1'))).status).toBe(401)
  })
})
