import type { Browser, Dialog, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { buildClient, launchChromium, newContext, screenshot, signIn } from './support/browser'
import { addToTeam, createDocument, createMatter, createUser, request, storedClaimSet, type TestUser } from './support/factories'
import { bodyTexts, connectClient, whenSynced } from './support/syncClient'
import { startTestServer, type TestServer } from './support/testServer'

let clientDir: string
let browser: Browser
let server: TestServer

beforeAll(async () => {
  clientDir = await buildClient()
  browser = await launchChromium()
})
afterEach(async () => {
  await server?.dispose()
})
afterAll(async () => {
  await browser?.close()
})

const OFFLINE_CLAIM = '一种离线时写下的紧固件，包括卡扣。'

/** The next dialog the page opens: its kind and text; accepted or dismissed as asked. */
function nextDialog(page: Page, answer: 'accept' | 'dismiss'): Promise<{ type: string; message: string }> {
  return new Promise((resolve) =>
    page.once('dialog', (dialog: Dialog) => {
      resolve({ type: dialog.type(), message: dialog.message() })
      void (answer === 'accept' ? dialog.accept() : dialog.dismiss())
    }),
  )
}

/** Opens a claim set as its agent and waits until everything is on the server. */
async function openClaimSet(): Promise<{ page: Page; agent: TestUser; documentId: string }> {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '一种紧固件')
  const document = await createDocument(server.url, agent, matter.id, 'claims', '权利要求书')
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/documents/${document.id}`)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  return { page, agent, documentId: document.id }
}

/** Stops the server, keeping its data, and waits until the page knows it is offline. */
async function stopServer(page: Page): Promise<void> {
  await server.close()
  await page.waitForSelector('[data-testid=connection-state][data-state=offline]')
}

it('keeps what was typed while the server was down through closing the tab, and sends it when the server is back', async () => {
  server = await startTestServer({ clientDir })
  const { page, agent, documentId } = await openClaimSet()
  const context = page.context()
  await stopServer(page)

  await page.click('.tiptap li.claim')
  await page.keyboard.type(OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=save-state][data-state=kept]')
  // One claim typed without a pause is one change, however many keystrokes it took; the status says since when.
  expect(await page.getAttribute('[data-testid=save-state]', 'data-count')).toBe('1')
  expect(await page.textContent('[data-testid=save-state]')).toMatch(/^\d{2}:\d{2} 以来的修改保存在本设备上$/)
  await screenshot(page, 'offline-changes-kept-zh-CN-1280')

  // Leaving through the app asks first; saying no stays on the document.
  const inAppQuestion = nextDialog(page, 'dismiss')
  await page.click('a:has-text("返回案件")')
  expect(await inAppQuestion).toMatchObject({ type: 'confirm', message: expect.stringContaining('尚未保存到服务器') })
  expect(new URL(page.url()).pathname).toBe(`/documents/${documentId}`)

  // Closing the tab asks through the browser's own dialog; the tab closes when the user agrees.
  const closeQuestion = nextDialog(page, 'accept')
  const closed = new Promise((resolve) => page.once('close', resolve))
  await page.close({ runBeforeUnload: true })
  expect((await closeQuestion).type).toBe('beforeunload')
  await closed

  // The server comes back on the same address with the same data; the document is opened again.
  server = await startTestServer({ clientDir, dataDir: server.dataDir, port: Number(new URL(server.url).port) })
  const again = await context.newPage()
  await again.goto(`${server.url}/documents/${documentId}`)
  await again.waitForFunction((text) => document.querySelector('.tiptap')?.textContent?.includes(text), OFFLINE_CLAIM)
  await again.waitForSelector('[data-testid=save-state][data-state=saved]')
  await screenshot(again, 'offline-changes-sent-zh-CN-1280')

  // The server has it: another client reads it from there.
  const reader = connectClient(server.url, documentId, agent.token)
  await whenSynced(reader)
  expect(reader.text()).toContain(OFFLINE_CLAIM)
  reader.destroy()
  await context.close()
})

it('says offline the moment the device loses its network, keeps what is typed, and saves it when the network is back', async () => {
  server = await startTestServer({ clientDir })
  const { page, agent, documentId } = await openClaimSet()
  await page.context().setOffline(true)
  // The browser's own word, not the socket's 30 s silence timeout.
  await page.waitForSelector('[data-testid=connection-state][data-state=offline]', { timeout: 3_000 })
  await page.click('.tiptap li.claim')
  await page.keyboard.type(OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=save-state][data-state=kept]')

  await page.context().setOffline(false)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  const reader = connectClient(server.url, documentId, agent.token)
  await whenSynced(reader)
  await expect.poll(() => reader.text()).toContain(OFFLINE_CLAIM)
  reader.destroy()
})

it('sends what was typed offline in a document the user has left, without opening it again, once the server is back', async () => {
  server = await startTestServer({ clientDir })
  const { page, agent, documentId } = await openClaimSet()
  await stopServer(page)
  await page.click('.tiptap li.claim')
  await page.keyboard.type(OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=save-state][data-state=kept]')

  const leave = nextDialog(page, 'accept')
  await page.click('a:has-text("返回案件")')
  await leave
  await page.waitForFunction(() => location.pathname.startsWith('/matters/'))

  server = await startTestServer({ clientDir, dataDir: server.dataDir, port: Number(new URL(server.url).port) })
  const reader = connectClient(server.url, documentId, agent.token)
  await whenSynced(reader)
  await expect.poll(() => reader.text(), { timeout: 15_000 }).toContain(OFFLINE_CLAIM)
  reader.destroy()
  // Confirmed by the server, the edits are no longer counted as only on this device.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('claimroom.local:'))), { timeout: 15_000 })
    .toEqual([])
  await page.context().close()
})

it('deletes the device’s copies of a user’s documents at sign-out, asking first while some edits are only here', async () => {
  server = await startTestServer({ clientDir })
  const { page } = await openClaimSet()
  const localCopies = () =>
    page.evaluate(async () => ({
      databases: (await indexedDB.databases()).flatMap(({ name }) => (name?.startsWith('claimroom.local:') ? [name] : [])),
      pendingLists: Object.keys(localStorage).filter((key) => key.startsWith('claimroom.local:')),
    }))
  expect((await localCopies()).databases).toHaveLength(1)

  await stopServer(page)
  await page.click('.tiptap li.claim')
  await page.keyboard.type(OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=save-state][data-state=kept]')
  expect((await localCopies()).pendingLists).toHaveLength(1)

  const notYet = nextDialog(page, 'dismiss')
  await page.click('button:has-text("退出")')
  expect(await notYet).toMatchObject({ type: 'confirm', message: expect.stringContaining('服务器尚未收到') })
  expect(new URL(page.url()).pathname).not.toBe('/login')

  const agreed = nextDialog(page, 'accept')
  await page.click('button:has-text("退出")')
  await agreed
  await page.waitForSelector('input[name=email]')
  await expect.poll(localCopies).toEqual({ databases: [], pendingLists: [] })
  await page.context().close()
})

it('deletes the device’s copy of a document its user was taken off the team of, open or not', async () => {
  server = await startTestServer({ clientDir })
  const lead = await createUser(server.url, server.store, { role: 'lead' })
  const agent = await createUser(server.url, server.store, { role: 'agent', workspaceId: lead.workspaceId })
  const matters = [await createMatter(server.url, lead, '一种紧固件'), await createMatter(server.url, lead, '一种卡扣')]
  const documents = []
  for (const matter of matters) {
    await addToTeam(server.store, matter.id, agent, 'agent')
    documents.push(await createDocument(server.url, lead, matter.id, 'claims', '权利要求书'))
  }
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  const copies = () =>
    page.evaluate(async () => (await indexedDB.databases()).flatMap(({ name }) => (name?.startsWith('claimroom.local:') ? [name] : [])).length)
  const takeOff = (matterId: string) =>
    request(server.url, 'PUT', `/api/matters/${matterId}/members`, { token: lead.token, body: { members: [{ userId: lead.id, role: 'lead' }] } })
  for (const [index, document] of documents.entries()) {
    if (index === 0) await signIn(page, server.url, agent, `/documents/${document.id}`)
    else await page.goto(`${server.url}/documents/${document.id}`)
    await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  }
  expect(await copies()).toBe(2)

  // Taken off the team of the document on screen: it stays readable until the page is left.
  expect((await takeOff(matters[1]!.id)).status).toBe(200)
  await page.waitForSelector('[data-testid=connection-state][data-state=closed]')
  await page.goto(`${server.url}/matters`)
  await expect.poll(copies).toBe(1)

  // Taken off the other team while away: the next start of the app asks, and deletes that copy too.
  expect((await takeOff(matters[0]!.id)).status).toBe(200)
  await page.reload()
  await expect.poll(copies).toBe(0)
  await page.context().close()
})

it('starts again after a reload without a network, opens the document from the device, and sends what was typed once back', async () => {
  server = await startTestServer({ clientDir })
  const { page, agent, documentId } = await openClaimSet()
  // The service worker takes the page over once it has kept the app's files, and the page asks again
  // what it asked before the worker was there, so that the answers are kept.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  const kept = (path: string) => page.evaluate(async (url) => Boolean(await (await caches.open('claimroom-api')).match(url)), path)
  for (const path of ['/api/auth/me', `/api/documents/${documentId}`]) await expect.poll(() => kept(path), { timeout: 10_000 }).toBe(true)
  await page.context().setOffline(true)
  await page.waitForSelector('[data-testid=connection-state][data-state=offline]', { timeout: 3_000 })
  await page.click('.tiptap li.claim')
  await page.keyboard.type(OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=save-state][data-state=kept]')

  await page.reload()
  await page.waitForFunction((text) => document.querySelector('.tiptap')?.textContent?.includes(text), OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=connection-state][data-state=offline]', { timeout: 3_000 })
  await page.click('.tiptap li.claim')
  await page.keyboard.press('End')
  await page.keyboard.type('重新加载后')
  await screenshot(page, 'offline-reload-zh-CN-1280')

  await page.context().setOffline(false)
  await page.waitForSelector('[data-testid=save-state][data-state=saved]', { timeout: 15_000 })
  const reader = connectClient(server.url, documentId, agent.token)
  await whenSynced(reader)
  await expect.poll(() => reader.text()).toContain(`${OFFLINE_CLAIM}重新加载后`)
  reader.destroy()

  // Signing out forgets the API's answers kept for offline use.
  await page.click('button:has-text("退出")')
  await page.waitForSelector('input[name=email]')
  expect(await page.evaluate(() => caches.has('claimroom-api'))).toBe(false)
  await page.context().close()
}, 60_000)

it('keeps no answer that was still on its way when its user signed out', async () => {
  server = await startTestServer({ clientDir })
  const { page } = await openClaimSet()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  // An answer asked for just before the sign-out arrives after it (as a document's findings can).
  await page.context().route('**/api/matters', async (route) => {
    const response = await route.fetch()
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await route.fulfill({ response })
  })
  const late = page.evaluate(() => fetch('/api/matters').then((response) => response.status))
  await page.click('button:has-text("退出")')
  await page.waitForSelector('input[name=email]')
  expect(await late).toBe(200)
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => caches.has('claimroom-api'))).toBe(false)
  await page.context().close()
})

it('keeps what was typed offline in a claim while someone else moved another claim above it', async () => {
  server = await startTestServer({ clientDir })
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const colleague = await createUser(server.url, server.store, { role: 'agent', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '图像识别')
  await addToTeam(server.store, matter.id, colleague, 'agent')
  const claimSet = await storedClaimSet(server.store, matter.id, [
    '一种图像识别方法，包括获取图像。',
    '根据权利要求1所述的方法，其中所述图像为灰度图像。',
    '根据权利要求2所述的方法，其中所述灰度图像经过滤波。',
    '一种图像识别装置，包括处理器。',
  ])
  const offline = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(offline, server.url, agent, `/documents/${claimSet.id}`)
  const mover = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(mover, server.url, colleague, `/documents/${claimSet.id}`)
  for (const page of [offline, mover]) await page.waitForSelector('[data-testid=save-state][data-state=saved]')

  // One types at the end of claim 3 without a network; the other moves claim 2 up meanwhile, which
  // renumbers claim 3's reference.
  await offline.context().setOffline(true)
  await offline.waitForSelector('[data-testid=connection-state][data-state=offline]')
  await offline.click('.tiptap li.claim:nth-child(3)')
  await offline.keyboard.press('End')
  await offline.keyboard.type('所述滤波为中值滤波')
  await offline.waitForSelector('[data-testid=save-state][data-state=kept]')
  // The click and the move are tried together until the move took: a redraw may take the caret between them.
  await expect.poll(async () => {
    const first = await mover.$eval('.tiptap li.claim', (claim) => claim.textContent)
    if (first?.includes('根据权利要求2所述的方法')) return true
    await mover.click('.tiptap li.claim:nth-child(2)')
    await mover.keyboard.press('Alt+ArrowUp')
    return false
  }, { timeout: 10_000 }).toBe(true)
  await mover.waitForSelector('[data-testid=save-state][data-state=saved]')

  await offline.context().setOffline(false)
  await offline.waitForSelector('[data-testid=save-state][data-state=saved]')
  const reader = connectClient(server.url, claimSet.id, agent.token)
  await whenSynced(reader)
  await expect.poll(() => bodyTexts(reader.doc).map((text) => text.toString()).filter((text) => text.includes('权利要求') || text.startsWith('一种'))).toEqual([
    '根据权利要求2所述的方法，其中所述图像为灰度图像。',
    '一种图像识别方法，包括获取图像。',
    '根据权利要求1所述的方法，其中所述灰度图像经过滤波。所述滤波为中值滤波',
    '一种图像识别装置，包括处理器。',
  ])
  // One undo takes back the move and its renumbering together, and keeps the other's words.
  await mover.keyboard.press('Control+z')
  await expect.poll(() => bodyTexts(reader.doc).map((text) => text.toString()).filter((text) => text.includes('权利要求') || text.startsWith('一种'))).toEqual([
    '一种图像识别方法，包括获取图像。',
    '根据权利要求1所述的方法，其中所述图像为灰度图像。',
    '根据权利要求2所述的方法，其中所述灰度图像经过滤波。所述滤波为中值滤波',
    '一种图像识别装置，包括处理器。',
  ])
  reader.destroy()
})

it('says which edits the server no longer takes once the reader may not edit, and drops them on request to show the stored text', async () => {
  server = await startTestServer({ clientDir })
  const { page, agent, documentId } = await openClaimSet()
  const admin = await createUser(server.url, server.store, { role: 'admin', workspaceId: agent.workspaceId })
  await page.context().setOffline(true)
  await page.waitForSelector('[data-testid=connection-state][data-state=offline]', { timeout: 3_000 })
  await page.click('.tiptap li.claim')
  await page.keyboard.type(OFFLINE_CLAIM)
  await page.waitForSelector('[data-testid=save-state][data-state=kept]')

  // While the device was offline, the agent became a reviewer: what it kept is refused when it comes back.
  const demoted = await request(server.url, 'PUT', `/api/workspaces/${agent.workspaceId}/members/${agent.id}`, { token: admin.token, body: { role: 'reviewer' } })
  expect(demoted.status).toBe(200)
  await page.context().setOffline(false)
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  const save = page.locator('[data-testid=save-state]')
  await page.waitForSelector('[data-testid=save-state][data-state=refused]')
  expect(await save.textContent()).toMatch(/^\d{2}:\d{2} 以来的修改未保存：您已不能修改本文本/)
  // The page loaded as the agent's reads the document again, and names the reader's new role.
  await expect.poll(() => page.textContent('[data-testid=read-only]')).toContain('您在本案件中的身份是审核人')
  // The top bar follows too: it named the role the page was opened with.
  await expect.poll(() => page.textContent('header .who')).toContain('审核人')
  expect(await page.locator('.tiptap').getAttribute('contenteditable')).toBe('false')
  await screenshot(page, 'offline-changes-refused-zh-CN-1280')

  await save.locator('button:has-text("放弃这些修改")').click()
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  expect(await page.locator('.tiptap').textContent()).not.toContain(OFFLINE_CLAIM)
  const reader = connectClient(server.url, documentId, agent.token)
  await whenSynced(reader)
  expect(reader.text()).not.toContain(OFFLINE_CLAIM)
  reader.destroy()
  // Dropped from the device too: a reload shows the stored text, with nothing waiting.
  await page.reload()
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  expect(await page.locator('.tiptap').textContent()).not.toContain(OFFLINE_CLAIM)
})

it('keeps the edits of a tab without a network when another tab of the document saves its own, and asks before signing out', async () => {
  server = await startTestServer({ clientDir })
  const { page: online, documentId } = await openClaimSet()
  const offline = await online.context().newPage()
  await offline.goto(`${server.url}/documents/${documentId}`)
  await offline.waitForSelector('[data-testid=save-state][data-state=saved]')
  // Only this tab loses its network.
  const network = await online.context().newCDPSession(offline)
  await network.send('Network.enable')
  await network.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
  await offline.waitForSelector('[data-testid=connection-state][data-state=offline]')
  await offline.click('.tiptap li.claim')
  await offline.keyboard.type(OFFLINE_CLAIM)
  await offline.waitForSelector('[data-testid=save-state][data-state=kept]')
  await online.click('.tiptap li.claim')
  await online.keyboard.press('End')
  await online.keyboard.type('联网的标签页里写的')
  await online.waitForSelector('[data-testid=save-state][data-state=saved]')
  const pendingOnDevice = () =>
    online.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('claimroom.local:')).map(([, value]) => (JSON.parse(value) as unknown[]).length))
  expect(await pendingOnDevice()).toEqual([1])
  await offline.close()

  const asked = nextDialog(online, 'dismiss')
  await online.click('button:has-text("退出")')
  expect(await asked).toMatchObject({ type: 'confirm', message: expect.stringContaining('服务器尚未收到') })
  await online.context().close()
})

it('ends a session signed out of without a network on the server once the network is back, before anything is shown', async () => {
  server = await startTestServer({ clientDir })
  const { page } = await openClaimSet()
  await page.context().setOffline(true)
  await page.waitForSelector('[data-testid=connection-state][data-state=offline]')
  await page.click('button:has-text("退出")')
  await page.waitForSelector('input[name=email]')
  await page.context().setOffline(false)
  await page.goto(`${server.url}/matters`)
  await page.waitForSelector('input[name=email]')
  // The cookie the browser still holds no longer opens anything.
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status)
  expect(me).toBe(401)
  await page.context().close()
})

it('stops saying "Saving…" once a server that keeps its socket open has not answered for five seconds, and says saved when it answers', async () => {
  server = await startTestServer({ clientDir })
  const { page } = await openClaimSet()
  // The server hangs on its disk: the socket stays open, no write is confirmed until released.
  const store = server.store
  const appendUpdates = store.appendUpdates.bind(store)
  const held: (() => void)[] = []
  store.appendUpdates = (...args: Parameters<typeof appendUpdates>) =>
    new Promise((resolve, reject) => held.push(() => appendUpdates(...args).then(resolve, reject)))

  await page.click('.tiptap li.claim')
  await page.keyboard.type('一种紧固件')
  await page.waitForSelector('[data-testid=save-state][data-state=saving]')
  await page.waitForSelector('[data-testid=save-state][data-state=kept]', { timeout: 10_000 })
  expect(await page.getAttribute('[data-testid=connection-state]', 'data-state')).toBe('online')
  expect(await page.textContent('[data-testid=save-state]')).toMatch(/^\d{2}:\d{2} 以来的修改保存在本设备上$/)

  store.appendUpdates = appendUpdates
  for (const release of held) release()
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  await page.context().close()
})
