import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import type { MatterId } from '../../shared/domain/ids'
import { expect, it } from 'vitest'
import { DESKTOP, newContext, screenshot, signIn, useBrowserSuite } from '../support/browser'
import { approvedClaimSet, createDocument, createMatter, createUser, request, type TestUser } from '../support/factories'
import type { TestServer } from '../support/testServer'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

async function moveMatter(lead: TestUser, matterId: string, states: string[]): Promise<void> {
  for (const to of states) {
    expect((await request(server.url, 'POST', `/api/matters/${matterId}/transitions`, { token: lead.token, body: { to } })).status).toBe(200)
  }
}

const stateChanges = async (lead: TestUser, matterId: string) =>
  (await request<{ entries: { kind: string; from: string | null; to: string | null }[] }>(server.url, 'GET', `/api/matters/${matterId}/archive`, { token: lead.token })).body.entries
    .filter((e) => e.kind === 'matter.state')
    .map((e) => `${e.from} → ${e.to}`)

const stepButtons = (page: Page) => page.locator('[aria-labelledby=workflow-title] .review-actions button')

it('offers the step on first and primary, and a step back as a secondary return that is asked for before it is archived', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '申请前评估的案件')
  await moveMatter(lead, matter.id, ['evaluation'])
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  await page.getByTestId('move-drafting').waitFor()
  expect(await stepButtons(page).allTextContents()).toEqual(['转入：撰写', '退回：技术交底', '转入：已撤回'])
  expect(await page.getByTestId('move-drafting').getAttribute('class')).toBeNull()
  expect(await page.getByTestId('move-disclosure').getAttribute('class')).toBe('return-step')
  await screenshot(page, 'workflow-return-step')

  // Dismissed, the return changes nothing and the archive keeps no bounce.
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe('确定将案件退回“技术交底”？此步骤将永久记入流程档案。')
    void dialog.dismiss()
  })
  await page.getByTestId('move-disclosure').click()
  expect(await page.getByTestId('matter-state').textContent()).toBe('申请前评估')
  expect(await stateChanges(lead, matter.id)).toEqual(['disclosure → evaluation'])

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByTestId('move-disclosure').focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => page.getByTestId('matter-state').textContent()).toBe('技术交底')
  expect(await stateChanges(lead, matter.id)).toEqual(['disclosure → evaluation', 'evaluation → disclosure'])
  // The button taken went with the state; the keyboard goes on from the workflow's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('workflow-title')
  await page.context().close()
})

it('names a step back as a return in English too, and the reply going in after an office action as a step on', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, 'Matter under office action')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  await moveMatter(lead, matter.id, ['evaluation', 'drafting', 'review'])
  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  await page.getByTestId('move-approved').waitFor()
  expect(await stepButtons(page).allTextContents()).toEqual(['Move to: Approved', 'Back to: Drafting', 'Move to: Withdrawn'])

  await moveMatter(lead, matter.id, ['approved', 'filed', 'office-action'])
  await page.reload()
  await page.getByTestId('move-filed').waitFor()
  expect(await page.getByTestId('move-filed').getAttribute('class')).toBeNull()
  expect(await stepButtons(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')))).toEqual([
    'move-filed',
    'move-granted',
    'move-rejected',
    'move-withdrawn',
  ])
  await page.context().close()
})

it('says beside a grant that waits for its grade what it waits for, until a grade is chosen', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '等待授权的案件')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  await moveMatter(lead, matter.id, ['evaluation', 'drafting', 'review', 'approved', 'filed'])
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const grant = page.getByTestId('move-granted')
  await grant.waitFor()
  expect(await grant.isDisabled()).toBe(true)
  const hint = page.getByTestId('grade-hint')
  expect(await hint.textContent()).toBe('请先选择分级：授权后按专利价值分级维持，分级即记录其价值。')
  expect(await grant.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'))
  await screenshot(page, 'workflow-grant-needs-grade')

  await page.getByTestId('grade').selectOption('B')
  expect(await grant.isEnabled()).toBe(true)
  expect(await hint.count()).toBe(0)
  expect(await grant.getAttribute('aria-describedby')).toBeNull()
  await page.context().close()
})

it('puts the forms that add documents right after the document list, and the process archive last, however long it grows', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '走完一轮流程的案件')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  await moveMatter(lead, matter.id, ['evaluation', 'disclosure', 'evaluation', 'drafting', 'review', 'drafting', 'review', 'approved', 'filed', 'office-action'])
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  await page.getByTestId('timeline').locator('li').first().waitFor()
  const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
  const documents = await top('h2:text-is("文件")')
  const newDocument = await top('#new-document-title')
  const importForm = await top('#import-title')
  const workflow = await top('#workflow-title')
  const archive = await top('[data-testid=timeline]')
  expect(documents).toBeLessThan(newDocument)
  expect(newDocument).toBeLessThan(importForm)
  expect(importForm).toBeLessThan(workflow)
  expect(workflow).toBeLessThan(archive)
  // Within the first two screens, wherever the matter is in its life.
  expect(importForm).toBeLessThan(2 * DESKTOP.height)
  await screenshot(page, 'matter-page-order')
  await page.context().close()
})

