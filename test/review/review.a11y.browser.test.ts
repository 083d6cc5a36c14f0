import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import { createDocument as createStoredDocument } from '../../server/documents/createDocument'
import { newId } from '../../server/newId'
import { demoClaims } from '../../server/seed/demoContent'
import { englishOnScreen, newContext, screenshot, seriousAccessibilityViolations, signIn, useBrowserSuite } from '../support/browser'
import { addToTeam, createMatter, createUser, request, type TestUser } from '../support/factories'
import type { TestServer } from '../support/testServer'

let server: TestServer
let browser: Browser
let lead: TestUser
let admin: TestUser
let reviewer: TestUser
let matterId: string
let documentId: string

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
  admin = await createUser(server.url, server.store, { role: 'admin', workspaceId: agent.workspaceId })
  reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  matterId = (await createMatter(server.url, agent, '输电线路覆冰监测')).id
  await addToTeam(server.store, matterId, reviewer, 'reviewer')
  const matter = (await server.store.findMatter(matterId as MatterId))!
  documentId = (await createStoredDocument(server.store, { id: newId<DocumentId>(), matter, kind: 'claims', title: '权利要求书', content: demoClaims() })).id
  await request(server.url, 'POST', `/api/documents/${documentId}/comments`, { token: reviewer.token, body: { text: '请限定安装位置' } })
})

async function expectAccessibleAndChinese(page: Page, name: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page), name).toEqual([])
  expect(await englishOnScreen(page), name).toEqual([])
  await screenshot(page, `a11y-${name}`)
}

describe.each(['review', 'checklist', 'triage', 'approval'])('the %s panel', (panel) => {
  it('has no serious accessibility violation and no English in the Chinese interface', async () => {
    const page = await (await newContext(browser, 'zh-CN')).newPage()
    await signIn(page, server.url, reviewer, `/documents/${documentId}`)
    await page.waitForSelector('.tiptap li.claim')
    await page.click(`[role=tab][data-panel=${panel}]`)
    await page.waitForSelector(`[data-testid=panel-${panel}]:not([hidden]) :is(p, li, button)`)
    await expectAccessibleAndChinese(page, `panel-${panel}`)
  }, 60_000)
})

it('the dashboard and the checklist templates have no serious accessibility violation and no English in Chinese', async () => {
  const leadPage = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(leadPage, server.url, lead, '/dashboard')
  await leadPage.waitForSelector('[data-testid=dashboard]')
  await expectAccessibleAndChinese(leadPage, 'dashboard')
  const adminPage = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(adminPage, server.url, admin, `/workspaces/${lead.workspaceId}/checklists`)
  await adminPage.waitForSelector('table input')
  await expectAccessibleAndChinese(adminPage, 'templates')
}, 60_000)

