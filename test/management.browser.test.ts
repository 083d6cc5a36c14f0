import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { expect, it } from 'vitest'
import { loadCaller } from '../server/access'
import { saveVersions } from '../server/versions/saveVersions'
import type { DocumentId } from '../shared/domain/ids'
import { newContext, screenshot, signIn, useBrowserSuite } from './support/browser'
import { addToTeam, approvedClaimSet, createDocument, createMatter, createUser, request, storedClaimSet } from './support/factories'
import type { TestServer } from './support/testServer'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

it('makes an open editor read-only the moment the team makes its agent a reviewer, and says so', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
  const matter = await createMatter(server.url, lead)
  await addToTeam(server.store, matter.id, agent, 'agent')
  const claims = await createDocument(server.url, lead, matter.id, 'claims', 'Claims')

  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, agent, `/documents/${claims.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.waitForSelector('.tiptap[contenteditable=true]')

  const team = await request(server.url, 'PUT', `/api/matters/${matter.id}/members`, {
    token: lead.token,
    body: { members: [{ userId: agent.id, role: 'reviewer' }] },
  })
  expect(team.status).toBe(200)
  await page.waitForSelector('.tiptap[contenteditable=false]')
  await expect.poll(() => page.textContent('body')).toContain('Read only')
  await screenshot(page, 'revocation-read-only')
})

it('stops taking edits on an open page the moment its user is removed from the workspace, and says the socket is closed', async () => {
  const admin = await createUser(server.url, server.store, { role: 'admin' })
  const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: admin.workspaceId })
  const matter = await createMatter(server.url, agent)
  const claims = await createDocument(server.url, agent, matter.id, 'claims', 'Claims')
  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, agent, `/documents/${claims.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.waitForSelector('.tiptap[contenteditable=true]')

  expect((await request(server.url, 'DELETE', `/api/workspaces/${admin.workspaceId}/members/${agent.id}`, { token: admin.token })).status).toBe(200)
  await page.waitForSelector('[data-testid=close-reason][data-code="4403"]')
  await page.waitForSelector('.tiptap[contenteditable=false]')
  expect(await page.getByTestId('connection-state').getAttribute('data-state')).toBe('closed')
  expect(await page.getByTestId('connection-state').textContent()).toBe('Disconnected')
  await page.context().close()
})

it('makes one matter and one document however fast the button is clicked, and names a title left blank', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, '/matters')
  // Only spaces: the server refuses it, and the page says which field, in Chinese.
  await page.fill('input[name=title]', '   ')
  await page.click('form.stacked-form button[type=submit]')
  await page.getByText('请填写“标题”，不能为空或只有空格。').waitFor()

  // A title longer than the office takes is pointed out as it is typed (CNIPA: 25 字 as a rule).
  await page.fill('input[name=title]', '一种'.repeat(15))
  expect(await page.getByTestId('title-too-long').textContent()).toBe('发明名称共30个字，该专利局一般不超过25个字；撰写检查将在权利要求书中提示。')
  await page.fill('input[name=title]', '双击测试案件')
  expect(await page.getByTestId('title-too-long').count()).toBe(0)
  await page.dblclick('form.stacked-form button[type=submit]')
  await page.waitForURL(/\/matters\/[^/]+$/)
  const matters = await request<{ matters: { id: string; title: string }[] }>(server.url, 'GET', '/api/matters', { token: agent.token })
  expect(matters.body.matters.map((m) => m.title)).toEqual(['双击测试案件'])

  await page.selectOption('select[name=kind]', 'claims')
  await page.dblclick('form.stacked-form button[type=submit]')
  await page.waitForURL(/\/documents\/[^/]+$/)
  const detail = await request<{ documents: unknown[] }>(server.url, 'GET', `/api/matters/${matters.body.matters[0]!.id}`, { token: agent.token })
  expect(detail.body.documents).toHaveLength(1)
})

