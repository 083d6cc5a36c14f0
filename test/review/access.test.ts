import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDetail, MatterDetail } from '../../shared/domain/api'
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds'
import { canOnDocument } from '../../shared/domain/policy'
import type { Role } from '../../shared/domain/roles'
import type { MembersResponse } from '../../shared/review/reviewApi'
import { addToTeam, createDocument, createMatter, createUser, request, type TestUser } from '../support/factories'
import { connectClient, eventually, nextClose, whenSynced, type SyncClient } from '../support/syncClient'
import { CloseCode } from '../../shared/sync/closeCodes'
import { typeIntoTitle } from './reviewSupport'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
const clients: SyncClient[] = []
/** One user per role, each on the matter's team in that role (leads and admins see it from the workspace). */
const members = {} as Record<Role, TestUser>
let offTeam: TestUser
let foreign: TestUser
let matterId: string
const documents = {} as Record<DocumentKind, string>
const ROLES_IN_MATTER: Role[] = ['inventor', 'agent', 'reviewer', 'lead', 'admin']

const connect = (user: TestUser, documentId: string) => {
  const client = connectClient(server.url, documentId, user.token)
  clients.push(client)
  return client
}

beforeAll(async () => {
  server = await startTestServer()
  members.agent = await createUser(server.url, server.store, { role: 'agent' })
  const workspaceId = members.agent.workspaceId
  for (const role of ['inventor', 'reviewer', 'lead', 'admin'] as const) {
    members[role] = await createUser(server.url, server.store, { role, workspaceId })
  }
  offTeam = await createUser(server.url, server.store, { role: 'agent', workspaceId })
  foreign = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, members.agent, 'Team matter')
  matterId = matter.id
  await addToTeam(server.store, matterId, members.inventor, 'inventor')
  await addToTeam(server.store, matterId, members.reviewer, 'reviewer')
  for (const kind of DOCUMENT_KINDS) documents[kind] = (await createDocument(server.url, members.agent, matterId, kind)).id
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(() => server.dispose())

describe('matter teams', () => {
  it('hides a matter from workspace members outside its team exactly as from another workspace', async () => {
    for (const outsider of [offTeam, foreign]) {
      const matter = await request(server.url, 'GET', `/api/matters/${matterId}`, { token: outsider.token })
      const missing = await request(server.url, 'GET', '/api/matters/AAAAAAAAAAAAAAAAAAAAAA', { token: outsider.token })
      expect(matter.status).toBe(404)
      expect(matter.body).toEqual(missing.body)
      expect((await request(server.url, 'GET', `/api/documents/${documents.claims}`, { token: outsider.token })).status).toBe(404)
      const list = await request<{ matters: { id: string }[] }>(server.url, 'GET', '/api/matters', { token: outsider.token })
      expect(list.body.matters.map((m) => m.id)).not.toContain(matterId)
    }
  })

  it('shows the matter to every team member and to workspace leads and admins off the team', async () => {
    for (const role of ROLES_IN_MATTER) {
      const detail = await request<MatterDetail>(server.url, 'GET', `/api/matters/${matterId}`, { token: members[role].token })
      expect(detail.status).toBe(200)
      expect(detail.body.role).toBe(role)
    }
  })

  it('lets leads and admins manage the team and nobody else (403), and refuses strangers (400)', async () => {
    const team = [
      { userId: members.agent.id, role: 'agent' },
      { userId: members.inventor.id, role: 'inventor' },
      { userId: members.reviewer.id, role: 'reviewer' },
    ]
    for (const role of ROLES_IN_MATTER) {
      const put = await request<MembersResponse>(server.url, 'PUT', `/api/matters/${matterId}/members`, {
        token: members[role].token,
        body: { members: team },
      })
      expect(put.status, role).toBe(role === 'lead' || role === 'admin' ? 200 : 403)
    }
    const stranger = await request(server.url, 'PUT', `/api/matters/${matterId}/members`, {
      token: members.lead.token,
      body: { members: [...team, { userId: foreign.id, role: 'agent' }] },
    })
    expect(stranger.status).toBe(400)
    const twice = await request(server.url, 'PUT', `/api/matters/${matterId}/members`, {
      token: members.lead.token,
      body: { members: [...team, { userId: members.agent.id, role: 'reviewer' }] },
    })
    expect(twice.status).toBe(400)
    const list = await request<MembersResponse>(server.url, 'GET', `/api/matters/${matterId}/members`, { token: members.reviewer.token })
    expect(list.body.members.map((m) => m.role).sort()).toEqual(['agent', 'inventor', 'reviewer'])
    expect(list.body.workspaceMembers).toBeUndefined()
  })

  it('refuses a team change after which nobody could manage the team (409), and keeps the team', async () => {
    const lead = await createUser(server.url, server.store, { role: 'lead' })
    const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
    const matter = await createMatter(server.url, lead, 'Lone lead matter')
    const putTeam = (team: { userId: string; role: string }[]) =>
      request(server.url, 'PUT', `/api/matters/${matter.id}/members`, { token: lead.token, body: { members: team } })
    expect((await putTeam([{ userId: lead.id, role: 'lead' }, { userId: agent.id, role: 'agent' }])).status).toBe(200)
    // The workspace's only lead steps down to agent on the team: nobody could manage it after.
    const lockedOut = await putTeam([{ userId: lead.id, role: 'agent' }, { userId: agent.id, role: 'agent' }])
    expect(lockedOut.status).toBe(409)
    expect(lockedOut.body).toMatchObject({ error: { code: 'team_unmanaged' } })
    const team = await request<MembersResponse>(server.url, 'GET', `/api/matters/${matter.id}/members`, { token: lead.token })
    expect(team.body.members.map((m) => [m.userId, m.role])).toEqual(expect.arrayContaining([[lead.id, 'lead'], [agent.id, 'agent']]))
    // Off the team, the workspace lead still manages it.
    expect((await putTeam([{ userId: agent.id, role: 'agent' }])).status).toBe(200)
  })
})

describe.each(DOCUMENT_KINDS)('the policy table on a %s document', (kind) => {
  it.each(ROLES_IN_MATTER)('gives a %s the permissions of the table, and creates only what it allows', async (role) => {
    const detail = await request<DocumentDetail>(server.url, 'GET', `/api/documents/${documents[kind]}`, { token: members[role].token })
    expect(detail.status).toBe(200)
    expect(detail.body.permissions.includes('document.edit')).toBe(canOnDocument(role, kind, 'document.edit'))
    const created = await request(server.url, 'POST', `/api/matters/${matterId}/documents`, {
      token: members[role].token,
      body: { kind, title: `${kind} by ${role}` },
    })
    expect(created.status).toBe(canOnDocument(role, kind, 'document.create') ? 201 : 403)
  })

  it.each(ROLES_IN_MATTER)('applies the text a %s writes over a raw socket only if the table lets it edit', async (role) => {
    const id = documents[kind]
    const writer = connect(members[role], id)
    await whenSynced(writer)
    const marker = `written by the ${role} on the ${kind}`
    typeIntoTitle(writer.doc, marker)
    // An editor's later write arriving proves the earlier one has been handled.
    const agent = connect(members.agent, id)
    await whenSynced(agent)
    typeIntoTitle(agent.doc, `agent after the ${role}`)
    const fresh = connect(members.lead, id)
    await whenSynced(fresh)
    await eventually(() => fresh.text().includes(`agent after the ${role}`), 'the agent’s write')
    if (canOnDocument(role, kind, 'document.edit')) await eventually(() => fresh.text().includes(marker), 'the editor’s write')
    expect(fresh.text().includes(marker)).toBe(canOnDocument(role, kind, 'document.edit'))
  })
})

describe('a team change on open sockets', () => {
  it('closes the socket of a member taken off the team and turns a demoted editor read-only at once', async () => {
    const matter = await createMatter(server.url, members.agent, 'Revocation matter')
    const second = await createUser(server.url, server.store, { role: 'agent', workspaceId: members.agent.workspaceId })
    await addToTeam(server.store, matter.id, second, 'agent')
    await addToTeam(server.store, matter.id, members.reviewer, 'reviewer')
    const id = (await createDocument(server.url, members.agent, matter.id, 'claims')).id
    const reviewer = connect(members.reviewer, id)
    const demoted = connect(second, id)
    await Promise.all([whenSynced(reviewer), whenSynced(demoted)])
    const closed = nextClose(reviewer)
    const put = await request(server.url, 'PUT', `/api/matters/${matter.id}/members`, {
      token: members.lead.token,
      body: { members: [{ userId: members.agent.id, role: 'agent' }, { userId: second.id, role: 'reviewer' }] },
    })
    expect(put.status).toBe(200)
    expect(await closed).toBe(CloseCode.AccessRevoked)
    typeIntoTitle(demoted.doc, 'after the demotion')
    const agent = connect(members.agent, id)
    await whenSynced(agent)
    typeIntoTitle(agent.doc, 'the agent still writes')
    const fresh = connect(members.lead, id)
    await whenSynced(fresh)
    await eventually(() => fresh.text().includes('the agent still writes'), 'the agent’s write')
    expect(fresh.text()).not.toContain('after the demotion')
  })
})
