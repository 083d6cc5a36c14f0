import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import { createDocument as createStoredDocument } from '../../server/documents/createDocument'
import { newId } from '../../server/newId'
import { demoClaims } from '../../server/seed/demoContent'
import { SCREENSHOT_DIR, useBrowserSuite } from '../support/browser'
import { addToTeam, createDocument, createMatter, createUser, request, storedClaimSet, TEST_PASSWORD, type TestUser } from '../support/factories'
import type { TestServer } from '../support/testServer'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

/** Signs in on `path` and waits for what shows the page is ready: a document's claims unless told. */
async function open(user: TestUser, path: string, locale: string, ready = '.tiptap li.claim'): Promise<Page> {
  const page = await (await browser.newContext({ locale, viewport: { width: 1400, height: 900 } })).newPage()
  await page.goto(server.url + path)
  await page.fill('input[name=email]', user.email)
  await page.fill('input[name=password]', TEST_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForSelector(ready)
  return page
}

/**
 * Selects the first occurrence of `quote` in the first element matching `scope`, as a mouse would,
 * and lets the editor take it. A read-only editor puts the page's selection back to its own when
 * it redraws the review marks (a suggestion just made), which can undo a selection made at that
 * moment: it is made again.
 */
async function selectIn(page: Page, scope: string, quote: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.evaluate(({ where, text }) => {
      // A read-only editor takes the page's selection only while no other element holds the focus.
      ;(document.activeElement as HTMLElement | null)?.blur()
      const walker = document.createTreeWalker(document.querySelector(where)!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + text.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        return
      }
      throw new Error(`"${text}" is not in ${where}`)
    }, { where: scope, text: quote })
    // The review panel names what is selected once the editor has taken the selection.
    const taken = page.waitForSelector(`[data-testid=selection-quote]:has-text("${quote}")`, { timeout: 3000 })
    if (attempt === 3) return void (await taken)
    if (await taken.then(() => true, () => false)) return
  }
}

const selectInClaim1 = (page: Page, quote: string) => selectIn(page, '.tiptap li.claim', quote)

/** Suggests replacing the first `quote` in claim 1 with `text`. */
async function suggestInClaim1(page: Page, quote: string, text: string): Promise<void> {
  await selectInClaim1(page, quote)
  await page.fill('[data-testid=suggestion-input]', text)
  await page.click('[data-testid=suggestion-submit]')
}

const tab = (page: Page, id: string) => page.click(`[role=tab][data-panel=${id}]`)

const approvalState = (page: Page) => page.getAttribute('[data-testid=approval-state]', 'data-state')

