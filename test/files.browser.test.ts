import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import type { DocumentId, MatterId } from '../shared/domain/ids'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section, subheading } from '../shared/editor/documentBuilders'
import type { MatterView } from '../shared/domain/api'
import { createDocument as storeDocument } from '../server/documents/createDocument'
import { newId } from '../server/newId'
import { englishOnScreen, newContext, PHONE, screenshot, SCREENSHOT_DIR, seriousAccessibilityViolations, sidewaysOverflow, signIn, useBrowserSuite } from './support/browser'
import { exportDocx, unzipText } from './support/docxFiles'
import { createMatter, createUser, request, type TestUser } from './support/factories'
import type { TestServer } from './support/testServer'

let server: TestServer
let browser: Browser
let agent: TestUser

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  agent = await createUser(server.url, server.store, { role: 'agent' })
})

/** A DOCX as an agent would have one from elsewhere: here, Claimroom's own export of another matter's claim set. */
async function claimSetDocx(): Promise<Uint8Array> {
  const source = await createMatter(server.url, agent, '来源案件')
  const record = (await server.store.findMatter(source.id as MatterId))!
  const content = patentDocument(
    documentTitle('一种输电线路覆冰厚度在线监测装置'),
    claimList([
      '一种输电线路覆冰厚度在线监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有倾角传感器（2）和拉力传感器（3）。',
      '根据权利要求1所述的输电线路覆冰厚度在线监测装置，其特征在于，还包括温湿度传感器（4）。',
      '根据权利要求1或2所述的输电线路覆冰厚度在线监测装置，其特征在于，所述倾角传感器（2）为双轴加速度计。',
    ]),
    section('abstract', ['本发明公开了一种输电线路覆冰厚度在线监测装置，处理单元根据风偏角对拉力读数进行风载补偿。']),
    section('description', [
      subheading('技术领域'),
      '本发明涉及电力设备状态监测技术领域。',
      subheading('背景技术'),
      '现有称重法受风载影响大，误差可达30%以上。',
      subheading('具体实施方式'),
      '夹持座1安装在导线上，倾角传感器2测量风偏角。',
    ]),
  )
  const document = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '权利要求书', content })
  return (await exportDocx(server.url, agent, document.id)).bytes
}

it('says so before opening a claim set imported from text in which no claim was found', async () => {
  const matter = await createMatter(server.url, agent, '机械连接')
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  const form = page.getByTestId('import-form')
  await form.getByLabel('文件类型').selectOption('claims')
  await form.locator('textarea[name=import-text]').fill('说明书\n本发明涉及机械连接领域。')
  await form.getByRole('button', { name: '导入' }).click()
  const notice = page.getByTestId('import-no-claims')
  await notice.waitFor()
  expect(await notice.textContent()).toContain('未找到编号的权利要求')
  expect(await notice.getByRole('link', { name: '打开文件' }).getAttribute('href')).toMatch(/^\/documents\/[^/]+$/)
  // The document was made: the form is empty again, and a new attempt clears the old result.
  expect(await form.locator('textarea[name=import-text]').inputValue()).toBe('')
  await form.getByRole('button', { name: '导入' }).click()
  await expect.poll(() => notice.count()).toBe(0)
  await page.context().close()
})

it('refuses pasted claims text without numbered claims in words about the text, not a file', async () => {
  const matter = await createMatter(server.url, agent, '机械连接')
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  const form = page.getByTestId('import-form')
  await form.getByLabel('文件类型').selectOption('claims')
  await form.locator('textarea[name=import-text]').fill('权利要求书\n一种连接件，包括螺栓。\n根据上述的连接件，所述螺栓为钢制。')
  await form.getByRole('button', { name: '导入' }).click()
  const problem = form.locator('[role=alert]')
  await problem.waitFor()
  expect(await problem.textContent()).toContain('文本中有权利要求书文字，但未找到编号的权利要求')
  await page.context().close()
})

