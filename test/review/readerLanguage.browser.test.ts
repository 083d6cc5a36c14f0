import type { Browser, Page } from 'playwright-core'
import { afterEach, expect, it } from 'vitest'
import { screenshot, signIn, useBrowserSuite } from '../support/browser'
import { approveAsIs, createDocument, createMatter, createUser, request, storedClaimSet, type TestUser } from '../support/factories'
import { connectClient, followDurable, whenDurable, whenSynced, type SyncClient } from '../support/syncClient'
import type { TestServer } from '../support/testServer'
import { typeIntoTitle } from './reviewSupport'

let server: TestServer
let browser: Browser
const clients: SyncClient[] = []

useBrowserSuite((suite) => ({ server, browser } = suite))

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

async function open(user: TestUser, path: string, locale: 'zh-CN' | 'en-US'): Promise<Page> {
  const page = await (await browser.newContext({ locale, viewport: { width: 1400, height: 900 } })).newPage()
  await signIn(page, server.url, user, path)
  return page
}

it('joins a label and its value with a full-width colon in Chinese, and puts a Chinese aside in full-width brackets', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '一种紧固件')
  const reply = await createDocument(server.url, agent, matter.id, 'oa-reply', '第一次审查意见答复')
  const page = await open(agent, `/documents/${reply.id}`, 'zh-CN')
  await page.locator('[data-testid=office-action] input[type=date]').fill('2025-01-10')
  // Served 15 days after dispatch (2025-01-25), four months to reply.
  await expect
    .poll(() => page.textContent('[data-testid=reply-deadline]'))
    .toBe('答复期限：2025-05-10（电子送达以发文日为送达日，4个月答复期（实施细则第4条；审查指南第五部分第七章）；纸件邮寄送达的，自发文日起满15日推定收到，期限相应顺延）')
  await page.click('[role=tab][data-panel=approval]')
  expect(await page.locator('[data-testid=approval-panel] p').first().textContent()).toBe('审核状态：草稿')
  await page.context().close()
})

it('cites the legal basis of each finding in the reader\'s language, not the rule\'s id', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '一种紧固件')
  // "所述螺栓" names a bolt the claim never introduced: no antecedent basis (Patent Law Art. 26(4)).
  const claims = await storedClaimSet(server.store, matter.id, ['一种紧固件，包括卡扣，其特征在于，所述螺栓为钢制。'])
  const inList = '[data-testid=findings-panel] [data-rule="claims.antecedent-basis"]'

  const chinese = await open(agent, `/documents/${claims.id}`, 'zh-CN')
  const finding = chinese.locator(inList).first()
  await finding.waitFor()
  expect(await finding.textContent()).toContain('依据：专利法第26条第4款；专利审查指南第二部分第二章3.2.2节')
  expect(await chinese.textContent('[data-testid=findings-panel]')).not.toMatch(/claims\.|Patent Law/)
  // The underline's tooltip cites it too, in Chinese brackets.
  expect(await chinese.locator('.tiptap .finding[data-rule="claims.antecedent-basis"]').first().getAttribute('title')).toMatch(/（专利法第26条第4款；.*）$/)
  await screenshot(chinese, 'findings-legal-basis-zh')

  const english = await open(agent, `/documents/${claims.id}`, 'en-US')
  await english.locator(inList).first().waitFor()
  expect(await english.locator(inList).first().textContent()).toContain('Basis: Patent Law Art. 26(4); Guidelines Part II Ch. 2 §3.2.2')
  expect(await english.textContent('[data-testid=findings-panel]')).not.toMatch(/claims\.|专利法/)
  for (const page of [chinese, english]) await page.context().close()
})