it('reviewer comments and suggests on claim 1, the agent accepts and resolves, the lead approves, an edit makes the approval stale for everyone', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '输电线路覆冰厚度在线监测装置及方法')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const record = (await server.store.findMatter(matter.id as MatterId))!
  const claims = await createStoredDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '权利要求书', content: demoClaims() })
  // The reviewer has filled every item but the last one of the checklist.
  const filled = await request(server.url, 'PUT', `/api/documents/${claims.id}/checklist`, {
    token: reviewer.token,
    body: { items: ['quality.prior-art-searched', 'quality.innovation-points', 'quality.scope'].map((id) => ({ id, state: 'pass' })) },
  })
  expect(filled.status).toBe(200)

  const reviewerPage = await open(reviewer, `/documents/${claims.id}`, 'zh-CN')
  const agentPage = await open(agent, `/documents/${claims.id}`, 'en-US')
  const leadPage = await open(lead, `/documents/${claims.id}`, 'en-US')
  // Each read-only reader is told who changes the text, and what they may do instead.
  expect(await reviewerPage.textContent('[data-testid=read-only]')).toBe('只读：您在本案件中的身份是审核人，正文由专利代理师修改；您可以批注和提出修改建议。')
  expect(await leadPage.textContent('[data-testid=read-only]')).toBe('Read only: your role on this matter is Lead; patent agents change this text; you can comment and suggest changes.')
  expect(await agentPage.locator('[data-testid=read-only]').count()).toBe(0)
  // Typing into the text it may not change, the lead is shown the notice again; the space bar does not scroll the page.
  await leadPage.click('.tiptap li.claim')
  const scrolled = await leadPage.evaluate(() => window.scrollY)
  await leadPage.keyboard.press('Space')
  await leadPage.keyboard.type('x')
  await leadPage.waitForSelector('[data-testid=read-only].attention[role=status]')
  expect(await leadPage.evaluate(() => window.scrollY)).toBe(scrolled)
  // Far down the text, the notice is still where the reader looks: the status bar stays in view.
  await leadPage.click('.tiptap .doc-section:last-child p >> nth=-1')
  await leadPage.keyboard.type('y')
  expect(await leadPage.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  const notice = await leadPage.locator('[data-testid=read-only]').boundingBox()
  expect(notice!.y).toBeGreaterThanOrEqual(0)
  expect(notice!.y + notice!.height).toBeLessThanOrEqual(leadPage.viewportSize()!.height)

  // The reviewer comments on a phrase of claim 1 and suggests replacing another.
  await tab(reviewerPage, 'review')
  // A suggestion needs a place in the text: the caret nobody placed is before the title, outside it.
  await reviewerPage.fill('[data-testid=suggestion-input]', '无选区建议')
  await reviewerPage.click('[data-testid=suggestion-submit]')
  await reviewerPage.waitForSelector('[role=alert]:has-text("请先在正文中选中要修改的文字")')
  const made = await request<{ suggestions: unknown[] }>(server.url, 'GET', `/api/documents/${claims.id}/suggestions`, { token: reviewer.token })
  expect(made.body.suggestions).toEqual([])
  await reviewerPage.fill('[data-testid=suggestion-input]', '')
  await selectInClaim1(reviewerPage, '倾角传感器（2）')
  // Nothing written, nothing to send.
  expect(await reviewerPage.locator('[data-testid=comment-submit]').isDisabled()).toBe(true)
  await reviewerPage.fill('[data-testid=comment-input]', '倾角传感器的安装位置需要限定')
  await reviewerPage.click('[data-testid=comment-submit]')
  await reviewerPage.waitForSelector('.tiptap .review-comment:has-text("倾角传感器（2）")')
  await suggestInClaim1(reviewerPage, '上设置有', '上固定安装有')

  // The agent sees both live: the thread beside the text, the comment highlighted and the suggestion in place.
  await tab(agentPage, 'review')
  await agentPage.waitForSelector('[data-testid=comment-thread]:has-text("倾角传感器的安装位置需要限定")')
  await agentPage.waitForSelector('.tiptap .review-comment:has-text("倾角传感器（2）")')
  await agentPage.waitForSelector('.tiptap .review-suggestion-insert:has-text("上固定安装有")')
  await agentPage.waitForSelector('.tiptap .review-suggestion-delete:has-text("上设置有")')
  await agentPage.screenshot({ path: join(SCREENSHOT_DIR, 'review-agent-sees-comment-and-suggestion.png') })
  // The lead's English thread card, with its checklist select, fits the panel.
  await tab(leadPage, 'review')
  const thread = leadPage.locator('[data-testid=comment-thread]').first()
  await thread.waitFor()
  const overflow = await thread.evaluate((card) => {
    const edge = card.getBoundingClientRect().right
    return Math.max(0, ...[...card.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right - edge))
  })
  expect(overflow).toBeLessThanOrEqual(1)
  await thread.screenshot({ path: join(SCREENSHOT_DIR, 'review-lead-thread-en.png') })

  // The agent accepts the suggestion, which changes the text for everyone, and resolves the thread.
  await agentPage.click('[data-testid=accept-suggestion]')
  await reviewerPage.waitForFunction(() => document.querySelector('.tiptap li.claim')?.textContent?.includes('上固定安装有'))
  await agentPage.click('[data-testid=resolve-thread]')
  await reviewerPage.waitForSelector('[data-testid=comment-thread].resolved')
  await reviewerPage.screenshot({ path: join(SCREENSHOT_DIR, 'review-reviewer-sees-accepted-and-resolved.png') })

  // The lead fills the last checklist item and approves this version.
  await tab(leadPage, 'checklist')
  await leadPage.selectOption('[data-item-id="quality.categories"] select', 'pass')
  await expect.poll(() => leadPage.getAttribute('[data-testid=checklist-score]', 'data-score'), { timeout: 10_000 }).toBe('100')
  await tab(leadPage, 'approval')
  await leadPage.click('[data-testid=approve]')
  for (const page of [leadPage, agentPage, reviewerPage]) await expect.poll(() => approvalState(page), { timeout: 10_000 }).toBe('valid')
  // Nothing new to approve: the button goes, and the focus moves to the approval just given.
  expect(await leadPage.locator('[data-testid=approve]').count()).toBe(0)
  await expect.poll(() => leadPage.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('approval-state')

  // The agent edits claim 1: the approval turns stale for everyone.
  await agentPage.click('.tiptap li.claim')
  await agentPage.keyboard.press('End')
  await agentPage.keyboard.type('X')
  for (const page of [leadPage, agentPage, reviewerPage]) await expect.poll(() => approvalState(page), { timeout: 10_000 }).toBe('stale')
  await leadPage.waitForSelector('[data-testid=approve]')
  await tab(reviewerPage, 'approval')
  await reviewerPage.screenshot({ path: join(SCREENSHOT_DIR, 'review-approval-stale.png') })
  // The reviewer never wrote the text: the suggestion reached it through the agent's editor.
  const archive = await request<{ entries: { kind: string }[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: lead.token })
  expect(archive.body.entries.map((e) => e.kind)).toContain('approval')
}, 120_000)

