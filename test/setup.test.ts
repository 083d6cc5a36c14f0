import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../server/seed/seedDemoWorkspace'
import { createUser, request } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

interface Setup {
  setupNeeded: boolean
  demoAccounts: boolean
}

const validBody = (code: string, email = 'head@ip.example') => ({
  code,
  workspaceName: '华光知识产权部',
  name: '周主任',
  email,
  password: 'a long first password',
})

describe('the first run of a server without the demo', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.dispose())

  it('is open, with a code, and names no demo accounts', async () => {
    expect(server.setupCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    expect((await request<Setup>(server.url, 'GET', '/api/setup')).body).toEqual({ setupNeeded: true, demoAccounts: false })
  })

  it('refuses a wrong code and a body that cannot make an account, and creates nothing', async () => {
    const wrong = await request(server.url, 'POST', '/api/setup', { body: validBody('AAAA-BBBB-CCCC') })
    expect(wrong).toMatchObject({ status: 403, body: { error: { code: 'wrong_setup_code' } } })
    const shortPassword = await request(server.url, 'POST', '/api/setup', { body: { ...validBody(server.setupCode!), password: 'short' } })
    expect(shortPassword).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', field: 'password' } } })
    const noWorkspace = await request(server.url, 'POST', '/api/setup', { body: { ...validBody(server.setupCode!), workspaceName: '  ' } })
    expect(noWorkspace).toMatchObject({ status: 400, body: { error: { field: 'workspaceName' } } })
    expect(await server.store.isEmpty()).toBe(true)
  })

  it('creates the workspace and its admin, signed in, from the code typed in any case and spacing — once', async () => {
    const typed = server.setupCode!.toLowerCase().replace(/-/g, ' ')
    // Two set-ups at once: one workspace, and the other is told the server is set up.
    const [first, second] = await Promise.all([
      request<{ token: string; workspace: { id: string; name: string } }>(server.url, 'POST', '/api/setup', { body: validBody(typed) }),
      request(server.url, 'POST', '/api/setup', { body: validBody(typed, 'other@ip.example') }),
    ])
    const [created, refused] = first.status === 201 ? [first, second] : [second, first]
    expect(created.status).toBe(201)
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'already_set_up' } } })
    expect(created.headers.get('set-cookie')).toMatch(/claimroom_session=[^;]+;.*HttpOnly/)
    const answer = created.body as { token: string; workspace: { id: string; name: string } }
    expect(answer.workspace.name).toBe('华光知识产权部')
    const me = await request<{ user: { email: string }; workspaces: { id: string; role: string }[] }>(server.url, 'GET', '/api/auth/me', {
      token: answer.token,
    })
    expect(me.body.workspaces).toEqual([expect.objectContaining({ id: answer.workspace.id, role: 'admin' })])
    // The admin opens accounts for colleagues next.
    const added = await request(server.url, 'POST', `/api/workspaces/${answer.workspace.id}/members`, {
      token: answer.token,
      body: { email: 'agent@ip.example', name: '李代理', role: 'agent' },
    })
    expect(added.status).toBe(201)

    expect((await request<Setup>(server.url, 'GET', '/api/setup')).body.setupNeeded).toBe(false)
    const again = await request(server.url, 'POST', '/api/setup', { body: validBody(server.setupCode!, 'late@ip.example') })
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already_set_up' } } })
  })
})

describe('a server that has accounts', () => {
  it('starts with no setup code and no set-up, whatever is sent', async () => {
    const first = await startTestServer()
    await createUser(first.url, first.store, { role: 'admin' })
    await first.close()
    const restarted = await startTestServer({ dataDir: first.dataDir })
    try {
      expect(restarted.setupCode).toBeNull()
      expect((await request<Setup>(restarted.url, 'GET', '/api/setup')).body).toEqual({ setupNeeded: false, demoAccounts: false })
      const refused = await request(restarted.url, 'POST', '/api/setup', { body: validBody('AAAA-BBBB-CCCC') })
      expect(refused).toMatchObject({ status: 409, body: { error: { code: 'already_set_up' } } })
    } finally {
      await restarted.dispose()
    }
  })

  it('with the demo, says the demo accounts exist', async () => {
    const demo = await startTestServer({ seed: true })
    try {
      expect(demo.setupCode).toBeNull()
      expect(await demo.store.findUserByEmail(DEMO_USERS[0]!.email)).not.toBeNull()
      expect((await request<Setup>(demo.url, 'GET', '/api/setup')).body).toEqual({ setupNeeded: false, demoAccounts: true })
    } finally {
      await demo.dispose()
    }
  })
})

it('stops answering guesses of the code after 100 wrong ones from one address', async () => {
  const server = await startTestServer()
  try {
    for (let i = 0; i < 100; i++) {
      expect((await request(server.url, 'POST', '/api/setup', { body: validBody(`WRONG-${i}`) })).status).toBe(403)
    }
    const limited = await request(server.url, 'POST', '/api/setup', { body: validBody(server.setupCode!) })
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await server.store.isEmpty()).toBe(true)
  } finally {
    await server.dispose()
  }
})
