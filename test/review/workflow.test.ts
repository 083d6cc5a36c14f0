import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MatterView } from '../../shared/domain/api'
import type { MatterId } from '../../shared/domain/ids'
import type { ArchiveEntryView } from '../../shared/review/reviewApi'
import { addToTeam, approveAsIs, approvedClaimSet, createDocument, createMatter, request, storedClaimSet, usersInRoles, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let users: Record<'agent' | 'lead' | 'reviewer', TestUser>

beforeAll(async () => {
  server = await startTestServer()
  users = await usersInRoles(server.url, server.store, ['agent', 'lead', 'reviewer'])
})
afterAll(() => server.dispose())

const move = (user: TestUser, matterId: string, body: object) =>
  request<MatterView & { error?: { code: string; message: string } }>(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: user.token, body })

describe('matter workflow', () => {
  it('walks a matter from disclosure to granted with a grade, each step by a role the table allows', async () => {
    const matter = await createMatter(server.url, users.agent)
    await addToTeam(server.store, matter.id, users.reviewer, 'reviewer')
    await approvedClaimSet(server.url, server.store, users.lead, matter.id)
    const approvedReply = async () => approveAsIs(server.url, users.lead, (await createDocument(server.url, users.agent, matter.id, 'oa-reply', 'Reply')).id)
    const steps: [TestUser, string, object?, (() => Promise<void>)?][] = [
      [users.agent, 'evaluation'],
      [users.reviewer, 'drafting'],
      [users.agent, 'review'],
      [users.reviewer, 'drafting'],
      [users.agent, 'review'],
      [users.lead, 'approved'],
      [users.agent, 'filed'],
      [users.agent, 'office-action'],
      [users.agent, 'filed', {}, approvedReply],
      [users.lead, 'granted', { grade: 'A' }],
    ]
    for (const [user, to, extra, before] of steps) {
      await before?.()
      const response = await move(user, matter.id, { to, ...extra })
      expect(response.status, `${to}: ${JSON.stringify(response.body)}`).toBe(200)
      expect(response.body.state).toBe(to)
    }
    const read = await request<MatterView>(server.url, 'GET', `/api/matters/${matter.id}`, { token: users.agent.token })
    expect(read.body).toMatchObject({ state: 'granted', grade: 'A' })
  })

  it('refuses a step the workflow does not have (400), a role it does not allow (403), and a grant without a grade (400)', async () => {
    const matter = await createMatter(server.url, users.agent)
    await addToTeam(server.store, matter.id, users.reviewer, 'reviewer')
    const skip = await move(users.agent, matter.id, { to: 'granted', grade: 'A' })
    expect(skip.status).toBe(400)
    expect(skip.body.error?.message).toMatch(/disclosure to granted/)
    expect((await move(users.agent, matter.id, { to: 'nowhere' })).status).toBe(400)
    await move(users.agent, matter.id, { to: 'evaluation', from: 'disclosure' })
    // The same step from a page that still showed the state before: a conflict, not bad input.
    const late = await move(users.agent, matter.id, { to: 'evaluation', from: 'disclosure' })
    expect(late.status).toBe(409)
    expect(late.body.error?.code).toBe('conflict')
    await move(users.lead, matter.id, { to: 'drafting' })
    await move(users.agent, matter.id, { to: 'review' })
    expect((await move(users.agent, matter.id, { to: 'approved' })).status).toBe(403)
    expect((await move(users.reviewer, matter.id, { to: 'approved' })).status).toBe(403)
    await approvedClaimSet(server.url, server.store, users.lead, matter.id)
    await move(users.lead, matter.id, { to: 'approved' })
    await move(users.agent, matter.id, { to: 'filed' })
    const noGrade = await move(users.agent, matter.id, { to: 'granted' })
    expect(noGrade.status).toBe(400)
    expect(noGrade.body.error?.message).toMatch(/grade/)
  })
})