it('an admin adds a colleague on the members page, who signs in with the first password shown and changes it; in Chinese, accessible', async () => {
  const adminPage = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(adminPage, server.url, admin, '/')
  await adminPage.click('nav a:has-text("成员")')
  await adminPage.waitForSelector('[data-testid=members] tbody tr')
  await adminPage.fill('.member-form input[type=email]', 'wu.fang@test.example')
  await adminPage.fill('.member-form label:has-text("姓名") input', '吴芳')
  await adminPage.selectOption('.member-form select', 'inventor')
  await adminPage.click('.member-form button:has-text("添加成员")')
  const firstPassword = (await adminPage.getByTestId('first-password').textContent())!
  await adminPage.waitForSelector('[data-testid=members] tr[data-email="wu.fang@test.example"]')
  expect(await adminPage.textContent('[data-testid=members] tr[data-email="wu.fang@test.example"]')).toContain('发明人')
  await expectAccessibleAndChinese(adminPage, 'members')
  // On a phone the role and Remove are on screen, not behind a sideways scroll.
  await adminPage.setViewportSize({ width: 390, height: 844 })
  const table = adminPage.locator('.members-scroll')
  expect(await table.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0)
  await screenshot(adminPage, 'members-zh-CN-390')

  const colleague = await (await newContext(browser, 'zh-CN')).newPage()
  await colleague.goto(`${server.url}/login`)
  await colleague.fill('input[name=email]', 'wu.fang@test.example')
  await colleague.fill('input[name=password]', firstPassword)
  await colleague.click('button[type=submit]')
  // The first password was handed over: replacing it comes before anything else.
  await colleague.getByTestId('choose-password').waitFor()
  await colleague.fill('input[autocomplete=current-password]', firstPassword)
  await colleague.fill('input[autocomplete=new-password]', '吴芳自己设定的新密码2026')
  await colleague.click('form:has-text("修改我的密码") button[type=submit]')
  await colleague.click('nav a:has-text("成员")')
  expect((await request(server.url, 'POST', '/api/auth/login', { body: { email: 'wu.fang@test.example', password: '吴芳自己设定的新密码2026' } })).status).toBe(200)
  // A member who is not an admin reads the list and adds no one.
  expect(await colleague.locator('.member-form input[type=email]').count()).toBe(0)

  // Removed from the workspace, the colleague is told why there are no matters.
  const members = `/api/workspaces/${admin.workspaceId}/members`
  const listed = await request<{ members: { userId: string; email: string }[] }>(server.url, 'GET', members, { token: admin.token })
  const wuFang = listed.body.members.find((m) => m.email === 'wu.fang@test.example')!
  expect((await request(server.url, 'DELETE', `${members}/${wuFang.userId}`, { token: admin.token })).status).toBe(200)
  await colleague.goto(`${server.url}/`)
  await colleague.getByTestId('matters-empty').waitFor()
  expect(await colleague.getByTestId('matters-empty').textContent()).toContain('您目前不属于任何工作区')
}, 60_000)

it('tells an admin who lowers a member\'s role that the member\'s team seats changed with it and do not come back with the role', async () => {
  const drafter = await createUser(server.url, server.store, { role: 'agent', workspaceId: admin.workspaceId })
  await createMatter(server.url, drafter, '席位测试')
  const adminPage = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(adminPage, server.url, admin, `/workspaces/${admin.workspaceId}/members`)
  const row = adminPage.locator(`[data-testid=members] tr[data-email="${drafter.email}"]`)
  // Each Remove and Reset password names whom it acts on.
  await row.locator('button.link').first().waitFor()
  const spokenNames = await row
    .locator('button.link')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent?.trim()).join(' ')))
  expect(spokenNames).toEqual([expect.stringMatching(/^重置密码 Test agent \d+$/), expect.stringMatching(/^移出 Test agent \d+$/)])
  // The change is asked first: declined, nothing changes.
  const questions: string[] = []
  adminPage.on('dialog', (dialog) => {
    questions.push(dialog.message())
    void (questions.length === 1 ? dialog.dismiss() : dialog.accept())
  })
  await row.locator('select').selectOption('reviewer')
  await expect.poll(() => questions.length).toBe(1)
  expect(questions[0]).toMatch(/^将 Test agent \d+ 的角色改为审核人？/)
  expect(await row.locator('select').inputValue()).toBe('agent')
  await row.locator('select').selectOption('reviewer')
  const notice = adminPage.getByTestId('seats-changed')
  await notice.waitFor()
  expect(await notice.textContent()).toMatch(/^Test agent \d+在 1 个案件团队中的席位已随新角色变更（见相应案件的流程档案）。再次提升角色不会恢复原席位：需由负责人在团队中重新安排。$/)
  await expectAccessibleAndChinese(adminPage, 'members-seats-changed')
  // Raised again, nothing changes on the team, and the notice goes.
  await row.locator('select').selectOption('agent')
  await expect.poll(() => notice.count()).toBe(0)
  await adminPage.context().close()
})