it('shows a lead the matter’s workflow, team and archive, the dashboard, and an admin the checklist templates', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
  const admin = await createUser(server.url, server.store, { role: 'admin', workspaceId: agent.workspaceId })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '一种紧固件')

  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage()
  await page.goto(`${server.url}/matters/${matter.id}`)
  await page.fill('input[name=email]', lead.email)
  await page.fill('input[name=password]', TEST_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForSelector('[data-testid=matter-state]:has-text("技术交底")')
  // A matter at its disclosure offers a disclosure form as the new document.
  expect(await page.inputValue('select[name=kind]')).toBe('disclosure')

  // The lead puts the reviewer on the team and moves the matter on; the archive records both.
  await page.selectOption('[data-testid=team] select[aria-label="添加工作区成员…"]', reviewer.id)
  await page.click('[data-testid=team] button:has-text("加入团队")')
  await page.waitForSelector(`[data-testid=team] li:has-text("Test reviewer")`)
  await page.click('[data-testid=move-evaluation]')
  await page.waitForSelector('[data-testid=matter-state]:has-text("申请前评估")')
  await page.waitForSelector('[data-testid=timeline] li:has-text("状态变更")')
  await page.waitForSelector('[data-testid=timeline] li:has-text("团队变更")')
  // A saved version is listed with why it was kept, in the reader's language, not as a change of state.
  const claimSet = await createDocument(server.url, agent, matter.id, 'claims', '权利要求书')
  const saved = await request(server.url, 'POST', `/api/documents/${claimSet.id}/versions`, { token: agent.token, body: { name: '初稿' } })
  expect(saved.status).toBe(201)
  await page.reload()
  const versionEntry = page.locator('[data-testid=timeline] li', { hasText: '初稿' })
  await versionEntry.waitFor()
  expect(await versionEntry.textContent()).toContain('手动保存')
  // …and names the document it was kept of.
  expect(await versionEntry.textContent()).toContain('· 权利要求书')
  expect(await versionEntry.textContent()).not.toContain('named')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-matter-page.png') })
  const reviewerSees = await request(server.url, 'GET', `/api/matters/${matter.id}`, { token: reviewer.token })
  expect(reviewerSees.status).toBe(200)

  // The lead approves the claim set, over its failing checks: the dashboard names the document, its score and the approval.
  const approved = await request(server.url, 'POST', `/api/documents/${claimSet.id}/approvals`, { token: lead.token, body: { override: { reason: '先行提交' } } })
  expect(approved.status).toBe(201)
  await page.click('a[href="/dashboard"]')
  await page.waitForSelector('[data-testid=dashboard] tr:has-text("一种紧固件")')
  expect(await page.textContent('[data-testid=dashboard] tr:has-text("一种紧固件")')).toContain('申请前评估')
  const documents = page.locator('[data-testid=dashboard] tr:has-text("一种紧固件") [data-testid=dashboard-documents] li')
  expect(await documents.evaluateAll((items) => items.map((item) => [item.querySelector('a')!.textContent, item.getAttribute('data-approval')])))
    .toEqual([['权利要求书', 'valid']])
  expect(await documents.first().textContent()).toContain('已批准')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-dashboard.png') })
  // On a phone each matter is a card: its title on one line, the columns as labelled lines.
  await page.setViewportSize({ width: 390, height: 844 })
  const title = page.locator('[data-testid=dashboard] tr:has-text("一种紧固件") td').first()
  expect((await title.boundingBox())!.height).toBeLessThan(40)
  expect(await page.locator('[data-testid=dashboard] thead').isVisible()).toBe(false)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-dashboard-phone.png') })
  await page.setViewportSize({ width: 1280, height: 900 })
  // A lead may read the checklists, and is told that only admins change them.
  await page.goto(`${server.url}/workspaces/${agent.workspaceId}/checklists`)
  await page.getByTestId('templates-read-only').waitFor()
  expect(await page.locator('input[type=number] >> nth=0').isDisabled()).toBe(true)
  // Every kind's template can be read, with nothing offered that a reader cannot do.
  await page.selectOption('.dashboard-filters select', 'oa-reply')
  await expect.poll(() => page.locator('.templates-table tbody tr').count()).toBeGreaterThan(0)
  expect(await page.locator('.templates-table button, .review-actions button').count()).toBe(0)

  const adminPage = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })).newPage()
  await adminPage.goto(`${server.url}/`)
  await adminPage.fill('input[name=email]', admin.email)
  await adminPage.fill('input[name=password]', TEST_PASSWORD)
  await adminPage.click('button[type=submit]')
  await adminPage.click(`a[href="/workspaces/${agent.workspaceId}/checklists"]`)
  await adminPage.fill('input[type=number] >> nth=0', '75')
  // A weight of 0 is named by its item, and Save waits for it; put back, the item may be saved.
  const weight = adminPage.locator('.templates-table input[type=number] >> nth=0')
  const before = await weight.inputValue()
  await weight.fill('0')
  expect(await adminPage.getByTestId('templates-problem').textContent()).toBe('The weight of item 1 of the Claim set checklist must be a whole number from 1 to 100.')
  expect(await adminPage.locator('button:has-text("Save")').isDisabled()).toBe(true)
  await weight.fill(before)
  // Leaving with the pass line changed and not saved asks first.
  const question = new Promise<string>((resolve) => adminPage.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.dismiss())))
  await adminPage.click('nav a:has-text("Matters")')
  expect(await question).toBe('The checklist templates have changes that are not saved. Leave the page?')
  await adminPage.click('button:has-text("Save")')
  await adminPage.waitForSelector('text=Saved.')
  await adminPage.screenshot({ path: join(SCREENSHOT_DIR, 'review-checklist-templates.png') })
  const settings = await request<{ passLine: number }>(server.url, 'GET', `/api/workspaces/${agent.workspaceId}/checklist-templates`, {
    token: agent.token,
  })
  expect(settings.body.passLine).toBe(75)
}, 120_000)

/** The text of each claim, without the others' carets drawn in it. */
const claimTexts = (page: Page) =>
  page.locator('.tiptap li.claim').evaluateAll((claims) =>
    claims.map((claim) => {
      const copy = claim.cloneNode(true) as HTMLElement
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
      return copy.textContent ?? ''
    }),
  )

/** The text a page highlights as commented, without carets drawn in it. */
const commentedText = (page: Page) =>
  page.locator('.tiptap .review-comment').evaluateAll((parts) => parts.map((part) => part.textContent).join(''))

/** Puts the editor's caret just before the first `text` in claim 1, as a click there would. */
async function caretBeforeInClaim1(page: Page, text: string): Promise<void> {
  await page.evaluate((quote) => {
    const claim = document.querySelector('.tiptap li.claim')!
    const walker = document.createTreeWalker(claim, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(quote)
      if (at < 0) continue
      ;(claim.closest('.tiptap') as HTMLElement).focus()
      window.getSelection()!.collapse(node, at)
      return
    }
    throw new Error(`"${quote}" is not in claim 1`)
  }, text)
  // ProseMirror takes the selection from the DOM's selectionchange.
  await page.waitForTimeout(100)
}