it('imports a DOCX on the matter page, exports the new document as DOCX and opens its print view', async () => {
  const matter = await createMatter(server.url, agent, '输电线路覆冰监测')
  const docx = await claimSetDocx()
  const context = await newContext(browser, 'zh-CN')
  const page = await context.newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)

  const form = page.getByTestId('import-form')
  await form.getByLabel('文件类型').selectOption('claims')
  await form.getByLabel('文件标题').fill('导入的权利要求书')
  await form.getByLabel('或选择 Word 文件（.docx）').setInputFiles({ name: '覆冰监测.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) })
  await expect.poll(() => form.textContent()).toContain('覆冰监测.docx')
  expect(await englishOnScreen(page)).toEqual([])
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'files-import-form')
  await form.getByRole('button', { name: '导入' }).click()

  await page.waitForURL(/\/documents\/[^/]+$/)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await expect.poll(() => page.locator('.tiptap li.claim').count()).toBe(3)
  expect(await page.locator('.tiptap li.claim').first().textContent()).toContain('一种输电线路覆冰厚度在线监测装置')
  expect(await englishOnScreen(page)).toEqual([])
  await screenshot(page, 'files-imported-document')

  const files = page.getByTestId('document-files')
  const download = page.waitForEvent('download')
  await files.getByRole('button', { name: '导出 DOCX' }).click()
  const saved = join(SCREENSHOT_DIR, 'files-exported.docx')
  const downloaded = await download
  expect(downloaded.suggestedFilename()).toBe('输电线路覆冰监测 - 导入的权利要求书.docx')
  await downloaded.saveAs(saved)
  await files.getByText('已下载“输电线路覆冰监测 - 导入的权利要求书.docx”。').waitFor()
  const xml = unzipText(new Uint8Array(readFileSync(saved)), 'word/document.xml')
  expect(xml).toContain('[0001] 本发明涉及电力设备状态监测技术领域。')
  expect(xml).toContain('3. 根据权利要求1或2所述的输电线路覆冰厚度在线监测装置')
  expect(unzipText(new Uint8Array(readFileSync(saved)), 'docProps/custom.xml')).toContain('ClaimroomVersionHash')

  await files.getByRole('link', { name: '打印视图（PDF）' }).click()
  await page.waitForURL(/\/print$/)
  const printed = page.getByTestId('print-document')
  await printed.waitFor()
  expect(await printed.locator('.print-part').evaluateAll((parts) => parts.map((p) => p.getAttribute('data-part')))).toEqual(['claims', 'description', 'abstract'])
  expect(await printed.locator('.print-paragraph .print-number').allTextContents()).toEqual(['[0001]', '[0002]', '[0003]'])
  await expect.poll(() => printed.locator('.print-stamp').first().textContent()).toMatch(/版本：当前文本（未批准） · 内容 SHA-256：[0-9a-f]{64}/)
  expect(await englishOnScreen(page)).toEqual([])
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'files-print-view')

  // On paper: the app's header and the toolbar are gone and each part, the abstract too, starts a new page.
  await page.emulateMedia({ media: 'print' })
  expect(await page.locator('.topbar').isVisible()).toBe(false)
  expect(await printed.locator('.print-part[data-part=abstract]').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page')
  const pdf = await page.pdf({ preferCSSPageSize: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBe(3)
  await screenshot(page, 'files-print-media')

  // The copy to file prints nothing of ours under its parts.
  await page.emulateMedia({ media: 'screen' })
  await page.goBack()
  await files.getByLabel('用于递交（页面不印版本信息）').check()
  await files.getByRole('link', { name: '打印视图（PDF）' }).click()
  await page.waitForURL(/\/print\?footer=0$/)
  await printed.locator('.print-part').first().waitFor()
  expect(await printed.locator('.print-stamp').count()).toBe(0)
  await context.close()
}, 120_000)

it('prints a US reply as remarks with its objections, then the amended claims on a new page', async () => {
  const matter = await request<MatterView>(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: 'Faucet support', jurisdiction: 'US' } })
  const record = (await server.store.findMatter(matter.body.id as MatterId))!
  const content = patentDocument(
    documentTitle('Faucet support member'),
    officeAction('first', '2026-03-05', [{ number: 'US 6,334,226 B1', title: 'Faucet support member', passages: 'col. 3, l. 10-40' }]),
    objectionList([
      { claims: '1-3', ground: '35 USC 103', cited: 'D1', argument: ['D1 does not disclose a flange bearing on the sink.'] },
      { claims: '2', ground: '35 USC 112(b)', cited: '', argument: ['"Moulded" is definite.'] },
    ]),
    section('summary', ['Claims 1-3 were rejected as obvious over D1.']),
    section('amendments', ['Claim 1 now recites the flange of original claim 4.']),
    claimList(['A faucet support member comprising a body and a flange bearing on the sink.', 'The support member of claim 1, wherein the body is moulded of plastic.'], 'amended'),
  )
  const reply = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'oa-reply', title: 'Response to office action', content })
  const page = await (await newContext(browser, 'en-US')).newPage()
  await signIn(page, server.url, agent, `/documents/${reply.id}/print?version=current`)
  const printed = page.getByTestId('print-document')
  await printed.waitFor()
  expect(await printed.locator('.print-part-heading').allTextContents()).toEqual(['IN THE UNITED STATES PATENT AND TRADEMARK OFFICE', 'AMENDMENTS TO THE CLAIMS', 'REMARKS'])
  expect(await printed.locator('.print-heading').allTextContents()).toEqual(expect.arrayContaining(['Claims 1-3: Obviousness (35 USC 103) over D1', 'Claim 2: Indefiniteness (35 USC 112(b))']))
  expect(await printed.locator('.print-claim').count()).toBe(2)
  await expect.poll(() => printed.locator('.print-stamp').first().textContent()).toMatch(/^Version: Current text \(not approved\) · content SHA-256: [0-9a-f]{64}$/)
  await screenshot(page, 'files-print-view-us-reply')
  await page.context().close()
})

