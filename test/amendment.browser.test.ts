import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { expect, it } from 'vitest'
import type { MatterId } from '../shared/domain/ids'
import { loadCaller } from '../server/access'
import { saveVersions } from '../server/versions/saveVersions'
import { unzip, wordRuns } from './amendmentZip'
import { newContext, screenshot, SCREENSHOT_DIR, signIn, useBrowserSuite } from './support/browser'
import { createDocument, createMatter, createUser, request, storedClaimSet } from './support/factories'
import type { TestServer } from './support/testServer'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

// A browser test types and waits on a shared 2-core machine while other suites run.
const BROWSER_TEST_TIMEOUT_MS = 90_000

const CLAIMS = [
  { id: 'c1', text: '一种输电线路覆冰监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有拉力传感器（3）。' },
  { id: 'c2', text: '根据权利要求1所述的输电线路覆冰监测装置，其特征在于，还包括倾角传感器（2）。' },
]
const DESCRIPTION = '夹持座1由金属材料制成。拉力传感器3通过螺栓固定在夹持座1上，倾角传感器2用于测量导线的倾角。'
const ADDED = '，所述夹持座（1）由不锈钢制成'

it('records an office action with two objections and D1, amends claim 1 and downloads the marked-up comparison pages', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '输电线路覆冰监测')
  const claimSet = await storedClaimSet(server.store, matter.id, CLAIMS, { description: [DESCRIPTION] })
  const [filed] = await saveVersions(server.store, server.sync, (await loadCaller(server.store, agent.id))!, [claimSet], '提交申请时', 'filing')

  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  // A new reply: its amended claims are built from the claim set.
  await page.selectOption('select[name=kind]', 'oa-reply')
  await page.fill('input[name=title]', '第一次审查意见答复')
  await page.click('form.stacked-form button[type=submit]')
  await page.waitForURL(/\/documents\/[^/]+$/)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  expect(await page.$$eval('.claim-list[data-role=amended] .claim', (claims) => claims.map((c) => c.textContent))).toEqual(CLAIMS.map((c) => c.text))

  // The office action: D1 and two objections, each answered.
  await page.click('[data-testid=add-cited]')
  await page.click('[data-testid=cited-number]')
  await page.keyboard.type('CN112233445A')
  await page.click('[data-testid=cited-title]')
  await page.keyboard.type('一种覆冰监测系统')
  for (const [ground, claims, argument] of [
    ['A22.3', '1-2', 'D1未公开夹持座的材料。'],
    ['A26.4', '1', '修改后的权利要求1清楚地限定了夹持座。'],
  ] as const) {
    await page.click('[data-testid=add-objection]')
    const objection = page.locator('[data-testid=objection]').last()
    await objection.locator('[data-testid=objection-ground]').selectOption(ground)
    await objection.locator('[data-testid=objection-claims]').click()
    await page.keyboard.type(claims)
    await objection.locator('input[type=checkbox]').check()
    await objection.locator('[data-testid=objection-argument]').click()
    await page.keyboard.type(argument)
  }
  await expect.poll(() => page.locator('[data-testid=objection]').count()).toBe(2)
  await expect.poll(() => page.textContent('.document-layout')).not.toContain('尚未答复')

  // Amend claim 1 with a species the description does not disclose: the reply check flags it as it is typed.
  await page.click('.claim-list[data-role=amended] .claim >> nth=0')
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type(ADDED)
  await expect.poll(() => page.textContent('.document-layout')).toContain('权利要求1 修改加入的“不锈钢”在原说明书和权利要求书中没有记载')
  // The claim is named once, by the findings panel.
  expect(await page.textContent('.document-layout')).not.toContain('权利要求1 权利要求1')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')

  // The marked-up comparison: the insertion underlined, the versions compared named.
  await page.click('[role=tab]:has-text("修改对照")')
  await page.click('[data-testid=markup-show]')
  const first = page.locator('[data-testid=marked-claim]').first()
  await first.waitFor()
  await expect.poll(() => first.locator('ins').allTextContents()).toEqual([ADDED])
  expect(await first.locator('del').count()).toBe(0)
  expect(await page.locator('[data-testid=marked-claim]').nth(1).getAttribute('data-status')).toBe('unchanged')
  expect(await page.textContent('.markup-versions')).toContain(filed!.versionHash.slice(0, 12))
  expect(await page.locator('[data-testid=added-matter]').allTextContents()).toEqual([
    expect.stringContaining('权利要求1 修改加入的“不锈钢”在原说明书和权利要求书中没有记载'),
  ])
  await screenshot(page, 'amendment-markup')

  const download = page.waitForEvent('download')
  await page.click('[data-testid=markup-docx]')
  const downloaded = await download
  // Named as a person filing it would look for it: matter, reply, pages.
  expect(downloaded.suggestedFilename()).toBe('输电线路覆冰监测 - 第一次审查意见答复 - 修改对照页.docx')
  const saved = join(SCREENSHOT_DIR, 'amendment-markup.docx')
  await downloaded.saveAs(saved)
  const xml = unzip(new Uint8Array(readFileSync(saved))).get('word/document.xml')!.toString('utf8')
  const runs = wordRuns(xml)
  expect(runs.filter(([, , underline]) => underline).map(([text]) => text)).toEqual([ADDED])
  expect(runs.filter(([, strike]) => strike)).toEqual([])
  expect(xml).toContain('修改对照页')
  expect(xml).toContain(filed!.versionHash)

  // The copy to file leaves out the team's record of the versions compared, and keeps the marks.
  await page.check('input[name=markup-for-filing]')
  const forFiling = page.waitForEvent('download')
  await page.click('[data-testid=markup-docx]')
  const filingCopy = join(SCREENSHOT_DIR, 'amendment-markup-for-filing.docx')
  await (await forFiling).saveAs(filingCopy)
  const filingXml = unzip(new Uint8Array(readFileSync(filingCopy))).get('word/document.xml')!.toString('utf8')
  expect(filingXml).not.toContain(filed!.versionHash)
  expect(filingXml).not.toContain('SHA-256')
  expect(wordRuns(filingXml).filter(([, , underline]) => underline).map(([text]) => text)).toEqual([ADDED])
}, BROWSER_TEST_TIMEOUT_MS)