// Found by the walkthrough of session 10: text typed just before a commented passage joined it;
// "Accept all" applied a suggestion to the same words elsewhere; an outdated suggestion could only
// fail with "something unexpected went wrong"; a double click made two comments.
it('keeps a comment on its passage, accepts all suggestions where they were made, marks an outdated one, lets a reviewer withdraw one, removes a subheading deleted by a suggestion, keeps a comment draft, and takes a double click once', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '评审细节')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const record = (await server.store.findMatter(matter.id as MatterId))!
  const claims = await createStoredDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '权利要求书', content: demoClaims() })
  const reviewerPage = await open(reviewer, `/documents/${claims.id}`, 'zh-CN')
  const agentPage = await open(agent, `/documents/${claims.id}`, 'en-US')
  await tab(reviewerPage, 'review')
  await tab(agentPage, 'review')

  await selectInClaim1(reviewerPage, '倾角传感器（2）')
  await reviewerPage.fill('[data-testid=comment-input]', '安装位置需要限定')
  await reviewerPage.dblclick('[data-testid=comment-submit]')
  await agentPage.waitForSelector('.tiptap .review-comment:has-text("倾角传感器（2）")')
  await caretBeforeInClaim1(agentPage, '倾角传感器（2）')
  await agentPage.keyboard.type('固定的')
  await expect.poll(async () => (await claimTexts(reviewerPage))[0]).toContain('固定的倾角传感器（2）')
  // The reviewer's highlight was found again from the shared document, as after a reload.
  expect(await commentedText(reviewerPage)).toBe('倾角传感器（2）')
  expect(await reviewerPage.locator('[data-testid=comment-thread]').count()).toBe(1)

  const suggest = async (quote: string, text: string, count: number) => {
    await suggestInClaim1(reviewerPage, quote, text)
    await agentPage.waitForFunction((n) => document.querySelectorAll('[data-testid=suggestion]').length === n, count)
  }
  // The second changes words that claim 5 has too, after text the first makes longer.
  await suggest('上设置有', '上固定安装有', 1)
  await suggest('进行风载补偿', '进行风载修正', 2)
  await agentPage.click('[data-testid=accept-all-suggestions]')
  await expect.poll(() => agentPage.locator('[data-testid=suggestion]').count()).toBe(0)
  await expect.poll(async () => (await claimTexts(reviewerPage))[0]).toContain('上固定安装有')
  const [first, , , , fifth] = await claimTexts(reviewerPage)
  expect(first).toContain('进行风载修正')
  expect(fifth).toContain('对所述拉力进行风载补偿')

  // Two suggestions for the same words: once one is accepted, the other is outdated.
  await suggest('处理单元（5）用于', '处理单元（5）被配置为', 1)
  await suggest('处理单元（5）用于', '处理单元（5）适于', 2)
  await agentPage.locator('[data-testid=suggestion]', { hasText: '被配置为' }).locator('[data-testid=accept-suggestion]').click()
  const outdated = agentPage.locator('[data-testid=suggestion]', { hasText: '适于' })
  await outdated.locator('[data-testid=suggestion-outdated]').waitFor()
  expect(await outdated.locator('[data-testid=accept-suggestion]').count()).toBe(0)
  // The outdated one is not drawn over the words that replaced its own, here where the edit was made either.
  await expect.poll(() => agentPage.locator('.tiptap .review-suggestion-delete, .tiptap .review-suggestion-insert').count()).toBe(0)
  await outdated.locator('[data-testid=reject-suggestion]').click()
  await expect.poll(() => agentPage.locator('[data-testid=suggestion]').count()).toBe(0)

  // A suggestion to delete a subheading, with an empty box, is asked for; accepted, the heading goes.
  const headings = () => agentPage.locator('.tiptap h3').allTextContents()
  const before = await headings()
  await selectIn(reviewerPage, '.tiptap h3:nth-of-type(2)', before[1]!)
  reviewerPage.once('dialog', (dialog) => void dialog.accept())
  await reviewerPage.click('[data-testid=suggestion-submit]')
  await agentPage.locator('[data-testid=suggestion]').waitFor()
  await agentPage.click('[data-testid=accept-suggestion]')
  await expect.poll(headings).toEqual(before.filter((_, i) => i !== 1))

  // A name chosen to mention is written each time it is chosen, completing an @ begun.
  const mentionList = reviewerPage.locator('.review-compose-row select')
  await reviewerPage.fill('[data-testid=comment-input]', 'ask @')
  await mentionList.selectOption(agent.id)
  await reviewerPage.fill('[data-testid=comment-input]', 'again @')
  await mentionList.selectOption(agent.id)
  expect(await reviewerPage.inputValue('[data-testid=comment-input]')).toMatch(/^again @Test agent \d+ $/)

  // A comment half written survives a reload of the page.
  await reviewerPage.fill('[data-testid=comment-input]', '还没写完的批注')
  await reviewerPage.reload()
  await reviewerPage.waitForSelector('.tiptap li.claim')
  await tab(reviewerPage, 'review')
  expect(await reviewerPage.inputValue('[data-testid=comment-input]')).toBe('还没写完的批注')

  // A long comment shows its beginning until the reader asks for the rest.
  const long = '风载补偿'.repeat(500)
  expect((await request(server.url, 'POST', `/api/documents/${claims.id}/comments`, { token: reviewer.token, body: { text: long } })).status).toBe(201)
  const longComment = agentPage.locator('[data-testid=comment-thread]', { hasText: '风载补偿风载补偿' }).locator('.review-comment-body p')
  await longComment.waitFor()
  expect((await longComment.textContent())!.length).toBeLessThan(700)
  await longComment.locator('[data-testid=comment-show-more]').click()
  expect(await longComment.textContent()).toContain(long)

  // The reviewer takes a suggestion back.
  await suggest('拉力传感器（3）和', '拉力传感器（3）以及', 1)
  await reviewerPage.click('[data-testid=withdraw-suggestion]')
  await expect.poll(() => agentPage.locator('[data-testid=suggestion]').count()).toBe(0)
  expect(await agentPage.locator('[role=alert]').count()).toBe(0)
  for (const page of [agentPage, reviewerPage]) await page.context().close()
}, 120_000)

