import type { Browser, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { signIn, useBrowserSuite } from './support/browser'
import { addToTeam, createDocument, createMatter, createUser } from './support/factories'
import type { TestServer } from './support/testServer'

let server: TestServer
let browser: Browser

useBrowserSuite((suite) => ({ server, browser } = suite))

const firstParagraph = (page: Page) =>
  page.evaluate(() => {
    const copy = document.querySelector('.tiptap p')!.cloneNode(true) as HTMLElement
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
    return copy.textContent ?? ''
  })

// Found by the walkthrough of session 9: two people typing at once into the same empty field left
// one character twice ("0123456789abcdefghija") in every run. test/concurrentTyping.test.ts shows
// why without a browser; documentContent.ts's withTextInEmptyBlocks is the fix.
it('keeps exactly what two people type at once at the same spot of an empty field', async () => {
  const agent = await createUser(server.url, server.store, { role: 'agent' })
  const inventor = await createUser(server.url, server.store, { role: 'inventor', workspaceId: agent.workspaceId })
  const matter = await createMatter(server.url, agent, '同处同时输入')
  await addToTeam(server.store, matter.id, inventor, 'inventor')
  const results: string[] = []
  for (let run = 0; run < 2; run++) {
    const disclosure = await createDocument(server.url, agent, matter.id, 'disclosure', `技术交底书 ${run}`)
    const pages: Page[] = []
    for (const user of [agent, inventor]) {
      const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })).newPage()
      await signIn(page, server.url, user, `/documents/${disclosure.id}`)
      await page.waitForSelector('[data-testid=connection-state][data-state=online]')
      pages.push(page)
    }
    const [a, b] = pages as [Page, Page]
    await a.click('.tiptap p')
    await b.click('.tiptap p')
    await Promise.all([a.keyboard.type('abcdefghij', { delay: 30 }), b.keyboard.type('0123456789', { delay: 30 })])
    await expect.poll(async () => (await firstParagraph(a)) === (await firstParagraph(b))).toBe(true)
    const text = await firstParagraph(a)
    results.push(text)
    for (const page of pages) await page.context().close()
  }
  for (const text of results) expect([...text].sort().join('')).toBe([...'abcdefghij0123456789'].sort().join(''))
}, 120_000)
