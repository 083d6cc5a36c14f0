import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHECKLIST_TEMPLATES } from '../../shared/review/checklistTemplates'
import type { ChecklistResponse } from '../../shared/review/reviewApi'
import { addToTeam, createDocument, createMatter, createUser, request, usersInRoles, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let users: Record<'admin' | 'lead' | 'agent' | 'reviewer', TestUser>

beforeAll(async () => {
  server = await startTestServer()
  users = await usersInRoles(server.url, server.store, ['admin', 'lead', 'agent', 'reviewer'])
})
afterAll(() => server.dispose())

const TEMPLATE = [
  { id: 'local.search', label: { 'zh-CN': '已检索', en: 'Searched' }, weight: 60, required: true },
  { id: 'local.basis', label: { 'zh-CN': '引导词基础', en: 'Antecedent basis' }, weight: 40, required: false, rule: 'claims.antecedent-basis' },
]

const put = (user: TestUser, body: object) =>
  request<{ passLine: number; error?: { message: string } }>(server.url, 'PUT', `/api/workspaces/${users.admin.workspaceId}/checklist-templates`, {
    token: user.token,
    body,
  })

describe('checklist templates', () => {
  it('serve the built-in templates and pass line 70 until an admin sets the workspace’s own', async () => {
    const read = await request<{ passLine: number; templates: Record<string, { id: string }[]> }>(
      server.url,
      'GET',
      `/api/workspaces/${users.admin.workspaceId}/checklist-templates`,
      { token: users.agent.token },
    )
    expect(read.body.passLine).toBe(70)
    expect(read.body.templates.claims!.map((i) => i.id)).toEqual(CHECKLIST_TEMPLATES.claims.map((i) => i.id))
  })

  it('let an admin set a template and the pass line, which every checklist of the workspace then follows', async () => {
    expect((await put(users.admin, { passLine: 75, templates: { claims: TEMPLATE } })).status).toBe(200)
    const matter = await createMatter(server.url, users.agent)
    await addToTeam(server.store, matter.id, users.reviewer, 'reviewer')
    const document = await createDocument(server.url, users.agent, matter.id, 'claims')
    const marked = await request<ChecklistResponse>(server.url, 'PUT', `/api/documents/${document.id}/checklist`, {
      token: users.reviewer.token,
      body: { items: [{ id: 'local.search', state: 'pass' }] },
    })
    expect(marked.status).toBe(200)
    expect(marked.body.items.map((i) => [i.id, i.state])).toEqual([
      ['local.search', 'pass'],
      ['local.basis', 'pass'],
    ])
    expect(marked.body).toMatchObject({ score: 100, passLine: 75 })
    // An item set by hand names who set it; the checker's item names nobody.
    expect(marked.body.items.map((i) => [i.setBy, i.setByName])).toEqual([
      [users.reviewer.id, expect.stringMatching(/^Test reviewer/)],
      ['checker', undefined],
    ])
    const builtIn = await request(server.url, 'PUT', `/api/documents/${document.id}/checklist`, {
      token: users.reviewer.token,
      body: { items: [{ id: 'quality.scope', state: 'pass' }] },
    })
    expect(builtIn.status).toBe(400)
  })

  it('are refused to leads and agents (403), and refused when the weights, ids or rules do not hold (400)', async () => {
    expect((await put(users.lead, { passLine: 60 })).status).toBe(403)
    expect((await put(users.agent, { passLine: 60 })).status).toBe(403)
    const heavy = await put(users.admin, { templates: { claims: [{ ...TEMPLATE[0], weight: 70 }, TEMPLATE[1]] } })
    expect(heavy.status).toBe(400)
    expect(heavy.body.error?.message).toMatch(/add up to 100/)
    expect((await put(users.admin, { templates: { claims: [TEMPLATE[0], { ...TEMPLATE[1], id: 'local.search' }] } })).status).toBe(400)
    expect((await put(users.admin, { templates: { claims: [TEMPLATE[0], { ...TEMPLATE[1], rule: 'claims.no-such-rule' }] } })).status).toBe(400)
    expect((await put(users.admin, { templates: { letters: TEMPLATE } })).status).toBe(400)
    expect((await put(users.admin, { passLine: 101 })).status).toBe(400)
    const outsider = await createUser(server.url, server.store, { role: 'admin' })
    expect((await put(outsider, { passLine: 60 })).status).toBe(404)
  })
})