it('sets a finding dismissed in triage apart in the drafting check: folded away, not counted, not underlined', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '一种紧固件')
  // Claim 2 refers to a claim 3 there is not: an error on the reference's words, underlined.
  const claims = await storedClaimSet(server.store, matter.id, ['一种紧固件，包括卡扣，其特征在于，所述卡扣为钢制。', '根据权利要求3所述的紧固件，其特征在于，所述卡扣为圆形。'])
  const listed = await request<{ findings: { rule: string; key: string }[] }>(server.url, 'GET', `/api/documents/${claims.id}/findings`, { token: agent.token })
  const finding = listed.body.findings.find((f) => f.rule === 'claims.reference-missing')!
  const page = await open(agent, `/documents/${claims.id}`, 'zh-CN')
  const inList = `[data-testid=findings-panel] > .finding-group:not(.dismissed) [data-rule="${finding.rule}"]`
  await page.waitForSelector(inList)
  const listedBefore = await page.locator(inList).count()
  const underlined = () => page.locator(`.tiptap .finding[data-rule="${finding.rule}"]`).count()
  const underlinedBefore = await underlined()
  const countBefore = Number(await page.textContent('[role=tab][data-panel=findings] .count'))

  const dismissed = await request(server.url, 'POST', `/api/documents/${claims.id}/triage`, {
    token: agent.token,
    body: { key: finding.key, decision: 'dismissed', reason: '下一稿再改' },
  })
  expect(dismissed.status).toBe(201)

  // Everyone with the document open sees it at once, through the server's notice.
  const folded = page.getByTestId('findings-dismissed')
  await folded.waitFor()
  expect(await folded.locator('summary').textContent()).toBe('已忽略 1 条检查结果（不计入）')
  expect(await page.locator(inList).count()).toBe(listedBefore - 1)
  await expect.poll(underlined).toBeLessThan(underlinedBefore)
  expect(Number(await page.textContent('[role=tab][data-panel=findings] .count'))).toBe(countBefore - 1)
  await folded.locator('summary').click()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-finding-dismissed.png') })
  // The triage panel: the dismissal and who made it, and the open findings with a reason field.
  await page.click('[role=tab][data-panel=triage]')
  await page.locator('[data-testid=triage] li[data-decision=dismissed]').waitFor()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-triage.png') })
  // Opened afresh, the finding is set apart from the start.
  for (let attempt = 0; attempt < 3; attempt++) {
    const fresh = await open(agent, `/documents/${claims.id}`, 'zh-CN')
    await fresh.getByTestId('findings-dismissed').waitFor({ timeout: 5000 })
    await expect.poll(() => fresh.locator(`.tiptap .finding[data-rule="${finding.rule}"]`).count()).toBe(underlinedBefore - 1)
    await fresh.context().close()
  }

  // The archive names the rule and the document, and draws no change of state.
  await page.goto(`${server.url}/matters/${matter.id}`)
  const entry = page.locator('[data-testid=timeline] li', { hasText: '忽略检查结果' })
  await entry.waitFor()
  expect(await entry.textContent()).toContain('忽略检查结果 · 权利要求书 · 引用了不存在的权利要求')
  expect(await entry.textContent()).not.toContain('→')
  await page.context().close()
})

it('keeps a checklist note someone changed while another wrote: the field follows the stored note, and a conflict asks which stays', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: lead.workspaceId })
  const matter = await createMatter(server.url, lead, '一种紧固件')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const claims = await storedClaimSet(server.store, matter.id, ['一种紧固件，包括卡扣，其特征在于，所述卡扣为钢制。'])
  const [reviewerPage, leadPage] = await Promise.all([open(reviewer, `/documents/${claims.id}`, 'en-US'), open(lead, `/documents/${claims.id}`, 'en-US')])
  const note = '[data-item-id="quality.categories"] textarea'
  for (const page of [reviewerPage, leadPage]) await tab(page, 'checklist')

  // The reviewer writes a note and leaves the field; the lead's panel shows it.
  await reviewerPage.fill(note, 'Reviewer note v1')
  await reviewerPage.locator(note).blur()
  await expect.poll(() => leadPage.inputValue(note)).toBe('Reviewer note v1')
  await expect.poll(() => leadPage.textContent('[data-item-id="quality.categories"] [data-testid=checklist-set-by]')).toMatch(/^Set by Test reviewer \d+, /)

  // The lead replaces it; the reviewer's field follows, and passing through it saves nothing.
  await leadPage.fill(note, 'Lead: add a system claim')
  await leadPage.locator(note).blur()
  await expect.poll(() => reviewerPage.inputValue(note)).toBe('Lead: add a system claim')
  await reviewerPage.locator(note).focus()
  await reviewerPage.locator(note).blur()
  const stored = async () => (await request<{ items: { id: string; note: string }[] }>(server.url, 'GET', `/api/documents/${claims.id}/checklist`, { token: lead.token }))
    .body.items.find((item) => item.id === 'quality.categories')!.note
  expect(await stored()).toBe('Lead: add a system claim')

  // The reviewer starts typing; the lead changes the note meanwhile: leaving saves nothing until the reviewer chooses.
  await reviewerPage.locator(note).focus()
  await reviewerPage.keyboard.type(' — and a method claim')
  await leadPage.fill(note, 'Lead: add a system claim and a use claim')
  await leadPage.locator(note).blur()
  const conflict = reviewerPage.getByTestId('checklist-note-conflict')
  await conflict.waitFor()
  await reviewerPage.locator(note).blur()
  expect(await stored()).toBe('Lead: add a system claim and a use claim')
  expect(await conflict.textContent()).toContain('Lead: add a system claim and a use claim')
  await reviewerPage.screenshot({ path: join(SCREENSHOT_DIR, 'review-checklist-note-conflict.png') })
  await conflict.locator('button', { hasText: 'Save mine' }).click()
  await expect.poll(stored).toBe('Lead: add a system claim — and a method claim')
  await expect.poll(() => leadPage.inputValue(note)).toBe('Lead: add a system claim — and a method claim')
  for (const page of [reviewerPage, leadPage]) await page.context().close()
})