it('shows a second approval of a changed text as approved again, with the versions, never as 已批准 → 已批准', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '一种夹具')
  const claims = await storedClaimSet(server.store, matter.id, ['一种夹具，包括底座和压板。'])
  await approveAsIs(server.url, lead, claims.id)
  // The agent changes the approved text; the lead approves the text as it now is.
  const editor = connectClient(server.url, claims.id, agent.token, { acks: '1' })
  clients.push(editor)
  const durable = followDurable(editor)
  await whenSynced(editor)
  typeIntoTitle(editor.doc, '（修改）')
  await whenDurable(editor, durable)
  await approveAsIs(server.url, lead, claims.id)
  const archive = await request<{ entries: { kind: string; from: string; to: string; versionHash: string }[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: lead.token })
  const [first, second] = archive.body.entries.filter((entry) => entry.kind === 'approval')
  // The archive keeps what it stored: the review state before and after, and the version approved.
  expect([second!.from, second!.to]).toEqual(['approved', 'approved'])
  expect(second!.versionHash).not.toBe(first!.versionHash)

  const page = await open(lead, `/matters/${matter.id}`, 'zh-CN')
  const approvals = page.locator('[data-testid=timeline] li').filter({ hasText: /批准版本|再次批准/ })
  await expect.poll(() => approvals.count()).toBe(2)
  const [again, firstApproval] = await approvals.allTextContents()
  expect(again).toContain(`再次批准 · 权利要求书 · 版本 ${first!.versionHash.slice(0, 12)} → ${second!.versionHash.slice(0, 12)}`)
  expect(again).not.toContain('已批准 → 已批准')
  expect(firstApproval).toContain(`批准版本 · 权利要求书 草稿 → 已批准 ${first!.versionHash.slice(0, 12)}`)
  await screenshot(page, 'timeline-approved-again-zh')

  const english = await open(lead, `/matters/${matter.id}`, 'en-US')
  const againInEnglish = english.locator('[data-testid=timeline] li').filter({ hasText: /version approved|approved again/ }).first()
  await againInEnglish.waitFor()
  expect(await againInEnglish.textContent()).toContain(`approved again · 权利要求书 · version ${first!.versionHash.slice(0, 12)} → ${second!.versionHash.slice(0, 12)}`)
  for (const each of [page, english]) await each.context().close()
})

it('names a dismissed finding\'s check and an archived document\'s fate in the reader\'s words in the process archive', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '一种卡箍')
  const claims = await storedClaimSet(server.store, matter.id, ['一种卡箍，包括环带，其特征在于，所述螺栓为钢制。'])
  const listed = await request<{ findings: { rule: string; key: string }[] }>(server.url, 'GET', `/api/documents/${claims.id}/findings`, { token: agent.token })
  const finding = listed.body.findings.find((f) => f.rule === 'claims.antecedent-basis')!
  const dismissed = await request(server.url, 'POST', `/api/documents/${claims.id}/triage`, { token: agent.token, body: { key: finding.key, decision: 'dismissed', reason: '螺栓在说明书中' } })
  expect(dismissed.status).toBe(201)
  const draft = await createDocument(server.url, agent, matter.id, 'claims', '试验稿')
  expect((await request(server.url, 'PATCH', `/api/documents/${draft.id}`, { token: agent.token, body: { archived: true } })).status).toBe(200)

  const page = await open(agent, `/matters/${matter.id}`, 'zh-CN')
  const entry = (text: RegExp) => page.locator('[data-testid=timeline] li').filter({ hasText: text })
  await entry(/忽略检查结果/).waitFor()
  expect(await entry(/忽略检查结果/).textContent()).toContain('忽略检查结果 · 权利要求书 · 引用基础')
  expect(await entry(/文件归档或恢复/).textContent()).toContain('文件归档或恢复 · 试验稿 · 已归档')
  expect(await page.textContent('[data-testid=timeline]')).not.toMatch(/claims\.|active|archived/)
  // The matter was made in its first state, from none.
  expect(await entry(/创建案件/).textContent()).toContain("创建案件 技术交底")
  expect(await entry(/创建案件/).textContent()).not.toContain("—")
  await page.context().close()
})
