import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, request, TEST_PASSWORD, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let admin: TestUser
let agent: TestUser

beforeAll(async () => {
  server = await startTestServer()
  admin = await createUser(server.url, server.store, { role: 'admin' })
  agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: admin.workspaceId })
})
afterAll(() => server.dispose())

interface AddedMember {
  userId: string
  name: string
  email: string
  role: string
  password?: string
}

const addMember = (by: TestUser, body: unknown) =>
  request<AddedMember & { error?: { code: string; message: string } }>(server.url, 'POST', `/api/workspaces/${admin.workspaceId}/members`, {
    token: by.token,
    body,
  })

const signIn = (email: string, password: string) => request(server.url, 'POST', '/api/auth/login', { body: { email, password } })

describe('POST /api/workspaces/:id/members', () => {
  it('opens an account for someone new, whose first password signs them in', async () => {
    const added = await addMember(admin, { email: 'New.Colleague@Test.Example', name: '周新', role: 'inventor' })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ name: '周新', email: 'new.colleague@test.example', role: 'inventor' })
    expect(added.body.password).toMatch(/^[A-Za-z0-9]{16}$/)
    expect((await signIn('new.colleague@test.example', added.body.password!)).status).toBe(200)
    const members = await request<{ members: { email: string; role: string }[] }>(server.url, 'GET', `/api/workspaces/${admin.workspaceId}/members`, { token: agent.token })
    expect(members.body.members).toContainEqual(expect.objectContaining({ email: 'new.colleague@test.example', role: 'inventor' }))
  })

  it('adds someone who has an account without touching their password, and refuses a member twice', async () => {
    const elsewhere = await createUser(server.url, server.store, { role: 'lead' })
    const added = await addMember(admin, { email: elsewhere.email, role: 'reviewer' })
    expect(added.status).toBe(201)
    expect(added.body.password).toBeUndefined()
    expect((await signIn(elsewhere.email, TEST_PASSWORD)).status).toBe(200)
    const again = await addMember(admin, { email: elsewhere.email, role: 'agent' })
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } })
  })

  it('is for admins only, and needs a name for a new account and a real e-mail', async () => {
    expect((await addMember(agent, { email: 'x@test.example', name: 'X', role: 'agent' })).status).toBe(403)
    const nameless = await addMember(admin, { email: 'nameless@test.example', role: 'agent' })
    expect(nameless).toMatchObject({ status: 400, body: { error: { code: 'name_required' } } })
    expect(nameless.body.error?.message).toMatch(/name/)
    expect((await addMember(admin, { email: 'not an e-mail', name: 'X', role: 'agent' })).status).toBe(400)
    expect((await addMember(admin, { email: 'y@test.example', name: 'Y', role: 'owner' })).status).toBe(400)
  })
})

describe('POST /api/auth/password', () => {
  it('changes one’s own password when the current one is given, and only then', async () => {
    const user = await createUser(server.url, server.store, { role: 'agent' })
    const change = (body: unknown) => request<{ error?: { code: string; message: string } }>(server.url, 'POST', '/api/auth/password', { token: user.token, body })
    expect((await change({ currentPassword: 'wrong password', newPassword: 'a new password' })).status).toBe(403)
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' })
    expect(short.status).toBe(400)
    expect(short.body.error?.message).toMatch(/at least 10 characters/)
    const otherDevice = await signIn(user.email, TEST_PASSWORD)
    const otherToken = (otherDevice.body as { token: string }).token
    expect((await change({ currentPassword: TEST_PASSWORD, newPassword: 'a new password' })).status).toBe(200)
    // The session that changed it goes on; the other device's session has ended.
    expect((await request(server.url, 'GET', '/api/auth/me', { token: user.token })).status).toBe(200)
    expect((await request(server.url, 'GET', '/api/auth/me', { token: otherToken })).status).toBe(401)
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(401)
    expect((await signIn(user.email, 'a new password')).status).toBe(200)
    expect((await request(server.url, 'POST', '/api/auth/password', { body: { currentPassword: 'a', newPassword: 'b' } })).status).toBe(401)
  })
})
