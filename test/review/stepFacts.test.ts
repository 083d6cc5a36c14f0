import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MatterView } from '../../shared/domain/api'
import type { ArchiveEntryView } from '../../shared/review/reviewApi'
import { approvedClaimSet, createMatter, createUser, request, type TestUser } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let lead: TestUser

beforeAll(async () => {
  server = await startTestServer()
  lead = await createUser(server.url, server.store, { role: 'lead' })
})
afterAll(() => server.dispose())

type Answer = MatterView & { error?: { code: string; message: string } }

const move = (matterId: string, body: object) => request<Answer>(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: lead.token, body })

const archive = async (matterId: string) =>
  (await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: lead.token })).body.entries

/** The archive's entry of the matter's latest step (a filing also keeps versions, archived after it). */
const lastStep = async (matterId: string) => (await archive(matterId)).filter((e) => e.kind === 'matter.state').at(-1)

const matterNow = async (matterId: string) => (await request<MatterView>(server.url, 'GET', `/api/matters/${matterId}`, { token: lead.token })).body

/** A matter moved by the lead through `states`, with an approved claim set to file. */
async function matterIn(states: string[]): Promise<MatterView> {
  const matter = await createMatter(server.url, lead, '覆冰监测装置')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  for (const to of states) {
    const body = to === 'granted' ? { to, grade: 'B' } : { to }
    expect((await move(matter.id, body)).status, to).toBe(200)
  }
  return matterNow(matter.id)
}

const TO_APPROVED = ['evaluation', 'drafting', 'review', 'approved']

