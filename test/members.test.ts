import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addToTeam, createMatter, createUser, request, storedClaimSet, TEST_PASSWORD, type TestUser } from './support/factories'
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

  it('answers two requests adding one new e-mail at once with one account and a 409, never a 500', async () => {
    const body = { email: 'race@test.example', name: 'Race', role: 'reviewer' }
    const statuses = (await Promise.all([addMember(admin, body), addMember(admin, body), addMember(admin, body)])).map((r) => r.status).sort()
    expect(statuses[0]).toBe(201)
    expect(statuses.slice(1).every((status) => status === 409)).toBe(true)
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
    expect(short.body.error?.message).toBe('newPassword: at least 10 characters')
    const blank = await change({ currentPassword: TEST_PASSWORD, newPassword: ' '.repeat(12) })
    expect(blank.status).toBe(400)
    expect(blank.body.error?.message).toBe('newPassword: not spaces alone')
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

describe('POST /api/workspaces/:id/members/:userId/password', () => {
  const reset = (by: TestUser, workspaceId: string, userId: string) =>
    request<{ password?: string; error?: { code: string } }>(server.url, 'POST', `/api/workspaces/${workspaceId}/members/${userId}/password`, { token: by.token })

  it('marks a first or reset password as handed over until its owner chooses their own', async () => {
    const added = await addMember(admin, { email: 'handed.over@test.example', name: '交接', role: 'agent' })
    const login = await signIn('handed.over@test.example', added.body.password!)
    const token = (login.body as { token: string }).token
    const me = () => request<{ user: { passwordHandedOver: boolean } }>(server.url, 'GET', '/api/auth/me', { token })
    expect((await me()).body.user.passwordHandedOver).toBe(true)
    const changed = await request(server.url, 'POST', '/api/auth/password', { token, body: { currentPassword: added.body.password, newPassword: 'my very own password' } })
    expect(changed.status).toBe(200)
    expect((await me()).body.user.passwordHandedOver).toBe(false)
    const reset = await request<{ password: string }>(server.url, 'POST', `/api/workspaces/${admin.workspaceId}/members/${added.body.userId}/password`, { token: admin.token })
    const again = await signIn('handed.over@test.example', reset.body.password)
    const me2 = await request<{ user: { passwordHandedOver: boolean } }>(server.url, 'GET', '/api/auth/me', { token: (again.body as { token: string }).token })
    expect(me2.body.user.passwordHandedOver).toBe(true)
  })

  it('gives a member who forgot theirs a new password to hand over, and signs them out everywhere', async () => {
    const member = await createUser(server.url, server.store, { role: 'inventor', workspaceId: admin.workspaceId })
    const answer = await reset(admin, admin.workspaceId, member.id)
    expect(answer.status).toBe(200)
    expect(answer.body.password).toMatch(/^[A-Za-z0-9]{16}$/)
    expect((await request(server.url, 'GET', '/api/auth/me', { token: member.token })).status).toBe(401)
    expect((await signIn(member.email, TEST_PASSWORD)).status).toBe(401)
    expect((await signIn(member.email, answer.body.password!)).status).toBe(200)
  })

  it('is for admins, for members of their workspace other than themselves', async () => {
    const member = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: admin.workspaceId })
    expect((await reset(agent, admin.workspaceId, member.id)).status).toBe(403)
    expect((await reset(admin, admin.workspaceId, admin.id)).status).toBe(400)
    const outsider = await createUser(server.url, server.store, { role: 'agent' })
    expect((await reset(admin, admin.workspaceId, outsider.id)).status).toBe(404)
    expect((await reset(admin, outsider.workspaceId, outsider.id)).status).toBe(404)
    expect((await signIn(member.email, TEST_PASSWORD)).status).toBe(200)
    expect((await signIn(outsider.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('leaves alone the password of someone who is also in a workspace the admin does not run', async () => {
    const shared = await createUser(server.url, server.store, { role: 'lead' })
    expect((await addMember(admin, { email: shared.email, role: 'agent' })).status).toBe(201)
    const refused = await reset(admin, admin.workspaceId, shared.id)
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } })
    expect((await request(server.url, 'GET', '/api/auth/me', { token: shared.token })).status).toBe(200)
    expect((await signIn(shared.email, TEST_PASSWORD)).status).toBe(200)
  })
})

describe('team seats follow the workspace role', () => {
  const setRole = (userId: string, role: string) =>
    request(server.url, 'PUT', `/api/workspaces/${admin.workspaceId}/members/${userId}`, { token: admin.token, body: { role } })
  const team = async (matterId: string) =>
    (await request<{ members: { userId: string; role: string }[] }>(server.url, 'GET', `/api/matters/${matterId}/members`, { token: admin.token })).body.members
  const permissions = async (user: TestUser, documentId: string) =>
    (await request<{ role: string; permissions: string[] }>(server.url, 'GET', `/api/documents/${documentId}`, { token: user.token })).body

  it('makes an agent demoted in the workspace a reviewer on every team, archived as a team change', async () => {
    const drafter = await createUser(server.url, server.store, { role: 'agent', workspaceId: admin.workspaceId })
    const matter = await createMatter(server.url, drafter, '降级测试')
    const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具。'])
    expect((await permissions(drafter, claimSet.id)).permissions).toContain('document.edit')
    const demoted = await setRole(drafter.id, 'reviewer')
    expect(demoted.status).toBe(200)
    expect(demoted.body).toEqual({ userId: drafter.id, role: 'reviewer', seatsChanged: 1 })
    // Raised again, the role gives back no seat: nothing changes on the team.
    expect((await setRole(drafter.id, 'agent')).body).toEqual({ userId: drafter.id, role: 'agent', seatsChanged: 0 })
    expect((await setRole(drafter.id, 'reviewer')).body).toMatchObject({ seatsChanged: 0 })
    expect(await team(matter.id)).toContainEqual({ userId: drafter.id, name: expect.any(String), email: drafter.email, role: 'reviewer' })
    expect(await permissions(drafter, claimSet.id)).toMatchObject({ role: 'reviewer' })
    expect((await permissions(drafter, claimSet.id)).permissions).not.toContain('document.edit')
    const archive = await request<{ entries: { kind: string; to: string }[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: admin.token })
    expect(archive.body.entries.filter((e) => e.kind === 'team.changed').at(-1)?.to).toMatch(/:reviewer$/)
  })

  it('takes a removed member off every team, so adding them again gives back no seat', async () => {
    const drafter = await createUser(server.url, server.store, { role: 'agent', workspaceId: admin.workspaceId })
    const matter = await createMatter(server.url, drafter, '移除测试')
    expect((await request(server.url, 'DELETE', `/api/workspaces/${admin.workspaceId}/members/${drafter.id}`, { token: admin.token })).status).toBe(200)
    expect((await team(matter.id)).map((m) => m.userId)).not.toContain(drafter.id)
    expect((await addMember(admin, { email: drafter.email, role: 'inventor' })).status).toBe(201)
    expect((await request(server.url, 'GET', `/api/matters/${matter.id}`, { token: drafter.token })).status).toBe(404)
  })

  it('refuses a seat beyond the workspace role: an admin cannot make themselves a team lead to approve', async () => {
    const lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: admin.workspaceId })
    const matter = await createMatter(server.url, lead, '席位测试')
    const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具。'])
    const seated = await request<{ error?: { code: string } }>(server.url, 'PUT', `/api/matters/${matter.id}/members`, {
      token: admin.token,
      body: { members: [{ userId: lead.id, role: 'lead' }, { userId: admin.id, role: 'lead' }] },
    })
    expect(seated).toMatchObject({ status: 400, body: { error: { code: 'seat_not_allowed' } } })
    expect((await request(server.url, 'POST', `/api/documents/${claimSet.id}/approvals`, { token: admin.token, body: { override: { reason: 'x' } } })).status).toBe(403)
    // A seat written before the rule counts as the workspace role.
    await addToTeam(server.store, matter.id, admin, 'lead')
    expect((await request(server.url, 'POST', `/api/documents/${claimSet.id}/approvals`, { token: admin.token, body: { override: { reason: 'x' } } })).status).toBe(403)
  })
})