/** A reviewer (in Chinese) and an agent on a new matter's claim set, each with it open on the Review tab. */
async function reviewerAndAgentOn(claims: string[], agentLocale: string): Promise<{ reviewerPage: Page; agentPage: Page }> {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '一种监测装置')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const claimSet = await storedClaimSet(server.store, matter.id, claims)
  const reviewerPage = await open(reviewer, `/documents/${claimSet.id}`, 'zh-CN')
  const agentPage = await open(agent, `/documents/${claimSet.id}`, agentLocale)
  for (const page of [reviewerPage, agentPage]) await tab(page, 'review')
  return { reviewerPage, agentPage }
}

it('marks a comment whose text was typed over, then deleted, alike for the reviewer and the agent', async () => {
  const { reviewerPage, agentPage } = await reviewerAndAgentOn(['一种监测装置，包括双轴加速度计和处理单元，所述处理单元读取加速度数据。'], 'en-US')
  await selectInClaim1(reviewerPage, '双轴加速度计')
  await reviewerPage.fill('[data-testid=comment-input]', '轴数是否足够？')
  await reviewerPage.click('[data-testid=comment-submit]')
  await agentPage.waitForSelector('.tiptap .review-comment')

  // The agent selects words of the commented text and types over them.
  const typeOver = async (quote: string, text: string) => {
    await expect.poll(async () => {
      await agentPage.evaluate((what) => {
        const claim = document.querySelector('.tiptap li.claim')!
        const walker = document.createTreeWalker(claim, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(what)
          if (at < 0) continue
          ;(claim.closest('.tiptap') as HTMLElement).focus()
          window.getSelection()!.setBaseAndExtent(node, at, node, at + what.length)
          return
        }
      }, quote)
      await agentPage.waitForTimeout(100)
      if (text) await agentPage.keyboard.type(text)
      else await agentPage.keyboard.press('Backspace')
      return (await claimTexts(agentPage))[0]!.includes(quote)
    }).toBe(false)
  }
  const stateOf = (page: Page) => page.getAttribute('[data-testid=comment-text-state]', 'data-state')
  await typeOver('双轴', '三轴')
  for (const page of [reviewerPage, agentPage]) {
    await expect.poll(() => stateOf(page)).toBe('changed')
    await expect.poll(() => commentedText(page)).toBe('三轴加速度计')
  }
  // Then deletes what is left of it: a mark where it was, no highlight, for both alike.
  await typeOver('三轴加速度计', '')
  for (const page of [reviewerPage, agentPage]) {
    await expect.poll(() => stateOf(page)).toBe('gone')
    await expect.poll(() => page.locator('.tiptap .review-comment-gone').count()).toBe(1)
    expect(await page.locator('.tiptap .review-comment').count()).toBe(0)
  }
  expect(await reviewerPage.textContent('[data-testid=comment-text-state]')).toBe('批注所指的文字已被删除，原处留有标记。')
  await reviewerPage.screenshot({ path: join(SCREENSHOT_DIR, 'review-comment-text-gone.png') })
  for (const page of [reviewerPage, agentPage]) await page.context().close()
})

it('stops drawing a suggestion in the agent’s own text once the agent edits the words it would replace', async () => {
  const { reviewerPage, agentPage } = await reviewerAndAgentOn(['一种监测装置，包括处理单元，所述处理单元对拉力进行风力补偿。'], 'zh-CN')
  await suggestInClaim1(reviewerPage, '进行风力补偿', '进行风载补偿')
  await agentPage.waitForSelector('.tiptap .review-suggestion-delete')
  // The agent types inside the words the suggestion would replace.
  await caretBeforeInClaim1(agentPage, '补偿')
  await agentPage.keyboard.type('载荷')
  await agentPage.locator('[data-testid=suggestion-outdated]').waitFor()
  await expect.poll(() => agentPage.locator('.tiptap .review-suggestion-delete, .tiptap .review-suggestion-insert').count()).toBe(0)
  for (const page of [reviewerPage, agentPage]) await page.context().close()
})

