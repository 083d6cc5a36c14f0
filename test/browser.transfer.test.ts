import type { Browser, Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { newContext, PHONE, signIn, useBrowserSuite } from './support/browser'
import { createDocument, createMatter, createUser, type TestUser } from './support/factories'
import type { TestServer } from './support/testServer'

/** The budget for the JavaScript of the first page a user opens, as sent over the wire (issue 9). */
const FIRST_PAGE_SCRIPT_BUDGET = 350 * 1024

let server: TestServer
let browser: Browser
let agent: TestUser
let documentId: string

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  agent = await createUser(server.url, server.store, { role: 'agent' })
  const matter = await createMatter(server.url, agent, '一种紧固件')
  documentId = (await createDocument(server.url, agent, matter.id, 'claims', '权利要求书')).id
})

interface ScriptTransfer {
  url: string
  bytes: number
  /** The body alone, as sent (compressed or not). */
  body: number
  encoding: string | null
}

/** Every script the page fetches from now on, with the bytes that crossed the wire (body and headers). */
function recordScripts(page: Page): ScriptTransfer[] {
  const scripts: ScriptTransfer[] = []
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return
    void Promise.all([request.sizes(), request.response()]).then(([sizes, response]) =>
      scripts.push({
        url: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        body: sizes.responseBodySize,
        encoding: response?.headers()['content-encoding'] ?? null,
      }),
    )
  })
  return scripts
}

/** Records Content-Security-Policy violations from the first script on, so a policy that breaks the app fails. */
async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = violations
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

it('sends a document opened from a link, with the editor and the checker, in at most 350 KB of compressed JavaScript', async () => {
  // A fresh profile that holds only the session cookie: nothing is cached, as on a first visit.
  const context = await newContext(browser, 'zh-CN', PHONE)
  await context.addCookies([{ name: 'claimroom_session', value: agent.token, url: server.url }])
  const page = await context.newPage()
  const scripts = recordScripts(page)
  await page.goto(`${server.url}/documents/${documentId}`, { waitUntil: 'networkidle' })
  await page.waitForSelector('[data-testid=findings-panel]', { state: 'attached' })
  await expect.poll(() => scripts.length).toBeGreaterThanOrEqual(3)

  const total = scripts.reduce((sum, script) => sum + script.bytes, 0)
  console.log(`first page JavaScript over the wire: ${(total / 1024).toFixed(1)} KB in ${scripts.length} files`, scripts)
  // Files under 1 KB are sent as they are: the build compresses none of them (vite.config.ts), as it saves nothing.
  expect(scripts.filter((script) => script.encoding !== 'br' && script.encoding !== 'gzip' && script.body >= 1024)).toEqual([])
  expect(total).toBeLessThanOrEqual(FIRST_PAGE_SCRIPT_BUDGET)
  await context.close()
})

it('loads the sign-in page without the editor', async () => {
  const page = await (await newContext(browser, 'en-US', PHONE)).newPage()
  const scripts = recordScripts(page)
  await page.goto(`${server.url}/login`, { waitUntil: 'networkidle' })
  await page.waitForSelector('input[name=email]')
  await expect.poll(() => scripts.length).toBeGreaterThanOrEqual(1)
  expect(scripts.map((script) => script.url).filter((url) => /DocumentPage|analyzePatentDocument/.test(url))).toEqual([])
  const total = scripts.reduce((sum, script) => sum + script.bytes, 0)
  console.log(`sign-in page JavaScript over the wire: ${(total / 1024).toFixed(1)} KB`)
  expect(total).toBeLessThanOrEqual(100 * 1024)
  await page.context().close()
})

it('runs the app, the editor and the checker under the Content-Security-Policy without a violation', async () => {
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  const violations = await recordPolicyViolations(page)
  const policy = page.waitForResponse((response) => new URL(response.url()).pathname === `/documents/${documentId}`)
  await signIn(page, server.url, agent, `/documents/${documentId}`)
  expect((await policy).headers()['content-security-policy']).toContain("script-src 'self'")
  await page.waitForSelector('[data-testid=connection-state][data-state=online]')
  await page.click('.tiptap li.claim')
  await page.keyboard.type('根据权利要求3所述的紧固件。')
  await page.waitForSelector('[data-testid=findings-panel] [data-rule="claims.reference-missing"]')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  expect(await violations()).toEqual([])
  await page.context().close()
})
