import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildServer } from '../scripts/buildServer.mjs'
// @ts-expect-error: a plain .mjs script without type declarations
import { startNodeFlags } from '../scripts/startFlags.mjs'
import type { LoginResponse } from '../shared/domain/api'
import { request } from './support/factories'
import { verifyPassword } from '../server/auth/passwords'
import { DataDirLock } from '../server/storage/DataDirLock'
import { SqliteStore } from '../server/storage/SqliteStore'
import { appendParagraph, bodyText, connectClient, eventually, followDurable, whenDurable, whenSynced } from './support/syncClient'

const ROOT = resolve(__dirname, '..')

async function eventuallyAsync(condition: () => Promise<boolean>, message: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('the server as npm start runs it: compiled ahead of time', () => {
  // Inside the repository: the built files load their packages from its node_modules.
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  const outdir = mkdtempSync(join(ROOT, 'test-results/built-server-'))
  const dataDir = mkdtempSync(join(tmpdir(), 'claimroom-built-data-'))
  const children: ReturnType<typeof spawn>[] = []
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL')
    rmSync(outdir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('serves the API, runs the checker on its thread and builds a large document on its own from the built files', async () => {
    await (buildServer as (outdir: string) => Promise<void>)(outdir)
    // With the Node flags of `npm start`: a flag this Node does not know would stop it here.
    const flags = (startNodeFlags as () => string[])()
    const child = spawn(process.execPath, [...flags, join(outdir, 'main.mjs')], {
      cwd: ROOT,
      // Documents unload 100 ms after their last client leaves, so that the next open builds from the store.
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: '/nonexistent', CLAIMROOM_UNLOAD_GRACE_MS: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    let output = ''
    const url = await new Promise<string>((done, fail) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (http:\/\/\S+)/.exec(output)
        if (match) done(match[1]!)
      })
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.once('exit', (code) => fail(new Error(`built server exited (${code}):\n${output}`)))
    })
    const login = await request<LoginResponse>(url, 'POST', '/api/auth/login', {
      body: { email: 'agent@demo.test', password: 'demo-password' },
    })
    expect(login.status).toBe(200)
    const analysis = await request<{ claims: unknown[] }>(url, 'POST', '/api/analyze/claims', {
      token: login.body.token,
      body: { text: '1. 一种装置，包括壳体。\n2. 根据权利要求1所述的装置，其特征在于，所述壳体为圆形。', jurisdiction: 'CN' },
    })
    expect(analysis.status).toBe(200)
    expect(analysis.body.claims).toHaveLength(2)

    // The DOCX writer and the import's reader load on first use, from chunks beside main.mjs.
    const matters = await request<{ matters: { id: string }[] }>(url, 'GET', '/api/matters', { token: login.body.token })
    const matterId = matters.body.matters[0]!.id
    const matter = await request<{ documents: { id: string; kind: string }[] }>(url, 'GET', `/api/matters/${matterId}`, { token: login.body.token })
    const claimSet = matter.body.documents.find((d) => d.kind === 'claims')!
    const exported = await fetch(`${url}/api/documents/${claimSet.id}/export.docx`, { headers: { Authorization: `Bearer ${login.body.token}` } })
    expect(exported.status).toBe(200)
    expect(Buffer.from(await exported.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
    const form = new FormData()
    form.set('kind', 'claims')
    form.set('title', '导入的权利要求书')
    form.set('text', '1. 一种装置，包括壳体。\n2. 根据权利要求1所述的装置，其中所述壳体为圆形。')
    const imported = await fetch(`${url}/api/matters/${matterId}/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${login.body.token}`, Origin: url },
      body: form,
    })
    expect(imported.status).toBe(201)

    // A large document opened cold is cut into slices on its own thread (storedDocumentThread.mjs).
    const long = '本发明涉及电池热管理技术领域。'.repeat(12_000)
    const writer = connectClient(url, claimSet.id, login.body.token, { acks: '1' })
    const durable = followDurable(writer)
    await whenSynced(writer)
    appendParagraph(writer.doc, long)
    await whenDurable(writer, durable)
    writer.destroy()
    await eventuallyAsync(async () => /^claimroom_sync_rooms 0$/m.test(await (await fetch(`${url}/metrics`)).text()), 'the document unloaded')
    const reader = connectClient(url, claimSet.id, login.body.token)
    await whenSynced(reader)
    await eventually(() => bodyText(reader.doc).includes(long), 'the large document arrived whole', 15_000)
    reader.destroy()
    // Everything the server printed: a failed thread is logged, and the build done at once instead.
    const closed = new Promise((done) => child.once('close', done))
    child.kill('SIGTERM')
    await closed
    expect(output).not.toContain('on a thread')
  })

  /** Runs the built `npm run reset-password` command on the suite's data directory. */
  const resetPassword = (email: string) =>
    new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(process.execPath, [join(outdir, 'resetPassword.mjs'), email], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.once('close', (code) => done({ code, output }))
    })

  it('resets a locked-out admin’s password from the command line while no server runs, and refuses while one does', async () => {
    const held = DataDirLock.acquire(dataDir)
    const refused = await resetPassword('admin@demo.test')
    held.release()
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('another Claimroom server is already using')

    const reset = await resetPassword('ADMIN@demo.test')
    expect(reset.code).toBe(0)
    const password = /new password for .* <admin@demo\.test>: (\S+)/.exec(reset.output)?.[1]
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/)
    const store = new SqliteStore(join(dataDir, 'claimroom.sqlite'))
    const admin = (await store.findUserByEmail('admin@demo.test'))!
    await store.close()
    expect(await verifyPassword(password!, admin.passwordHash)).toBe(true)
    expect(await verifyPassword('demo-password', admin.passwordHash)).toBe(false)

    expect((await resetPassword('nobody@demo.test')).code).toBe(1)
  })
})