it('lets a reviewer who uses the keyboard alone comment on a claim of the read-only text', async () => {
  const { reviewerPage, agentPage } = await reviewerAndAgentOn(['一种监测装置，包括加速度计。', '根据权利要求1所述的监测装置，所述加速度计为双轴加速度计。'], 'en-US')
  // From the comment box, back to the claim list beside it, without a mouse.
  await reviewerPage.focus('[data-testid=comment-input]')
  await reviewerPage.keyboard.press('Shift+Tab')
  expect(await reviewerPage.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('comment-claim')
  await reviewerPage.keyboard.press('ArrowDown')
  await reviewerPage.keyboard.press('ArrowDown')
  expect(await reviewerPage.$eval('[data-testid=comment-claim] option:checked', (o) => o.textContent)).toBe('权利要求2：根据权利要求1所述的监测装置，所述加速度计为双轴…')
  await reviewerPage.keyboard.press('Tab')
  await reviewerPage.keyboard.type('双轴是否必要？')
  await reviewerPage.keyboard.press('Tab')
  await reviewerPage.keyboard.press('Tab')
  await reviewerPage.keyboard.press('Enter')
  // The thread quotes claim 2, and the agent sees claim 2 marked, claim 1 not.
  await reviewerPage.waitForSelector('.review-thread .review-quote:has-text("根据权利要求1所述的监测装置")')
  await agentPage.waitForSelector('.tiptap li.claim:nth-child(2) .review-comment')
  expect(await agentPage.$$eval('.tiptap li.claim:nth-child(1) .review-comment', (marks) => marks.length)).toBe(0)
  expect(await reviewerPage.$eval('[data-testid=comment-claim]', (s) => (s as HTMLSelectElement).value)).toBe('')
})

it('moves the focus to the reason field when an approval is refused, so the keyboard can go on', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const lead = await createUser(server.url, server.store, { role: 'lead', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '一种监测装置')
  // The checklist is not filled: the approval is refused.
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种监测装置，包括加速度计。'])
  const page = await open(lead, `/documents/${claimSet.id}`, 'zh-CN')
  await tab(page, 'approval')
  await page.focus('[data-testid=approve]')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-testid=approval-blocked-reasons] li')
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-approval-blocked.png') })
  await page.keyboard.type('先行提交以保住申请日')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect.poll(() => approvalState(page), { timeout: 10_000 }).toBe('valid')
  await page.context().close()
})

it('lists a typed @mention under “Waiting for you” on the matters page, and opens its thread from there', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '一种提醒装置')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种提醒装置，包括蜂鸣器。'])
  const agentName = (await server.store.findUserById(agent.id))!.name
  const reviewerPage = await open(reviewer, `/documents/${claimSet.id}`, 'zh-CN')
  await tab(reviewerPage, 'review')
  for (const text of ['先看一下', `@${agentName} 蜂鸣器是否必要？`]) {
    await reviewerPage.fill('[data-testid=comment-input]', text)
    await reviewerPage.click('[data-testid=comment-submit]')
    await reviewerPage.waitForSelector(`.review-thread:has-text("${text}")`)
  }

  const agentPage = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage()
  await agentPage.goto(`${server.url}/`)
  await agentPage.fill('input[name=email]', agent.email)
  await agentPage.fill('input[name=password]', TEST_PASSWORD)
  await agentPage.click('button[type=submit]')
  const item = agentPage.locator('[data-testid=inbox] li[data-kind=mention]')
  await item.waitFor()
  expect(await item.textContent()).toMatch(/在权利要求书中提到了您 · 一种提醒装置 · .*蜂鸣器是否必要？/)
  expect(await agentPage.locator('[data-testid=inbox] li').count()).toBe(1)
  await agentPage.screenshot({ path: join(SCREENSHOT_DIR, 'inbox-mention-zh-CN.png') })
  await item.locator('a').click()
  await agentPage.waitForSelector('.review-thread.active:has-text("蜂鸣器是否必要？")')
  expect(await agentPage.locator('[role=tab][aria-selected=true]').textContent()).toContain('审阅')
})

it('asks a reviewer what should change, and to confirm before sending an approved document back; the archive keeps the request', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: lead.workspaceId })
  const matter = await createMatter(server.url, lead, '一种夹具')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具，包括底座。'])
  const approved = await request(server.url, 'POST', `/api/documents/${claimSet.id}/approvals`, { token: lead.token, body: { override: { reason: '线下已审' } } })
  expect(approved.status).toBe(201)
  const page = await open(reviewer, `/documents/${claimSet.id}`, 'zh-CN')
  await tab(page, 'approval')
  await page.click('[data-testid=approval-panel] button:has-text("要求修改")')
  await page.fill('[data-testid=changes-note]', '权利要求1缺少压板')
  // Declined: nothing moves.
  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.click('.changes-request button[type=submit]')
  await expect.poll(() => page.textContent('[data-testid=review-state]')).toBe('已批准')
  page.once('dialog', (dialog) => void dialog.accept())
  await page.click('.changes-request button[type=submit]')
  await expect.poll(() => page.textContent('[data-testid=review-state]')).toBe('需修改')
  // The form is gone: the focus is on the state it led to, not lost to the page.
  await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('[data-testid=review-state]') !== null)).toBe(true)
  const archive = await request<{ entries: { kind: string; to: string | null; note: string | null }[] }>(server.url, 'GET', `/api/matters/${matter.id}/archive`, { token: lead.token })
  expect(archive.body.entries).toContainEqual(expect.objectContaining({ kind: 'document.review-state', to: 'changes-requested', note: '权利要求1缺少压板' }))
  // The request stands in the Approval panel for whoever reads it next.
  await page.reload()
  await tab(page, 'approval')
  await expect.poll(() => page.getByTestId('changes-requested').textContent()).toMatch(/^Test reviewer \d+要求修改（.*）权利要求1缺少压板$/)
})