it('fits the import form and the file bar on a phone, in Chinese', async () => {
  const matter = await createMatter(server.url, agent, '手机上的案件')
  const record = (await server.store.findMatter(matter.id as MatterId))!
  const document = await storeDocument(server.store, { id: newId<DocumentId>(), matter: record, kind: 'claims', title: '权利要求书', content: patentDocument(documentTitle('一种紧固件'), claimList(['一种紧固件。']), section('abstract'), section('description')) })
  const page = await (await newContext(browser, 'zh-CN', PHONE)).newPage()
  await signIn(page, server.url, agent, `/matters/${matter.id}`)
  await page.getByTestId('import-form').waitFor()
  expect(await sidewaysOverflow(page)).toBe(0)
  await page.goto(`${server.url}/documents/${document.id}`)
  await page.getByTestId('document-files').waitFor()
  expect(await sidewaysOverflow(page)).toBe(0)
  expect(await englishOnScreen(page)).toEqual([])
  await screenshot(page, 'files-phone-document')
  await page.goto(`${server.url}/documents/${document.id}/print`)
  await page.getByTestId('print-document').waitFor()
  expect(await sidewaysOverflow(page)).toBe(0)
  await screenshot(page, 'files-phone-print')

  // A long version name in the file bar's list, and a reply's objection with the longest ground.
  const saved = await request(server.url, 'POST', `/api/documents/${document.id}/versions`, {
    token: agent.token,
    body: { name: '提交申请前与发明人逐条核对后的最终版本（第三轮修改，含从属权利要求调整）' },
  })
  expect(saved.status).toBe(201)
  await page.goto(`${server.url}/documents/${document.id}`)
  await page.getByTestId('document-files').waitFor()
  // Nothing approved yet: the default is the current text, offered once, then the saved version.
  await expect.poll(() => page.locator('select[name=export-version] option').count()).toBe(2)
  expect(await page.locator('select[name=export-version] option').first().textContent()).toBe('当前文本（尚无批准的版本）')
  expect(await sidewaysOverflow(page)).toBe(0)
  const reply = await storeDocument(server.store, {
    id: newId<DocumentId>(),
    matter: record,
    kind: 'oa-reply',
    title: '意见陈述书',
    content: patentDocument(
      documentTitle('一种紧固件'),
      officeAction('first', '2026-03-05', [{ number: 'CN108123456A', title: '一种电池管理装置', passages: '说明书第[0012]-[0020]段，图1' }]),
      objectionList([{ claims: '1', ground: 'A22.3', cited: 'D1', argument: ['D1未公开所述卡扣。'] }]),
      section('summary'),
      section('amendments'),
      claimList(['一种紧固件。'], 'amended'),
    ),
  })
  await page.goto(`${server.url}/documents/${reply.id}`)
  await page.getByTestId('objection').waitFor()
  expect(await sidewaysOverflow(page)).toBe(0)
  await screenshot(page, 'files-phone-reply')
  await page.context().close()
}, 60_000)