it('says why there is nothing to compare for a reply started without a claim set, and downloads nothing', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '没有权利要求书的案件')
  const reply = await createDocument(server.url, agent, matter.id, 'oa-reply', '答复')
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/documents/${reply.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.click('[role=tab]:has-text("修改对照")')
  let downloads = 0
  page.on('download', () => downloads++)
  await page.click('[data-testid=markup-docx]')
  const alert = page.locator('[data-testid=amendment-markup] [role=alert]')
  await expect.poll(() => alert.textContent()).toContain('无可对照的文本')
  await page.click('[data-testid=markup-show]')
  await expect.poll(() => alert.textContent()).toContain('无可对照的文本')
  expect(await page.locator('[data-testid=marked-claim]').count()).toBe(0)
  expect(downloads).toBe(0)
}, BROWSER_TEST_TIMEOUT_MS)

it('lists a US reply’s claims under 37 CFR 1.121(c) in English, identifiers and double brackets as filed', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await request<{ id: MatterId }>(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: 'Ice monitor', jurisdiction: 'US' } })
  const claims = [
    { id: 'u1', text: 'A monitoring device comprising a clamp and a tension sensor mounted on the clamp.' },
    { id: 'u2', text: 'The monitoring device of claim 1, further comprising an inclination sensor.' },
  ]
  const claimSet = await storedClaimSet(server.store, matter.body.id, claims, {
    title: 'Claims',
    description: ['The clamp is made of metal. The tension sensor is mounted on the clamp.'],
  })
  await saveVersions(server.store, server.sync, (await loadCaller(server.store, agent.id))!, [claimSet], 'As filed', 'filing')
  const reply = await createDocument(server.url, agent, matter.body.id, 'oa-reply', 'Response to office action')

  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, agent, `/documents/${reply.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  // "a tension sensor" becomes "tension sensors": a deletion of one character, in double brackets.
  await page.click('.claim-list[data-role=amended] .claim >> nth=0')
  await page.keyboard.press('End')
  for (const _ of ' mounted on the clamp.') await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('s')
  for (const _ of 'tension sensors') await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')

  await page.click('[role=tab]:has-text("Markup")')
  await page.click('[data-testid=markup-show]')
  const listed = page.locator('[data-testid=marked-claim]')
  await expect.poll(() => listed.first().getAttribute('data-identifier')).toBe('currently-amended')
  // Word by word: "sensor" struck through, "sensors" underlined after it.
  expect(await listed.first().textContent()).toBe('1. (Currently amended) A monitoring device comprising a clamp and [[a]] tension sensorsensors mounted on the clamp.')
  expect(await listed.first().locator('ins').allTextContents()).toEqual(['sensors'])
  expect(await listed.first().locator('del').allTextContents()).toEqual(['sensor'])
  expect(await listed.nth(1).textContent()).toBe('2. (Original) The monitoring device of claim 1, further comprising an inclination sensor.')
  await screenshot(page, 'amendment-us-claim-listing')
}, BROWSER_TEST_TIMEOUT_MS)