it('renames and archives a document from the matter page, in Chinese', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '覆冰监测')
  await createDocument(server.url, agent, matter.id, 'disclosure', '技术交底书')
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  await page.getByRole('button', { name: '重命名“技术交底书”' }).click()
  await page.getByRole('textbox', { name: '“技术交底书”的新名称' }).fill('技术交底书（第二版）')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.getByRole('link', { name: '技术交底书（第二版）' }).waitFor()
  await page.getByRole('button', { name: '归档“技术交底书（第二版）”' }).click()
  await page.locator('.list .badge', { hasText: '已归档' }).waitFor()
  await screenshot(page, 'matter-document-archived')
  const detail = await request<{ documents: { title: string; archivedAt: string | null }[] }>(server.url, 'GET', `/api/matters/${matter.id}`, { token: agent.token })
  expect(detail.body.documents[0]).toMatchObject({ title: '技术交底书（第二版）' })
  expect(detail.body.documents[0]!.archivedAt).not.toBeNull()
})

it('records a team change and an overriding approval in the archive in the reader’s language', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
  const matter = await createMatter(server.url, lead, '覆冰监测')
  const claims = await createDocument(server.url, lead, matter.id, 'claims', '权利要求书')
  const team = await request(server.url, 'PUT', `/api/matters/${matter.id}/members`, {
    token: lead.token,
    body: { members: [{ userId: agent.id, role: 'agent' }] },
  })
  expect(team.status).toBe(200)
  const approved = await request(server.url, 'POST', `/api/documents/${claims.id}/approvals?lang=en`, {
    token: lead.token,
    body: { override: { reason: '为保优先权今日提交' } },
  })
  expect(approved.status).toBe(201)

  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const timeline = page.getByTestId('timeline')
  await expect.poll(() => timeline.textContent()).toMatch(/团队变更 .* → Test agent \d+（专利代理师）/)
  expect(await timeline.textContent()).not.toContain(':agent')
  // Approved by an English reader, the checks set aside are in the archive in Chinese too: a
  // Chinese reader reads them in Chinese only, and the export keeps both.
  const note = timeline.locator('.timeline-note').first()
  expect((await note.innerText()).split('\n')).toEqual(['为保优先权今日提交', expect.stringMatching(/^未通过而批准：/)])
  const csv = await (await fetch(`${server.url}/api/matters/${matter.id}/archive?format=csv`, { headers: { authorization: `Bearer ${lead.token}` } })).text()
  expect(csv).toMatch(/未通过而批准：[^]*Approved despite: /)
  await screenshot(page, 'archive-team-and-override')
  // The page's CSV reads as the timeline does: Chinese headers and events, titles, local times.
  const download = page.waitForEvent('download')
  await page.getByTestId('archive-csv').click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe('覆冰监测 - 流程档案.csv')
  const readable = readFileSync((await saved.path())!, 'utf8')
  const [header, ...lines] = readable.split('\r\n')
  expect(header).toMatch(/^\uFEFF时间（.+）,操作人,事项,文件,变更,版本（内容 SHA-256）,备注$/)
  expect(lines.join('\n')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},Test lead \d+,团队变更,,.*Test agent \d+（专利代理师）/m)
  expect(lines.join('\n')).toMatch(/,批准版本,权利要求书,草稿 → 已批准,[0-9a-f]{64},/)
  expect(readable).not.toContain('matter.state')

  // Withdrawing, a step nothing leads back from, looks apart and is asked for with its reason.
  const withdraw = page.getByTestId('move-withdrawn')
  expect(await withdraw.getAttribute('class')).toBe('final-step')
  expect(await page.getByTestId('move-evaluation').getAttribute('class')).toBeNull()
  await withdraw.click()
  expect(await page.getByTestId('end-step').textContent()).toContain('不可撤销')
  expect(await page.getByTestId('matter-state').textContent()).toBe('技术交底')
  await page.getByTestId('end-reason').selectOption('voluntary')
  await page.getByTestId('confirm-end').click()
  await expect.poll(() => page.getByTestId('matter-state').textContent()).toBe('已撤回')
})