it('keeps a reply being written when someone else resolves the thread, and the reply opens it again', async () => {
  const { reviewerPage, agentPage } = await reviewerAndAgentOn(['一种监测装置，包括加速度计。'], 'zh-CN')
  await reviewerPage.fill('[data-testid=comment-input]', '加速度计的量程？')
  await reviewerPage.click('[data-testid=comment-submit]')
  await agentPage.waitForSelector('.review-thread:has-text("加速度计的量程？")')
  await reviewerPage.fill('.review-thread .review-reply input', '另外请补充采样率')
  await agentPage.click('.review-thread [data-testid=resolve-thread]')
  await reviewerPage.waitForSelector('.review-thread.resolved')
  expect(await reviewerPage.inputValue('.review-thread .review-reply input')).toBe('另外请补充采样率')
  await reviewerPage.click('.review-thread [data-testid=reply-submit]')
  await agentPage.waitForSelector('.review-thread:not(.resolved):has-text("另外请补充采样率")')
})

it('opens the thread of highlighted text the reader clicks, the shorter passage where highlights overlap', async () => {
  const { reviewerPage, agentPage } = await reviewerAndAgentOn(['一种监测装置，包括双轴加速度计和处理单元。'], 'zh-CN')
  await reviewerPage.fill('[data-testid=comment-input]', '整个权利要求的意见')
  await reviewerPage.selectOption('[data-testid=comment-claim]', { index: 1 })
  await reviewerPage.click('[data-testid=comment-submit]')
  await reviewerPage.waitForSelector('.review-thread:has-text("整个权利要求的意见")')
  await selectInClaim1(reviewerPage, '双轴加速度计')
  await reviewerPage.fill('[data-testid=comment-input]', '轴数？')
  await reviewerPage.click('[data-testid=comment-submit]')
  await agentPage.waitForSelector('.review-thread:has-text("轴数？")')
  await agentPage.waitForSelector('.tiptap .review-comment')
  await agentPage.click('.tiptap li.claim >> text=加速度')
  await agentPage.waitForSelector('.review-thread.active:has-text("轴数？")')
  expect(await agentPage.locator('.review-thread.active').count()).toBe(1)
})

it('shows where an insertion goes, and keeps decided suggestions listed with who decided them', async () => {
  const { reviewerPage, agentPage } = await reviewerAndAgentOn(['一种监测装置，包括加速度计和处理单元。'], 'zh-CN')
  await suggestInClaim1(reviewerPage, '加速度计', '双轴加速度计')
  // An insertion: the caret right after "包括".
  await reviewerPage.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    const walker = document.createTreeWalker(document.querySelector('.tiptap li.claim')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('包括')
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at + 2)
      range.collapse(true)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
      return
    }
  })
  await reviewerPage.waitForTimeout(300)
  await reviewerPage.fill('[data-testid=suggestion-input]', '一个')
  await reviewerPage.click('[data-testid=suggestion-submit]')
  const insertion = agentPage.locator('[data-testid=suggestion]:has(ins:text-is("一个"))')
  await insertion.waitFor()
  expect(await insertion.textContent()).toContain('在“一种监测装置，包括”后插入 一个')
  await agentPage.click('[data-testid=suggestion]:has(ins:text-is("双轴加速度计")) [data-testid=accept-suggestion]')
  await insertion.locator('[data-testid=reject-suggestion]').click()
  const decided = reviewerPage.getByTestId('decided-suggestions')
  await expect.poll(() => decided.locator('summary').textContent()).toBe('已处理的修改建议（2）')
  await decided.locator('summary').click()
  expect(await decided.locator('li[data-state=accepted]').textContent()).toMatch(/双轴加速度计 Test agent \d+已接受/)
  expect(await decided.locator('li[data-state=rejected]').textContent()).toMatch(/一个 Test agent \d+已拒绝/)
})

it('tells whoever wrote a document that the reviewer’s items still count, instead of showing a low score as a failure', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '待评定的权利要求书')
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具，包括底座和压板。'])
  const page = await open(agent, `/documents/${claimSet.id}`, 'zh-CN')
  await tab(page, 'checklist')
  const score = page.locator('[data-testid=checklist-score]')
  await score.waitFor()
  expect(Number(await score.getAttribute('data-score'))).toBeLessThan(70)
  expect(await score.getAttribute('class')).toContain('pending')
  expect(await page.textContent('[data-testid=checklist-to-rate]')).toMatch(/^另有 \d+ 项由审核人评定，评定后计入评分。$/)
  await page.context().close()
})

it('leads an inventor whose step it is straight to the disclosure form from the inbox', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const inventor = await createUser(server.url, server.store, { role: 'inventor', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '巡检机器人')
  await addToTeam(server.store, matter.id, inventor, 'inventor')
  const disclosure = await createDocument(server.url, agent, matter.id, 'disclosure', '技术交底书')
  const page = await open(inventor, '/', 'zh-CN', '[data-testid=inbox]')
  const item = page.locator('[data-testid=inbox] li[data-kind=your-turn]')
  await item.waitFor()
  expect(await item.locator('span').first().textContent()).toBe('巡检机器人处于“技术交底”阶段，下一步由您处理：技术交底书')
  await item.locator('a', { hasText: '技术交底书' }).click()
  await page.waitForURL(`**/documents/${disclosure.id}`)
  await page.context().close()
})

it('tells whoever submitted a document who reviews and who approves it next, by name', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '提交之后')
  await addToTeam(server.store, matter.id, reviewer, 'reviewer')
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具，包括底座和压板。'])
  expect((await request(server.url, 'POST', `/api/documents/${claimSet.id}/transitions`, { token: agent.token, body: { to: 'in-review' } })).status).toBe(200)
  const page = await open(agent, `/documents/${claimSet.id}`, 'zh-CN')
  await tab(page, 'approval')
  const reviewerName = (await server.store.findUserById(reviewer.id))!.name
  await expect.poll(() => page.textContent('[data-testid=waiting-for]')).toBe(`等待${reviewerName}审核，再由（本案团队尚无负责人）批准。`)
  await page.context().close()
})