describe('the facts a step of the workflow is taken with', () => {
  it('files the application with its number and filing date: on the matter, and in the archive entry of the step', async () => {
    const matter = await matterIn(TO_APPROVED)
    const filed = await move(matter.id, { to: 'filed', from: 'approved', applicationNumber: ' 202611234567.8 ', filingDate: '2026-12-03' })
    expect(filed.status).toBe(200)
    expect(filed.body).toMatchObject({ state: 'filed', applicationNumber: '202611234567.8', filingDate: '2026-12-03' })
    expect(await matterNow(matter.id)).toMatchObject({ applicationNumber: '202611234567.8', filingDate: '2026-12-03' })
    const entries = await archive(matter.id)
    expect(await lastStep(matter.id)).toMatchObject({ kind: 'matter.state', from: 'approved', to: 'filed', facts: { applicationNumber: '202611234567.8', filingDate: '2026-12-03' } })
    // The step is the record of the number: no second entry for the same change.
    expect(entries.filter((e) => e.kind === 'matter.application')).toEqual([])
    const csv = await (await fetch(`${server.url}/api/matters/${matter.id}/archive?format=csv`, { headers: { authorization: `Bearer ${lead.token}` } })).text()
    expect(csv).toContain(',matter.state,,approved,filed,,,"{""applicationNumber"":""202611234567.8"",""filingDate"":""2026-12-03""}"')
  })

  it('records at filing the number recorded before when the step gives none, and none when nothing is known', async () => {
    const matter = await matterIn(TO_APPROVED)
    await request(server.url, 'PUT', `/api/matters/${matter.id}/application`, { token: lead.token, body: { applicationNumber: '202611234567.8', filingDate: '' } })
    expect((await move(matter.id, { to: 'filed', filingDate: '2026-12-03' })).body).toMatchObject({ applicationNumber: '202611234567.8', filingDate: '2026-12-03' })
    expect((await lastStep(matter.id))?.facts).toEqual({ applicationNumber: '202611234567.8', filingDate: '2026-12-03' })

    const unknown = await matterIn(TO_APPROVED)
    expect((await move(unknown.id, { to: 'filed' })).status).toBe(200)
    expect(await lastStep(unknown.id)).toMatchObject({ to: 'filed', facts: null })
  })

  it('grants with the grade, the grant publication number and date, which the application data may correct afterwards', async () => {
    const matter = await matterIn([...TO_APPROVED, 'filed'])
    const granted = await move(matter.id, { to: 'granted', grade: 'A', grantNumber: 'CN 118123456 B', grantDate: '2027-08-15' })
    expect(granted.status).toBe(200)
    expect(granted.body).toMatchObject({ state: 'granted', grade: 'A', grantNumber: 'CN 118123456 B', grantDate: '2027-08-15' })
    expect(await lastStep(matter.id)).toMatchObject({ to: 'granted', note: 'grade A', facts: { grantNumber: 'CN 118123456 B', grantDate: '2027-08-15' } })

    const corrected = await request<MatterView>(server.url, 'PUT', `/api/matters/${matter.id}/application`, {
      token: lead.token,
      body: { applicationNumber: '', filingDate: '', grantNumber: 'CN118123456B', grantDate: '2027-08-16' },
    })
    expect(corrected.body).toMatchObject({ grantNumber: 'CN118123456B', grantDate: '2027-08-16' })
    expect(await matterNow(matter.id)).toMatchObject({ grantNumber: 'CN118123456B', grantDate: '2027-08-16' })
    expect((await archive(matter.id)).at(-1)).toMatchObject({
      kind: 'matter.application',
      to: 'Grant No.: CN118123456B · Grant date: 2027-08-16',
      facts: { grantNumber: 'CN118123456B', grantDate: '2027-08-16' },
    })
  })

  it('records why a matter ended — rejected, withdrawn, lapsed — with a note and the date of a rejection decision', async () => {
    const rejected = await matterIn([...TO_APPROVED, 'filed', 'office-action'])
    expect((await move(rejected.id, { to: 'rejected', reason: 'rejection-decision', decisionDate: '2027-03-01', note: '复审请求期限内再议' })).status).toBe(200)
    expect(await lastStep(rejected.id)).toMatchObject({ to: 'rejected', note: '复审请求期限内再议', facts: { reason: 'rejection-decision', decisionDate: '2027-03-01' } })

    const withdrawn = await matterIn(['evaluation'])
    expect((await move(withdrawn.id, { to: 'withdrawn', reason: 'voluntary' })).status).toBe(200)
    expect(await lastStep(withdrawn.id)).toMatchObject({ to: 'withdrawn', note: null, facts: { reason: 'voluntary' } })

    const lapsed = await matterIn([...TO_APPROVED, 'filed', 'granted'])
    expect((await move(lapsed.id, { to: 'lapsed', reason: 'annual-fee-unpaid', note: '第 6 年年费未缴' })).status).toBe(200)
    expect(await lastStep(lapsed.id)).toMatchObject({ to: 'lapsed', note: '第 6 年年费未缴', facts: { reason: 'annual-fee-unpaid' } })
  })

  it('still takes a step with only to, from and grade, as before', async () => {
    const matter = await matterIn(['evaluation'])
    expect((await move(matter.id, { to: 'withdrawn', from: 'evaluation' })).status).toBe(200)
    expect(await lastStep(matter.id)).toMatchObject({ to: 'withdrawn', note: null, facts: null })
  })

  it('refuses a fact in the wrong form or with a step it does not belong to with 400, and stores nothing', async () => {
    const filing = await matterIn(TO_APPROVED)
    const ending = await matterIn([...TO_APPROVED, 'filed', 'office-action'])
    const refused: [MatterView, object, RegExp][] = [
      [filing, { to: 'filed', filingDate: '2026-02-30' }, /^filingDate: a date YYYY-MM-DD that the calendar has$/],
      [filing, { to: 'filed', filingDate: '03/12/2026' }, /^filingDate: a date YYYY-MM-DD$/],
      [filing, { to: 'filed', applicationNumber: '  ' }, /^applicationNumber: /],
      [filing, { to: 'filed', applicationNumber: 'N'.repeat(101) }, /^applicationNumber: /],
      [filing, { to: 'filed', grantNumber: 'CN1' }, /^grantNumber: only a matter being granted takes it$/],
      [filing, { to: 'withdrawn', reason: 'annual-fee-unpaid' }, /^reason: a matter withdrawn gives one of voluntary, deemed$/],
      [filing, { to: 'withdrawn', reason: 'voluntary', decisionDate: '2027-01-01' }, /^decisionDate: only a rejection takes it$/],
      [filing, { to: 'withdrawn', note: 'N'.repeat(2001) }, /^note: /],
      [filing, { to: 'withdrawn', note: 42 }, /^note: /],
      [ending, { to: 'filed', applicationNumber: '202611234567.8' }, /^applicationNumber: only the filing of the application \(approved → filed\) takes it$/],
      [ending, { to: 'granted', grade: 'A', grantDate: '2027-13-01' }, /^grantDate: /],
      [ending, { to: 'granted', grade: 'A', reason: 'voluntary' }, /^reason: only a step to rejected, withdrawn or lapsed takes it$/],
      [ending, { to: 'rejected', decisionDate: 'yesterday' }, /^decisionDate: /],
    ]
    for (const [matter, body, message] of refused) {
      const answer = await move(matter.id, body)
      expect({ body, status: answer.status, code: answer.body.error?.code }).toEqual({ body, status: 400, code: 'invalid_input' })
      expect(answer.body.error?.message).toMatch(message)
    }
    expect(await matterNow(filing.id)).toEqual(filing)
    expect(await matterNow(ending.id)).toEqual(ending)
    expect((await lastStep(filing.id))?.to).toBe('approved')
    expect((await lastStep(ending.id))?.to).toBe('office-action')
  })
})
