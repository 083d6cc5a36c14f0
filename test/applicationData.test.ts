import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MatterView } from '../shared/domain/api'
import type { ArchiveEntryView } from '../shared/review/reviewApi'
import { createMatter, createUser, request, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let lead: TestUser

beforeAll(async () => {
  server = await startTestServer()
  lead = await createUser(server.url, server.store, { role: 'lead' })
})
afterAll(async () => {
  await server?.dispose()
})

const FACTS = { applicant: 'Acme Fasteners Ltd.', docketNumber: 'ACME-042', examiner: 'Jane Roe', artUnit: '3677', confirmationNumber: '4821' }

const putApplication = (matterId: string, body: unknown) =>
  request<MatterView & { error?: { code: string } }>(server.url, 'PUT', `/api/matters/${matterId}/application`, { token: lead.token, body })

const matterNow = async (matterId: string) => (await request<MatterView>(server.url, 'GET', `/api/matters/${matterId}`, { token: lead.token })).body

/** The archive's record of each change of the application data: from → to. */
const applicationChanges = async (matterId: string) =>
  (await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: lead.token })).body.entries
    .filter((e) => e.kind === 'matter.application')
    .map((e) => `${e.from} → ${e.to}`)

describe('PUT /api/matters/:id/application', () => {
  it('records the applicant, docket number, examiner, art unit and confirmation number, trimmed, before the matter is filed', async () => {
    const matter = await createMatter(server.url, lead)
    expect(matter.state).toBe('disclosure')
    const saved = await putApplication(matter.id, { applicationNumber: '', filingDate: '', ...FACTS, applicant: '  Acme Fasteners Ltd. ' })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ applicationNumber: null, filingDate: null, ...FACTS })
    expect(await matterNow(matter.id)).toMatchObject(FACTS)
    expect(await applicationChanges(matter.id)).toEqual([
      'null → Applicant: Acme Fasteners Ltd. · Docket No.: ACME-042 · Examiner: Jane Roe · Art Unit: 3677 · Confirmation No.: 4821',
    ])
  })

  it('leaves the other facts as recorded when a PUT sends only the number and date, and archives the change as before', async () => {
    const matter = await createMatter(server.url, lead)
    await putApplication(matter.id, { applicationNumber: '', filingDate: '', applicant: 'Acme Fasteners Ltd.', docketNumber: 'ACME-042' })
    const saved = await putApplication(matter.id, { applicationNumber: '202611234567.8', filingDate: '2026-11-20' })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ applicationNumber: '202611234567.8', filingDate: '2026-11-20', applicant: 'Acme Fasteners Ltd.', docketNumber: 'ACME-042', examiner: null })
    expect(await matterNow(matter.id)).toMatchObject({ applicant: 'Acme Fasteners Ltd.', docketNumber: 'ACME-042' })
    expect((await applicationChanges(matter.id)).at(-1)).toBe(
      'Applicant: Acme Fasteners Ltd. · Docket No.: ACME-042 → 202611234567.8 · 2026-11-20 · Applicant: Acme Fasteners Ltd. · Docket No.: ACME-042',
    )

    // A matter with only a number and date archives the line it always has.
    const plain = await createMatter(server.url, lead)
    await putApplication(plain.id, { applicationNumber: '202611234567.8', filingDate: '2026-11-20' })
    expect(await applicationChanges(plain.id)).toEqual(['null → 202611234567.8 · 2026-11-20'])
  })

  it('clears a fact sent empty or null, and archives nothing when nothing changed', async () => {
    const matter = await createMatter(server.url, lead)
    await putApplication(matter.id, { applicationNumber: '', filingDate: '', ...FACTS })
    const cleared = await putApplication(matter.id, { applicationNumber: '', filingDate: '', examiner: '   ', artUnit: null })
    expect(cleared.body).toMatchObject({ examiner: null, artUnit: null, applicant: 'Acme Fasteners Ltd.', confirmationNumber: '4821' })
    await putApplication(matter.id, { applicationNumber: '', filingDate: '', applicant: 'Acme Fasteners Ltd.' })
    expect(await applicationChanges(matter.id)).toHaveLength(2)
  })

  it('records each change by name as well, every fact recorded before or after it, a cleared one empty', async () => {
    const matter = await createMatter(server.url, lead)
    await putApplication(matter.id, { applicationNumber: '202611234567.8', filingDate: '2026-12-03', applicant: '国网某公司', docketNumber: 'IP-2026-017' })
    await putApplication(matter.id, { applicationNumber: '202611234567.8', filingDate: '2026-12-03', docketNumber: '' })
    const entries = (await request<{ entries: ArchiveEntryView[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: lead.token })).body.entries
    expect(entries.filter((e) => e.kind === 'matter.application').map((e) => e.facts)).toEqual([
      { applicationNumber: '202611234567.8', filingDate: '2026-12-03', applicant: '国网某公司', docketNumber: 'IP-2026-017' },
      { applicationNumber: '202611234567.8', filingDate: '2026-12-03', applicant: '国网某公司', docketNumber: '' },
    ])
  })

  it('refuses a fact too long or not a string, or a PUT without number and date, with 400, and changes nothing', async () => {
    const matter = await createMatter(server.url, lead)
    await putApplication(matter.id, { applicationNumber: '17/123,456', filingDate: '2024-03-01', ...FACTS })
    const before = await matterNow(matter.id)
    const refused = [
      { applicant: 'A'.repeat(501) },
      { docketNumber: 'D'.repeat(101) },
      { examiner: 'E'.repeat(201) },
      { artUnit: '3'.repeat(21) },
      { confirmationNumber: 4821 },
      { examiner: ['Jane Roe'] },
      { applicant: { name: 'Acme' } },
      { docketNumber: true },
      { grantNumber: 'G'.repeat(101) },
      { grantDate: '2027-02-29' },
      { grantDate: 20270815 },
    ]
    for (const fact of refused) {
      const answer = await putApplication(matter.id, { applicationNumber: '', filingDate: '', ...fact })
      expect({ fact, status: answer.status, code: answer.body.error?.code }).toEqual({ fact, status: 400, code: 'invalid_input' })
    }
    expect((await putApplication(matter.id, { applicant: 'Someone else' })).status).toBe(400)
    expect(await matterNow(matter.id)).toEqual(before)
    expect(await applicationChanges(matter.id)).toHaveLength(1)
  })
})
