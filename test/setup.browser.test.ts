import type { Browser } from 'playwright-core'
import { expect, it } from 'vitest'
import { englishOnScreen, newContext, screenshot, useBrowserSuite } from './support/browser'
import type { TestServer } from './support/testServer'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

it('sets up a server started without the demo: the first admin creates the workspace, then opens a colleague’s account and resets its password', async () => {
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.accept()
  })
  await page.goto(`${server.url}/matters`)
  await page.waitForSelector('[data-testid=setup-needed]')
  // No demo on this server: the sign-in page does not offer its accounts.
  expect(await page.locator('[data-testid=demo-accounts]').count()).toBe(0)
  await screenshot(page, 'setup-login-notice')
  await page.click('[data-testid=setup-needed] a')
  await page.waitForSelector('form.setup')

  await page.fill('input[name=code]', 'AAAA-BBBB-CCCC')
  await page.fill('input[name=workspaceName]', '华光知识产权部')
  await page.fill('input[name=name]', '周主任')
  await page.fill('input[name=email]', 'head@ip.example')
  await page.fill('input[name=password]', 'a long first password')
  await page.fill('input[name=repeatPassword]', 'a long first passwort')
  await page.click('button[type=submit]')
  await expect.poll(() => page.textContent('[role=alert]')).toBe('两次输入的密码不一致。')
  await page.fill('input[name=repeatPassword]', 'a long first password')
  await page.click('button[type=submit]')
  await expect.poll(() => page.textContent('[role=alert]')).toContain('设置码不对')
  expect(await englishOnScreen(page)).toEqual([])
  await screenshot(page, 'setup-wrong-code')

  await page.fill('input[name=code]', server.setupCode!.toLowerCase())
  await page.click('button[type=submit]')
  await page.waitForSelector('[data-testid=members]')
  expect(await page.getByTestId('workspace-name').textContent()).toBe('华光知识产权部')
  expect(await page.textContent('.topbar')).toContain('周主任')
  expect(await page.textContent('[data-testid=members]')).toContain('head@ip.example')

  await page.fill('.member-form input[type=email]', 'agent@ip.example')
  await page.fill('.member-form label:nth-of-type(2) input', '李代理')
  await page.click('.member-form button[type=submit]')
  const firstPassword = await page.textContent('[data-testid=first-password]')
  // The only lead: demoting or removing them is asked with a warning that nobody could approve.
  await page.fill('.member-form input[type=email]', 'lead@ip.example')
  await page.fill('.member-form label:nth-of-type(2) input', '王负责')
  await page.selectOption('.member-form select', 'lead')
  await page.click('.member-form button[type=submit]')
  await page.waitForSelector('tr[data-email="lead@ip.example"]')
  await page.selectOption('tr[data-email="lead@ip.example"] select', 'agent')
  await expect.poll(() => dialogs.at(-1)).toContain('王负责 是本工作区唯一的负责人：没有负责人，就无人能批准申请文件。')
  await page.click('tr[data-email="agent@ip.example"] button:has-text("重置密码")')
  await page.waitForSelector('[data-testid=password-reset] code')
  const resetPassword = await page.textContent('[data-testid=password-reset] code')
  expect(resetPassword).toMatch(/^[A-Za-z0-9]{16}$/)
  expect(resetPassword).not.toBe(firstPassword)
  await screenshot(page, 'setup-members-reset')
  const login = (password: string) =>
    fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@ip.example', password }) })
  expect((await login(firstPassword!)).status).toBe(401)
  expect((await login(resetPassword!)).status).toBe(200)

  // Signed in with the handed-over password, the agent replaces it before anything else: every
  // page, the one asked for included, is the one that replaces it, until they do.
  const agentPage = await (await newContext(browser, 'zh-CN')).newPage()
  await agentPage.goto(`${server.url}/login?next=${encodeURIComponent('/dashboard')}`)
  await agentPage.fill('input[name=email]', 'agent@ip.example')
  await agentPage.fill('input[name=password]', resetPassword!)
  await agentPage.click('button[type=submit]')
  await agentPage.getByTestId('choose-password').waitFor()
  expect(await agentPage.locator('.topnav a').count()).toBe(0)
  await screenshot(agentPage, 'setup-choose-password')
  await agentPage.goto(`${server.url}/matters`)
  await agentPage.getByTestId('choose-password').waitFor()
  await agentPage.fill('input[autocomplete=current-password]', resetPassword!)
  await agentPage.fill('input[autocomplete=new-password]', 'an agent’s own password')
  await agentPage.click('form:has(#password-title) button[type=submit]')
  await agentPage.waitForSelector('.topnav a')
  expect(await agentPage.getByTestId('choose-password').count()).toBe(0)
  await agentPage.close()

  // Set up for good: the page says so to whoever comes to it later.
  const later = await (await newContext(browser, 'en-US')).newPage()
  await later.goto(`${server.url}/login`)
  await later.waitForSelector('form.login')
  expect(await later.locator('[data-testid=setup-needed]').count()).toBe(0)
  // The set-up page itself says so, with no form to fill in for nothing.
  await later.goto(`${server.url}/setup`)
  await later.getByTestId('setup-done').waitFor()
  expect(await later.locator('form.setup').count()).toBe(0)
  await later.close()
})
