import { updateYFragment } from '@tiptap/y-tiptap'
import type { Browser, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { claimList, documentTitle, patentDocument, section } from '../../shared/editor/documentBuilders'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { readPatentDocument } from '../../shared/editor/readPatentDocument'
import type { VersionView } from '../../shared/editor/versionApi'
import { readBody, schemaFor } from '../../shared/editor/documentBody'
import { newContext, screenshot, signIn, useBrowserSuite } from '../support/browser'
import { addToTeam, approveAsIs, createDocument, createMatter, createUser, request, storedClaimSet, usersInRoles } from '../support/factories'
import type { TestServer } from '../support/testServer'
import type { DocumentId } from '../../shared/domain/ids'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

const CLAIMS = [
  '一种输电线路覆冰监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有拉力传感器（3）。',
  '根据权利要求1所述的输电线路覆冰监测装置，其特征在于，还包括倾角传感器（2）。',
]

const editorText = (page: Page) => page.textContent('.tiptap')
const titleText = (page: Page) => page.textContent('.tiptap .document-title')

it('records an office action and its objections in a new reply whose amended claims are the claim set', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '输电线路覆冰监测')
  await storedClaimSet(server.store, matter.id, CLAIMS)
  const reply = await createDocument(server.url, agent, matter.id, 'oa-reply', '第一次审查意见答复')

  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/documents/${reply.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.waitForSelector('[data-testid=office-action]')
  expect(await page.$$eval('.claim-list[data-role=amended] .claim', (claims) => claims.map((c) => c.textContent))).toEqual(CLAIMS)
  const title = await titleText(page)

  // A click on the office action's bare form, then typing: nothing lands in the title.
  await page.click('[data-testid=office-action] strong')
  await page.keyboard.type('CN112233445A')
  expect(await titleText(page)).toBe(title)
  expect(await editorText(page)).not.toContain('CN112233445A')

  await page.click('[data-testid=add-cited]')
  await page.click('[data-testid=cited-number]')
  await page.keyboard.type('CN112233445A')
  // The caret stays where it is put inside a field.
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type(' ')
  expect(await page.inputValue('[data-testid=cited-number]')).toBe('CN 112233445A')
  await page.click('[data-testid=cited-title]')
  await page.keyboard.type('一种覆冰监测系统')
  await page.click('[data-testid=cited-passages]')
  await page.keyboard.type('说明书第[0023]段，图2')

  await page.click('[data-testid=add-objection]')
  await page.selectOption('[data-testid=objection-ground]', 'A22.3')
  await page.click('[data-testid=objection-claims]')
  await page.keyboard.type('1-2')
  await page.check('[data-testid=objection] input[type=checkbox]')
  await expect.poll(() => page.textContent('.document-layout')).toContain('第1条审查意见（A22.3，权利要求1-2）尚未答复')
  // The finding is placed at the objection, not on the claim set, and names it once: no place before its message.
  const unanswered = page.locator('[data-testid=findings-panel] [data-rule="reply.ground-unanswered"]')
  expect(await unanswered.locator('.finding-place').count()).toBe(0)
  expect(await unanswered.locator('.finding-message').textContent()).toBe('第1条审查意见（A22.3，权利要求1-2）尚未答复')
  await page.click('[data-testid=objection-argument]')
  await page.keyboard.type('D1未公开倾角传感器。')
  await expect.poll(() => page.textContent('.document-layout')).not.toContain('尚未答复')
  expect(await titleText(page)).toBe(title)
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  await screenshot(page, 'prosecution-reply-recorded')

  const doc = await server.sync.currentState(reply.id as DocumentId)
  const content = readPatentDocument(readBody('oa-reply', doc))
  expect(content.title.text).toBe(title)
  expect(content.officeAction?.citedDocuments).toEqual([{ number: 'CN 112233445A', title: '一种覆冰监测系统', passages: '说明书第[0023]段，图2', pos: expect.any(Number) }])
  expect(content.objections.map(({ claims, ground, cited, argument }) => ({ claims, ground, cited, argument }))).toEqual([
    { claims: '1-2', ground: 'A22.3', cited: 'D1', argument: 'D1未公开倾角传感器。' },
  ])

  // The inventive-step chart: claim 1 in features, D1 the closest prior art disclosing the first two.
  await page.click('[data-testid=claim-chart] summary')
  await page.click('[data-testid=chart-split]')
  await page.selectOption('[data-testid=chart-closest]', '1')
  await page.selectOption('[data-testid=chart-cell-1-D1]', 'disclosed')
  await page.selectOption('[data-testid=chart-cell-2-D1]', 'disclosed')
  expect(await page.locator('[data-testid=chart-distinguishing] li').allTextContents()).toEqual(['所述夹持座（1）上设置有拉力传感器（3）'])
  await page.click('[data-testid=chart-problem]')
  await page.keyboard.type('准确测量覆冰载荷')
  await page.click('[data-testid=chart-insert]')
  await expect.poll(() => page.textContent('[data-testid=objection-argument]')).toContain('权利要求1与D1的区别技术特征在于：1）所述夹持座（1）上设置有拉力传感器（3）')
  expect(await titleText(page)).toBe(title)
  await screenshot(page, 'prosecution-claim-chart')
  // Splitting again would clear the analysis: it is asked first, and nothing changes when declined.
  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.click('[data-testid=chart-split]')
  expect(await page.locator('[data-testid=chart-distinguishing] li').allTextContents()).toEqual(['所述夹持座（1）上设置有拉力传感器（3）'])
})