describe('approval before filing', () => {
  const moved = async (user: TestUser, matterId: string, to: string) => {
    const response = await move(user, matterId, { to })
    expect(response.status, `${to}: ${JSON.stringify(response.body)}`).toBe(200)
  }
  type Refusal = { error?: { code: string; documents?: { id: string; title: string }[] } }

  it('refuses to approve or file a matter whose claim sets were never approved, or that has none (409 approval_missing)', async () => {
    const matter = await createMatter(server.url, users.agent)
    for (const [user, to] of [[users.agent, 'evaluation'], [users.lead, 'drafting'], [users.agent, 'review']] as const) await moved(user, matter.id, to)
    const nothing = await move(users.lead, matter.id, { to: 'approved' })
    expect(nothing.status).toBe(409)
    expect((nothing.body as Refusal).error).toMatchObject({ code: 'approval_missing', documents: [] })

    const first = await approvedClaimSet(server.url, server.store, users.lead, matter.id)
    const second = await storedClaimSet(server.store, matter.id, ['一种压板。'], { title: '分案权利要求书' })
    const refused = await move(users.lead, matter.id, { to: 'approved' })
    expect(refused.status).toBe(409)
    expect((refused.body as Refusal).error).toMatchObject({ code: 'approval_missing', documents: [{ id: second.id, title: '分案权利要求书' }] })
    await approveAsIs(server.url, users.lead, second.id)
    await moved(users.lead, matter.id, 'approved')
    // A claim set added after the approval for filing is not filed unapproved either.
    const late = await storedClaimSet(server.store, matter.id, ['一种底座。'], { title: '补充权利要求书' })
    const filing = await move(users.agent, matter.id, { to: 'filed' })
    expect((filing.body as Refusal).error).toMatchObject({ code: 'approval_missing', documents: [{ id: late.id }] })
    await approveAsIs(server.url, users.lead, late.id)
    await moved(users.agent, matter.id, 'filed')
    expect(first.id).not.toBe(second.id)
  })

  it('files a reply to an office action only once the latest reply is approved', async () => {
    const matter = await createMatter(server.url, users.agent)
    await approvedClaimSet(server.url, server.store, users.lead, matter.id)
    for (const [user, to] of [[users.agent, 'evaluation'], [users.lead, 'drafting'], [users.agent, 'review'], [users.lead, 'approved'], [users.agent, 'filed'], [users.agent, 'office-action']] as const) {
      await moved(user, matter.id, to)
    }
    expect(((await move(users.agent, matter.id, { to: 'filed' })).body as Refusal).error).toMatchObject({ code: 'approval_missing', documents: [] })
    const earlier = await createDocument(server.url, users.agent, matter.id, 'oa-reply', '第一次答复')
    await approveAsIs(server.url, users.lead, earlier.id)
    const latest = await createDocument(server.url, users.agent, matter.id, 'oa-reply', '第二次答复')
    const refused = await move(users.agent, matter.id, { to: 'filed' })
    expect(refused.status).toBe(409)
    expect((refused.body as Refusal).error).toMatchObject({ code: 'approval_missing', documents: [{ id: latest.id, title: '第二次答复' }] })
    await approveAsIs(server.url, users.lead, latest.id)
    await moved(users.agent, matter.id, 'filed')
  })
})

describe('the process archive', () => {
  it('records every state change with who, when and from → to, as JSON and as CSV', async () => {
    const matter = await createMatter(server.url, users.agent, 'Archive, "quoted", matter')
    await move(users.agent, matter.id, { to: 'evaluation' })
    await move(users.lead, matter.id, { to: 'withdrawn' })
    const json = await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: users.agent.token })
    expect(json.body.entries.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['matter.created', null, 'disclosure'],
      ['matter.state', 'disclosure', 'evaluation'],
      ['matter.state', 'evaluation', 'withdrawn'],
    ])
    expect(json.body.entries[2]!.actor.id).toBe(users.lead.id)
    const csv = await fetch(`${server.url}/api/matters/${matter.id}/archive?format=csv`, { headers: { authorization: `Bearer ${users.agent.token}` } })
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const bytes = new Uint8Array(await csv.arrayBuffer())
    // A byte order mark first, so that Excel reads the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe('at,actor,kind,documentId,from,to,versionHash,note,facts')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain('"Archive, ""quoted"", matter"')
    expect(lines[3]).toContain(',matter.state,,evaluation,withdrawn,,')
  })

  it('is refused by the store itself: no UPDATE or DELETE of an entry succeeds', async () => {
    const matter = await createMatter(server.url, users.agent)
    await move(users.agent, matter.id, { to: 'evaluation' })
    const db = new Database(join(server.dataDir, 'claimroom.sqlite'))
    try {
      expect(() => db.prepare("UPDATE archive_entries SET to_value = 'granted' WHERE matter_id = ?").run(matter.id)).toThrow(/append-only/)
      expect(() => db.prepare('DELETE FROM archive_entries WHERE matter_id = ?').run(matter.id)).toThrow(/append-only/)
    } finally {
      db.close()
    }
    const entries = await server.store.archive(matter.id as MatterId)
    expect(entries.map((e) => e.to)).toEqual(['disclosure', 'evaluation'])
  })

  it('has no API path that changes or deletes an entry', async () => {
    const matter = await createMatter(server.url, users.agent)
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await request(server.url, method, `/api/matters/${matter.id}/archive`, { token: users.lead.token, body: {} })
      expect(response.status).toBe(404)
    }
  })
})