it('grants a matter only with the grade the lead chooses, none assumed', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '等待授权的案件')
  await approvedClaimSet(server.url, server.store, lead, matter.id)
  for (const to of ['evaluation', 'drafting', 'review', 'approved', 'filed']) {
    expect((await request(server.url, 'POST', `/api/matters/${matter.id}/transitions`, { token: lead.token, body: { to } })).status).toBe(200)
  }
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const grant = page.getByTestId('move-granted')
  await grant.waitFor()
  expect(await page.getByTestId('grade').inputValue()).toBe('')
  expect(await grant.isDisabled()).toBe(true)
  await page.getByTestId('grade').selectOption('A')
  await grant.click()
  await page.waitForSelector('[data-testid=matter-state]:has-text("已授权")')
  expect((await request<{ grade: string }>(server.url, 'GET', `/api/matters/${matter.id}`, { token: lead.token })).body.grade).toBe('A')
  await page.context().close()
})

it('stops the sync socket once the server says a workspace member outside the team may not open the document', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const outsider = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
  const matter = await createMatter(server.url, lead)
  const claims = await createDocument(server.url, lead, matter.id, 'claims', 'Claims')

  const page = await (await newContext(browser, 'en-US')).newPage()
  const sockets: string[] = []
  page.on('websocket', (socket) => sockets.push(socket.url()))
  await signIn(page, server.url, outsider, `/documents/${claims.id}`)
  await page.waitForSelector('[role=alert]')
  // The provider's backoff would have tried again within 1–2.5 s.
  await page.waitForTimeout(4000)
  expect(sockets.length).toBeLessThanOrEqual(1)
  // The page says why, and leads back to the matters.
  await page.click('main a:has-text("All matters")')
  await page.waitForURL(`${server.url}/`)
  await screenshot(page, 'document-outsider')
})

it('names a version the workflow kept in the reader’s language in the archive', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '覆冰监测')
  const claims = await createDocument(server.url, lead, matter.id, 'claims', '权利要求书')
  const record = (await server.store.findDocument(claims.id as DocumentId))!
  // Filing keeps the claim set under a name in the office's language (server/versions/versionsAtMatterStep.ts).
  await saveVersions(server.store, server.sync, (await loadCaller(server.store, lead.id))!, [record], '提交申请时 2026-12-01', 'filing')
  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  const entry = page.getByTestId('timeline').locator('li', { hasText: 'version saved' })
  await entry.waitFor()
  expect(await entry.locator('.timeline-note').textContent()).toMatch(/^As filed \d{4}-\d{2}-\d{2}$/)
})

it('names the claim set a lead has not approved when the matter is moved to approved, with a link to its approval', async () => {
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const matter = await createMatter(server.url, lead, '未批准的案件')
  const claimSet = await storedClaimSet(server.store, matter.id, ['一种夹具，包括底座。'])
  for (const to of ['evaluation', 'drafting', 'review']) {
    expect((await request(server.url, 'POST', `/api/matters/${matter.id}/transitions`, { token: lead.token, body: { to } })).status).toBe(200)
  }
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, lead, `/matters/${matter.id}`)
  await page.getByTestId('move-approved').click()
  await page.waitForSelector('[role=alert]:has-text("尚未批准：“权利要求书”")')
  expect(await page.getByTestId('matter-state').textContent()).toBe('内部审核')
  await page.locator('[data-testid=awaiting-approval] a').click()
  await page.waitForURL(`**/documents/${claimSet.id}#approval`)
  await page.waitForSelector('[role=tab][data-panel=approval][aria-selected=true]')
  await page.getByTestId('approval-panel').waitFor()
  await page.context().close()
})