it('shows a skeleton while the matters load, never an empty list that reads as "no matters"', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  await createMatter(server.url, agent, '已有的案件')
  // The service worker would answer the request out of the page's sight.
  const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP, serviceWorkers: 'block' })
  const page = await context.newPage()
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/api\/matters$/, async (route) => {
    await held
    await route.continue()
  })
  await signIn(page, server.url, agent, '/')
  await page.getByTestId('matters-loading').waitFor()
  expect(await page.getByRole('status').textContent()).toBe('正在加载案件…')
  expect(await page.getByTestId('matters-empty').count()).toBe(0)
  await screenshot(page, 'matters-loading')

  release()
  await page.getByRole('link', { name: '已有的案件' }).waitFor()
  expect(await page.getByTestId('matters-loading').count()).toBe(0)
  await context.close()
})

it('keeps Reply disabled until the reply has text', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent)
  const claims = await createDocument(server.url, agent, matter.id, 'claims', '权利要求书')
  expect((await request(server.url, 'POST', `/api/documents/${claims.id}/comments`, { token: agent.token, body: { text: '请补充实施例' } })).status).toBe(201)
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/documents/${claims.id}`)
  await page.click('[role=tab][data-panel=review]')
  const thread = page.getByTestId('comment-thread')
  await thread.waitFor()
  const reply = thread.getByTestId('reply-submit')
  expect(await reply.isDisabled()).toBe(true)
  await thread.getByRole('textbox', { name: '回复' }).fill('   ')
  expect(await reply.isDisabled()).toBe(true)
  await thread.getByRole('textbox', { name: '回复' }).fill('已补充')
  await reply.click()
  await thread.locator('.review-comment-body', { hasText: '已补充' }).waitFor()
  expect(await reply.isDisabled()).toBe(true)
  await page.context().close()
})

it('catches up with a step someone else took when the page comes back into view, workflow and archive alike', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
  const matter = await createMatter(server.url, agent, '另一人推进的案件')
  await request(server.url, 'PUT', `/api/matters/${matter.id}/members`, { token: lead.token, body: { members: [{ userId: agent.id, role: 'agent' }, { userId: lead.id, role: 'lead' }] } })
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  await expect.poll(() => page.getByTestId('matter-state').textContent()).toBe('技术交底')
  await moveMatter(lead, matter.id, ['evaluation'])
  // The agent comes back to the tab.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  await expect.poll(() => page.getByTestId('matter-state').textContent()).toBe('申请前评估')
  await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('技术交底 → 申请前评估')
})

it('records the application number and filing date once the matter is filed, and the archive keeps them', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '已申请的案件')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  await moveMatter(lead, matter.id, ['evaluation', 'drafting', 'review', 'approved', 'filed'])
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const section = page.getByTestId('application-data')
  await section.locator('input[name=applicationNumber]').fill('202611234567.8')
  await section.locator('input[name=filingDate]').fill('2026-11-20')
  await section.locator('button[type=submit]').click()
  await section.getByText('已保存。').waitFor()
  const detail = await request<{ applicationNumber: string; filingDate: string }>(server.url, 'GET', `/api/matters/${matter.id}`, { token: lead.token })
  expect(detail.body).toMatchObject({ applicationNumber: '202611234567.8', filingDate: '2026-11-20' })
  await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('登记申请信息 申请号：202611234567.8 · 申请日：2026-11-20')
  const refused = await request(server.url, 'PUT', `/api/matters/${matter.id}/application`, { token: lead.token, body: { applicationNumber: 'x', filingDate: '20.11.2026' } })
  expect(refused.status).toBe(400)
})

it('records the applicant and docket number from the start, and for a US matter once filed the examiner, art unit and confirmation number', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = (await request<{ id: string }>(server.url, 'POST', '/api/matters', { token: lead.token, body: { title: 'Fastener', jurisdiction: 'US' } })).body
  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const section = page.getByTestId('application-data')
  const inputNames = () => section.locator('input').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name')))
  await section.locator('input[name=applicant]').waitFor()
  // Number and date come with the filing receipt, the USPTO's facts with its notices.
  expect(await inputNames()).toEqual(['applicant', 'docketNumber'])
  await section.locator('input[name=applicant]').fill('Acme Fasteners Ltd.')
  await section.locator('input[name=docketNumber]').fill('ACME-042')
  await section.locator('button[type=submit]').click()
  await section.getByText('Saved.').waitFor()
  await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('application data recorded Applicant: Acme Fasteners Ltd. · Docket number: ACME-042')

  await approvedClaimSet(server.url, server.store, lead, matter.id)
  await moveMatter(lead, matter.id, ['evaluation', 'drafting', 'review', 'approved', 'filed'])
  await page.reload()
  await section.locator('input[name=examiner]').waitFor()
  expect(await inputNames()).toEqual(['applicationNumber', 'filingDate', 'applicant', 'docketNumber', 'examiner', 'artUnit', 'confirmationNumber'])
  await section.locator('input[name=examiner]').fill('Jane Roe')
  await section.locator('input[name=artUnit]').fill('3677')
  await section.locator('button[type=submit]').click()
  await section.getByText('Saved.').waitFor()
  const detail = await request(server.url, 'GET', `/api/matters/${matter.id}`, { token: lead.token })
  expect(detail.body).toMatchObject({ applicant: 'Acme Fasteners Ltd.', docketNumber: 'ACME-042', examiner: 'Jane Roe', artUnit: '3677', confirmationNumber: null, applicationNumber: null })
  await screenshot(page, 'application-data-us')
  await page.context().close()
})

it('asks filing, grant and lapse for the facts the process archive keeps, and the timeline names them in the reader language, old entries too', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '覆冰监测装置')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  await moveMatter(lead, matter.id, ['evaluation', 'drafting', 'review', 'approved'])
  // An entry from before entries named their facts: its English names are read in Chinese.
  await server.store.appendArchive({
    id: 'legacy-application-line',
    matterId: matter.id as MatterId,
    documentId: null,
    at: new Date().toISOString(),
    actorId: lead.id,
    actorName: '李娜',
    kind: 'matter.application',
    from: null,
    to: 'Applicant: 国网某公司 · Docket No.: IP-2026-017',
    versionHash: null,
    note: null,
    facts: null,
  })
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const state = page.getByTestId('matter-state')

  await page.getByTestId('step-applicationNumber').fill('202611234567.8')
  await page.getByTestId('step-filingDate').fill('2026-12-03')
  await screenshot(page, 'workflow-filing-facts')
  await page.getByTestId('move-filed').click()
  await expect.poll(() => state.textContent()).toBe('已申请')
  // The application data shows what the step recorded.
  expect(await page.getByTestId('application-data').locator('input[name=applicationNumber]').inputValue()).toBe('202611234567.8')

  await page.getByTestId('grade').selectOption('A')
  await page.getByTestId('step-grantNumber').fill('CN118123456B')
  await page.getByTestId('step-grantDate').fill('2027-08-15')
  await page.getByTestId('move-granted').click()
  await expect.poll(() => state.textContent()).toBe('已授权')
  expect(await page.getByTestId('application-data').locator('input[name=grantNumber]').inputValue()).toBe('CN118123456B')

  // An end is asked for with its reason, not a bare confirmation; cancelled, nothing moves.
  await page.getByTestId('move-lapsed').click()
  const end = page.getByTestId('end-step')
  expect(await end.getByTestId('confirm-end').isDisabled()).toBe(true)
  expect(await end.getByTestId('end-reason').locator('option').allTextContents()).toEqual(['请选择原因…', '未缴年费', '主动放弃', '期限届满'])
  await end.locator('button:has-text("取消")').click()
  expect(await end.count()).toBe(0)
  await page.getByTestId('move-lapsed').click()
  await end.getByTestId('end-reason').selectOption('annual-fee-unpaid')
  await end.getByTestId('end-note').fill('第 6 年年费未缴，经评估不再维持')
  await screenshot(page, 'workflow-lapse-reason')
  await end.getByTestId('confirm-end').click()
  await expect.poll(() => state.textContent()).toBe('已失效')

  const timeline = page.getByTestId('timeline')
  const entry = (text: string) => timeline.locator('li', { hasText: text })
  await entry('已授权 → 已失效').waitFor()
  expect(await entry('已批准 → 已申请').textContent()).toContain('状态变更 已批准 → 已申请 · 申请号：202611234567.8 · 申请日：2026-12-03')
  expect(await entry('已申请 → 已授权').textContent()).toContain('已申请 → 已授权 · 授权公告号：CN118123456B · 授权公告日：2027-08-15分级：A 核心')
  expect(await entry('已授权 → 已失效').textContent()).toContain('已授权 → 已失效 · 原因：未缴年费第 6 年年费未缴，经评估不再维持')
  expect(await entry('李娜').textContent()).toContain('登记申请信息 申请人：国网某公司 · 我方文号：IP-2026-017')
  expect(await timeline.textContent()).not.toMatch(/Applicant|Docket|annual-fee/)
  await screenshot(page, 'archive-step-facts')

  // The page's CSV says what the timeline says.
  const download = page.waitForEvent('download')
  await page.getByTestId('archive-csv').click()
  const csv = readFileSync((await (await download).path())!, 'utf8')
  expect(csv).toContain(',状态变更,,已授权 → 已失效 · 原因：未缴年费,,第 6 年年费未缴，经评估不再维持')
  await page.context().close()
})

it('tells an agent who opened a matter who adds people to its team, since they cannot', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '没有负责人的案件')
  const page = await (await newContext(browser, 'zh-CN', DESKTOP)).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  const note = page.locator('[data-testid=team-managed-by]')
  await note.waitFor()
  expect(await note.textContent()).toBe('团队成员由工作区的负责人添加；本案团队尚无负责人。')
  expect(await page.locator('[data-testid=team] select').count()).toBe(0)
  await page.context().close()
})