it('saves a version, compares it with the text now, opens it read-only and restores it for everyone', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const colleague = await createUser(server.url, server.store, { role: 'agent', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '输电线路覆冰监测')
  await addToTeam(server.store, matter.id, colleague, 'agent')
  const claimSet = await storedClaimSet(server.store, matter.id, [...CLAIMS, '根据权利要求2所述的输电线路覆冰监测装置，其特征在于，所述夹持座（1）为铝合金夹持座。'])
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/documents/${claimSet.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.click('[role=tab]:has-text("版本")')
  await page.fill('[data-testid=versions-panel] input', '初稿')
  await page.click('[data-testid=versions-panel] button[type=submit]')
  await page.waitForSelector('[data-testid=version]:has-text("初稿")')
  // The file bar's version list follows at once, without a reload.
  await expect.poll(() => page.locator('select[name=export-version] option').allTextContents()).toContainEqual(expect.stringContaining('初稿'))

  // Amend claim 1: "拉力传感器（3）" becomes "拉力传感器（3）和倾角传感器（2）".
  await page.click('.tiptap .claim >> nth=0')
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('和倾角传感器（2）')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  await page.click('.version-compare button[type=submit]')
  const amended = page.locator('[data-testid=claim-comparison] tr[data-status=amended]')
  await amended.waitFor()
  expect(await amended.locator('ins').allTextContents()).toEqual(['和倾角传感器（2）'])
  // The claims the change left alone are one folded row.
  const unchanged = page.locator('[data-testid=claim-comparison] tr[data-status=unchanged]')
  expect(await unchanged.locator('summary').allTextContents()).toEqual(['权利要求2–3未修改'])
  await screenshot(page, 'prosecution-version-compare')

  await page.click('[data-testid=version]:has-text("初稿") button:has-text("查看")')
  const preview = page.locator('[data-testid=version-preview]')
  await preview.waitFor()
  expect(await preview.locator('.claim').first().textContent()).toBe(CLAIMS[0])
  expect(await preview.locator('[contenteditable=true]').count()).toBe(0)
  // Nothing of the page is drawn over it: not the editor's sticky status bar, where it stands.
  const coveredBy = await page.evaluate(() => {
    const bar = document.querySelector('[data-testid=save-state]')!.closest('.status-bar')!.getBoundingClientRect()
    const top = document.elementFromPoint(bar.left + bar.width / 2, bar.top + bar.height / 2)
    return top?.closest('[data-testid=version-preview]') ? null : top?.className
  })
  expect(coveredBy).toBeNull()
  await preview.locator('button:has-text("关闭")').click()
  await page.click('[data-testid=version]:has-text("初稿") button:has-text("查看")')
  await preview.waitFor()
  await page.keyboard.press('Escape')
  await expect.poll(() => preview.count()).toBe(0)

  // A colleague has the document open while it is restored: the text changes under their hands, so they are told.
  const other = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(other, server.url, colleague, `/documents/${claimSet.id}`)
  await other.waitForSelector('[data-testid=connection-state][data-state=online]')

  page.once('dialog', (dialog) => void dialog.accept())
  await page.click('[data-testid=version]:has-text("初稿") button:has-text("恢复")')
  await expect.poll(() => page.locator('.tiptap .claim').first().textContent()).toBe(CLAIMS[0])
  const notice = other.locator('[data-testid=restored-notice]')
  await notice.waitFor()
  expect(await notice.textContent()).toContain('“⟲ 初稿”')
  await screenshot(other, 'prosecution-restored-notice')
  await notice.locator('a:has-text("查看版本")').click()
  await other.waitForSelector('[data-testid=panel-versions] [data-testid=version]:has-text("⟲ 初稿")')
  await notice.locator('button:has-text("关闭提示")').click()
  await expect.poll(() => notice.count()).toBe(0)
  // The person who restored it is told in the versions panel, not by the notice.
  expect(await page.locator('[data-testid=restored-notice]').count()).toBe(0)
  await other.context().close()
  // The comparison on show was of the text the restore replaced: it is compared again.
  await expect.poll(() => amended.count()).toBe(0)
  // What was replaced is kept as a version of its own.
  await page.waitForSelector('[data-testid=version]:has-text("恢复前保存")')
})

it('starts a new reply from the claims kept when the office action came in, not from the text edited since', async () => {
  const { lead, agent } = await usersInRoles(server.url, server.store, ['lead', 'agent'])
  const matter = await createMatter(server.url, lead, '输电线路覆冰监测')
  await addToTeam(server.store, matter.id, agent, 'agent')
  const claimSet = await storedClaimSet(server.store, matter.id, CLAIMS)
  await approveAsIs(server.url, lead, claimSet.id)
  for (const to of ['evaluation', 'drafting', 'review', 'approved', 'filed', 'office-action']) {
    expect((await request(server.url, 'POST', `/api/matters/${matter.id}/transitions`, { token: lead.token, body: { to } })).status).toBe(200)
  }
  // The filed claim set says it was filed, and that edits to it are not.
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  const versionRequests: string[] = []
  page.on('request', (r) => r.url().endsWith(`/api/documents/${claimSet.id}/versions`) && versionRequests.push(r.url()))
  await signIn(page, server.url, agent, `/documents/${claimSet.id}`)
  const filedNotice = page.locator('[data-testid=filed-notice]')
  await expect.poll(() => filedNotice.getAttribute('data-changed')).toBe('false')
  // The file bar, the notice and the versions panel read one list of versions: fetched when the
  // page opens and at most once more when its socket connects (a notice may have been missed).
  await page.locator('[role=tab]:has-text("版本")').click()
  await page.waitForSelector('[data-testid=panel-versions] [data-testid=version]')
  expect(versionRequests.length).toBeLessThanOrEqual(2)
  expect(await filedNotice.textContent()).toMatch(/^已提交：本权利要求书与版本“提交申请时 \d{4}-\d{2}-\d{2}”一致。此处的修改不会提交/)

  // Since the office action, someone deleted claim 2 from the claim set: the page says it no longer reads as filed.
  const edited = schemaFor('claims').nodeFromJSON(patentDocument(documentTitle(matter.title), claimList([CLAIMS[0]!]), section('abstract'), section('description')))
  await server.sync.applyServerChange(claimSet.id as DocumentId, (doc) =>
    updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), edited, { mapping: new Map(), isOMark: new Map() }),
  )
  await expect.poll(() => filedNotice.getAttribute('data-changed')).toBe('true')
  expect(await filedNotice.textContent()).toContain('当前文本不是专利局所收到的文本')
  await screenshot(page, 'prosecution-filed-claims-changed')
  const versions = await request<{ versions: VersionView[] }>(server.url, 'GET', `/api/documents/${claimSet.id}/versions`, { token: agent.token })
  const examined = versions.body.versions.find((v) => v.origin === 'office-action')!

  await page.goto(`${server.url}/matters/${matter.id}`)
  const form = page.locator('form[aria-labelledby=new-document-title]')
  await form.locator('select[name=kind]').selectOption('oa-reply')
  const picker = form.locator('select[name=claimsVersion]')
  await expect.poll(() => picker.inputValue()).toBe(examined.id)
  expect(await picker.locator('option').allTextContents()).toEqual([
    '权利要求书：当前文本',
    // Named by the step in the reader's language, the day once, in the time it was kept.
    expect.stringMatching(/^收到审查意见通知书时 · \d{4}\/\d{1,2}\/\d{1,2} /),
    expect.stringMatching(/^提交申请时 · \d{4}\/\d{1,2}\/\d{1,2} /),
    expect.stringMatching(/^批准的版本 · \d{4}\/\d{1,2}\/\d{1,2} /),
  ])
  await screenshot(page, 'prosecution-reply-start')
  await form.locator('button[type=submit]').click()
  await page.waitForSelector('[data-testid=office-action]')
  expect(await page.$$eval('.claim-list[data-role=amended] .claim', (claims) => claims.map((c) => c.textContent))).toEqual(CLAIMS)
})
