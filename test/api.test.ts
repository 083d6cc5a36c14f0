import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MatterDetail } from '../shared/domain/api'
import { createDocument, createMatter, createUser, request, TEST_PASSWORD, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let agent: TestUser
let outsider: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store, { role: 'agent' })
  outsider = await createUser(server.url, server.store, { role: 'lead' })
})
afterAll(() => server.dispose())

describe('health and auth', () => {
  it('answers /healthz with ok', async () => {
    const response = await request(server.url, 'GET', '/healthz')
    expect(response).toMatchObject({ status: 200, body: { ok: true } })
  })

  it('signs in with the right password and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const response = await request<{ token: string; user: { email: string } }>(server.url, 'POST', '/api/auth/login', {
      body: { email: agent.email.toUpperCase(), password: TEST_PASSWORD },
    })
    expect(response.status).toBe(200)
    expect(response.body.user.email).toBe(agent.email)
    expect(response.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/claimroom_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
  })

  it('refuses a wrong password and an unknown e-mail alike with 401', async () => {
    const wrong = await request(server.url, 'POST', '/api/auth/login', { body: { email: agent.email, password: 'nope' } })
    const unknown = await request(server.url, 'POST', '/api/auth/login', { body: { email: 'ghost@test.example', password: 'nope' } })
    expect(wrong.status).toBe(401)
    expect(unknown).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } })
  })

  it('accepts the session cookie in place of the bearer token', async () => {
    const response = await fetch(`${server.url}/api/matters`, { headers: { cookie: `claimroom_session=${agent.token}` } })
    expect(response.status).toBe(200)
  })

  it('revokes the token on logout', async () => {
    const user = await createUser(server.url, server.store)
    expect((await request(server.url, 'POST', '/api/auth/logout', { token: user.token })).status).toBe(200)
    expect((await request(server.url, 'GET', '/api/matters', { token: user.token })).status).toBe(401)
  })

  it('rate-limits repeated failed sign-ins for one e-mail with 429', async () => {
    const user = await createUser(server.url, server.store)
    const attempts = []
    for (let i = 0; i < 11; i++) {
      attempts.push((await request(server.url, 'POST', '/api/auth/login', { body: { email: user.email, password: 'bad' } })).status)
    }
    expect(attempts.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(attempts[10]).toBe(429)
    const right = await request(server.url, 'POST', '/api/auth/login', { body: { email: user.email, password: TEST_PASSWORD } })
    expect(right.status).toBe(429)
  })

  it('rejects requests without credentials with 401 and a JSON error', async () => {
    const response = await request(server.url, 'GET', '/api/matters')
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } })
  })
})

describe('matters and documents', () => {
  it('creates a matter, lists it, and adds one document of each kind', async () => {
    const matter = await createMatter(server.url, agent, '一种覆冰监测装置')
    expect(matter).toMatchObject({ title: '一种覆冰监测装置', jurisdiction: 'CN' })
    const list = await request<{ matters: { id: string }[] }>(server.url, 'GET', '/api/matters', { token: agent.token })
    expect(list.body.matters.map((m) => m.id)).toContain(matter.id)
    for (const kind of ['disclosure', 'claims', 'oa-reply'] as const) {
      const document = await createDocument(server.url, agent, matter.id, kind, `${kind} doc`)
      expect(document).toMatchObject({ kind, title: `${kind} doc`, matterId: matter.id })
      const read = await request(server.url, 'GET', `/api/documents/${document.id}`, { token: agent.token })
      expect(read).toMatchObject({ status: 200, body: { id: document.id, kind } })
    }
    const detail = await request<MatterDetail>(server.url, 'GET', `/api/matters/${matter.id}`, { token: agent.token })
    expect(detail.body.documents.map((d) => d.kind).sort()).toEqual(['claims', 'disclosure', 'oa-reply'])
  })

  it('answers 404 for matters and documents outside the caller’s workspaces, never revealing them', async () => {
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id)
    const asOutsider = (path: string) => request(server.url, 'GET', path, { token: outsider.token })
    const missing = await asOutsider('/api/matters/AAAAAAAAAAAAAAAAAAAAAA')
    const hidden = await asOutsider(`/api/matters/${matter.id}`)
    expect(hidden.status).toBe(404)
    expect(hidden.body).toEqual(missing.body)
    expect((await asOutsider(`/api/documents/${document.id}`)).status).toBe(404)
    const list = await request<{ matters: { id: string }[] }>(server.url, 'GET', '/api/matters', { token: outsider.token })
    expect(list.body.matters.map((m) => m.id)).not.toContain(matter.id)
    const post = await request(server.url, 'POST', `/api/matters/${matter.id}/documents`, {
      token: outsider.token,
      body: { kind: 'claims', title: 'x' },
    })
    expect(post.status).toBe(404)
  })

  it('forbids roles the policy does not allow: a reviewer cannot create matters', async () => {
    const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
    const response = await request(server.url, 'POST', '/api/matters', { token: reviewer.token, body: { title: 'x' } })
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } })
  })

  it('names a document created without a title by its kind, in the language of its office, not the caller’s', async () => {
    for (const [jurisdiction, name] of [['CN', '意见陈述书'], ['US', 'Office-action reply']] as const) {
      const matter = await request<{ id: string }>(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: 'Untitled', jurisdiction } })
      const created = await request<{ title: string }>(server.url, 'POST', `/api/matters/${matter.body.id}/documents?lang=${jurisdiction === 'CN' ? 'en' : 'zh-CN'}`, {
        token: agent.token,
        body: { kind: 'oa-reply' },
      })
      expect(created.status).toBe(201)
      expect(created.body.title).toBe(name)
    }
  })

  it('rejects invalid input with 400 and says what is wrong', async () => {
    const matter = await createMatter(server.url, agent)
    const badKind = await request(server.url, 'POST', `/api/matters/${matter.id}/documents`, {
      token: agent.token,
      body: { kind: 'letter', title: 'x' },
    })
    expect(badKind).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', field: 'kind', problem: 'invalid' } } })
    expect((badKind.body as { error: { message: string } }).error.message).toMatch(/kind/)
    const notJson = await request(server.url, 'POST', '/api/matters', { token: agent.token, rawBody: '{"title":' })
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } })
    // The field and what is wrong with it, so that a page can say it in its reader's language.
    const emptyTitle = await request(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: '   ' } })
    expect(emptyTitle).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', field: 'title', problem: 'empty' } } })
    const longTitle = await request(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: '装'.repeat(501) } })
    expect(longTitle).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', field: 'title', problem: 'too_long', limit: 500 } } })
  })

  it('refuses an oversized body with 413 and stores nothing', async () => {
    const before = await request<{ matters: unknown[] }>(server.url, 'GET', '/api/matters', { token: agent.token })
    const response = await request(server.url, 'POST', '/api/matters', {
      token: agent.token,
      body: { title: 'x'.repeat(2 * 1024 * 1024) },
    })
    expect(response).toMatchObject({ status: 413, body: { error: { code: 'too_large' } } })
    const after = await request<{ matters: unknown[] }>(server.url, 'GET', '/api/matters', { token: agent.token })
    expect(after.body.matters.length).toBe(before.body.matters.length)
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await request(server.url, 'GET', '/api/nothing-here', { token: agent.token })
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
  })
})
