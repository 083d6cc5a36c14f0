import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentKind } from '../shared/domain/documentKinds'
import { DESKTOP, englishOnScreen, newContext, PHONE, screenshot, seriousAccessibilityViolations, sidewaysOverflow, signIn, useBrowserSuite } from './support/browser'
import { addToTeam, createDocument, createMatter, createUser, storedClaimSet, type TestUser } from './support/factories'
import type { TestServer } from './support/testServer'

let server: TestServer
let browser: Browser
let agent: TestUser
let reviewer: TestUser
let matterId: string
const documents = {} as Record<DocumentKind, string>

/** Every page a user meets: what to open, who opens it, and what shows that it is ready. */
interface PageVisit {
  name: string
  path: () => string
  user: () => TestUser | null
  ready: string
}

const PAGES: PageVisit[] = [
  { name: 'login', path: () => '/login', user: () => null, ready: 'input[name=email]' },
  { name: 'matters', path: () => '/', user: () => agent, ready: '[id=matters-title]' },
  { name: 'matter', path: () => `/matters/${matterId}`, user: () => agent, ready: '[id=matter-title]' },
  ...(['disclosure', 'claims', 'oa-reply'] as const).map((kind) => ({
    name: `document-${kind}`,
    path: () => `/documents/${documents[kind]}`,
    user: () => agent,
    ready: '[data-testid=save-state][data-state=saved]',
  })),
  {
    name: 'review-claims',
    path: () => `/documents/${documents.claims}`,
    user: () => reviewer,
    ready: '[data-testid=connection-state][data-state=online]',
  },
]

useBrowserSuite((suite) => ({ server, browser } = suite))
beforeAll(async () => {
  agent = await createUser(server.url, server.store, { role: 'agent' })
  reviewer = await createUser(server.url, server.store, { role: 'reviewer', workspaceId: agent.workspaceId })
  matterId = (await createMatter(server.url, agent, '一种紧固件')).id
  await addToTeam(server.store, matterId, reviewer, 'reviewer')
  documents.disclosure = (await createDocument(server.url, agent, matterId, 'disclosure', '技术交底书')).id
  documents.claims = (await createDocument(server.url, agent, matterId, 'claims', '权利要求书')).id
  documents['oa-reply'] = (await createDocument(server.url, agent, matterId, 'oa-reply', '第一次审查意见答复')).id

  // Claims with findings and a dependency, so the findings list and the claim tree have entries.
  const page = await (await newContext(browser, 'zh-CN')).newPage()
  await signIn(page, server.url, agent, `/documents/${documents.claims}`)
  await page.click('.tiptap li.claim')
  await page.keyboard.type('一种紧固件，包括卡扣，其特征在于，所述卡扣为钢制。')
  await page.keyboard.press('Enter')
  await page.keyboard.type('根据权利要求3所述的紧固件，所述弹簧为钢制。')
  await page.waitForSelector('[data-testid=findings-panel] [data-rule="claims.reference-missing"]')
  await page.waitForSelector('[data-testid=save-state][data-state=saved]')
  await page.context().close()
})

/** Opens a page as its user in a fresh profile and waits until it shows what it is for. */
async function open(visit: PageVisit, locale: 'zh-CN' | 'en-US', viewport: typeof PHONE): Promise<Page> {
  const page = await (await newContext(browser, locale, viewport)).newPage()
  const user = visit.user()
  if (user) await signIn(page, server.url, user, visit.path())
  else await page.goto(server.url + visit.path())
  await page.waitForSelector(visit.ready)
  return page
}

describe.each([
  ['zh-CN', PHONE],
  ['zh-CN', DESKTOP],
  ['en-US', PHONE],
  ['en-US', DESKTOP],
] as const)('in %s at %o', (locale, viewport) => {
  it.each(PAGES.map((visit) => [visit.name, visit] as const))(
    'the %s page has no critical or serious accessibility violation and nothing scrolls sideways',
    async (name, visit) => {
      const page = await open(visit, locale, viewport)
      await screenshot(page, `${name}-${locale}-${viewport.width}`)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      expect(await sidewaysOverflow(page)).toBe(0)
      await page.context().close()
    },
  )
})

it.each([PHONE, DESKTOP])('shows no English to a zh-CN reader on any page, in any panel (%o)', async (viewport) => {
  const english: Record<string, string[]> = {}
  for (const visit of PAGES) {
    const page = await open(visit, 'zh-CN', viewport)
    const found = await englishOnScreen(page)
    // Every panel of a document page, one after the other.
    for (const tab of await page.locator('[role=tab]').all()) {
      await tab.click()
      await page.waitForSelector(`[role=tabpanel][aria-labelledby="${await tab.getAttribute('id')}"]:not([hidden])`)
      found.push(...(await englishOnScreen(page)))
    }
    if (found.length > 0) english[visit.name] = [...new Set(found)]
    await page.context().close()
  }
  expect(english).toEqual({})
}, 180_000)

it('on a phone, a finding clicked brings its text below the panels stuck over the page, not to the screen’s last line', async () => {
  // Sixteen claims, so the last is far down; its reference to claim 30 is a finding.
  const claims = [
    '一种紧固件，包括卡扣和弹簧，其特征在于，所述卡扣由钢制成，所述弹簧套设在所述卡扣的外侧并与所述卡扣抵接。',
    ...Array.from({ length: 14 }, (_, i) => `根据权利要求1所述的紧固件，其特征在于，所述卡扣的第${i + 1}段设有一个限位凸台，所述限位凸台与所述弹簧的端部相抵，以限制所述弹簧沿轴向的移动。`),
    '根据权利要求30所述的紧固件，其特征在于，所述弹簧为钢制压缩弹簧。',
  ]
  const claimSet = await storedClaimSet(server.store, matterId, claims, { title: '长权利要求书' })
  const page = await (await newContext(browser, 'zh-CN', PHONE)).newPage()
  await signIn(page, server.url, agent, `/documents/${claimSet.id}`)
  await page.waitForSelector('.tiptap li.claim')
  await page.locator('.panel-tab').first().click()
  const placement = () =>
    page.evaluate(() => {
      const target = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      return { top: target.top, bottom: target.bottom, covered: document.querySelector('.panel-tabs')!.getBoundingClientRect().bottom, height: window.innerHeight }
    })
  // Below the panels, and not on the screen's last line.
  const expectInView = () =>
    expect
      .poll(async () => {
        const { top, bottom, covered, height } = await placement()
        return top >= covered && bottom < height - 24
      })
      .toBe(true)
  // From the top of the page, where the panels are not stuck yet: they stick as the page scrolls down.
  await page.locator('[data-testid=findings-panel] [data-rule="claims.reference-missing"]').click()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('li.claim:nth-child(16)') != null)).toBe(true)
  await expectInView()
  // The page scrolled so that the last claim begins on the screen's last lines, under the stuck panels' list.
  await page.evaluate(() => window.scrollBy(0, document.querySelector('.tiptap li.claim:nth-child(16)')!.getBoundingClientRect().top - 800))
  await page.locator('[data-testid=findings-panel] [data-rule="claims.reference-missing"]').click()
  await expectInView()
  await screenshot(page, 'finding-jump-zh-CN-390')
  await page.context().close()
})

it('says of a new claim set that nothing is checked yet, not that nothing is wrong, until a claim is written', async () => {
  const claimSet = await createDocument(server.url, agent, matterId, 'claims', '新权利要求书')
  const page = await (await newContext(browser, 'zh-CN', DESKTOP)).newPage()
  await signIn(page, server.url, agent, `/documents/${claimSet.id}`)
  const none = page.getByTestId('findings-none')
  await expect.poll(() => none.textContent()).toBe('还没有写权利要求，尚未检查：写下第一项权利要求后，检查结果随写随出。')
  await page.click('.tiptap li.claim')
  await page.keyboard.type('一种紧固件，包括卡扣。')
  // Checked now: a finding or two, or none found; either way no longer "nothing checked".
  const said = () => page.evaluate(() => document.querySelector('[data-testid=findings-none]')?.textContent ?? 'findings')
  await expect.poll(said).not.toContain('尚未检查')
  await page.context().close()
})

it('reaches the findings and the claim tree from the keyboard, and a claim in the tree takes the caret to it', async () => {
  const visit = PAGES.find((candidate) => candidate.name === 'document-claims')!
  const page = await open(visit, 'zh-CN', DESKTOP)
  // Focus starts at the top of a freshly loaded page, not where the sign-in button was.
  await page.reload()
  await page.waitForSelector(visit.ready)
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-rule') ?? document.activeElement?.className ?? '')

  // The skip link is the first stop and leads past the header.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
  await page.keyboard.press('Enter')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

  const tabUntil = async (isThere: () => Promise<boolean>) => {
    for (let presses = 0; presses < 60 && !(await isThere()); presses++) await page.keyboard.press('Tab')
    return isThere()
  }
  // The editor takes Tab as text only inside it; from the page, Tab walks the controls in order.
  expect(await tabUntil(async () => (await focused()) === 'panel-tab')).toBe(true)
  expect(await tabUntil(async () => (await focused()) === 'claims.reference-missing')).toBe(true)

  // Back to the tabs, the arrow key opens the claim tree, Tab enters it.
  await page.keyboard.down('Shift')
  expect(await tabUntil(async () => (await focused()) === 'panel-tab')).toBe(true)
  await page.keyboard.up('Shift')
  // Other panels may sit between the findings and the claim tree; the arrow keys walk the tabs in order.
  const claimTreeOpen = () => page.locator('[data-testid=panel-claims]').isVisible()
  const tabCount = await page.locator('[role=tab]').count()
  for (let presses = 0; presses < tabCount && !(await claimTreeOpen()); presses++) await page.keyboard.press('ArrowRight')
  expect(await claimTreeOpen()).toBe(true)
  const claimFocused = () => page.evaluate(() => document.activeElement?.getAttribute('data-claim') ?? null)
  expect(await tabUntil(async () => (await claimFocused()) === '1')).toBe(true)
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-claim'))).toBe('2')
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('li.claim:nth-child(2)') != null))
    .toBe(true)
  await page.context().close()
})

it('names each page’s browser tab by what it shows, a document with its matter', async () => {
  const titles: Record<string, string> = {}
  for (const visit of PAGES) {
    const page = await open(visit, 'zh-CN', DESKTOP)
    await expect.poll(() => page.title()).not.toBe('Claimroom')
    titles[visit.name] = await page.title()
    await page.context().close()
  }
  expect(titles).toEqual({
    login: '登录 · Claimroom',
    matters: '案件 · Claimroom',
    matter: '一种紧固件 · Claimroom',
    'document-disclosure': '技术交底书 · 一种紧固件 · Claimroom',
    'document-claims': '权利要求书 · 一种紧固件 · Claimroom',
    'document-oa-reply': '第一次审查意见答复 · 一种紧固件 · Claimroom',
    'review-claims': '权利要求书 · 一种紧固件 · Claimroom',
  })
}, 180_000)

it('switches the language on a document page without rebuilding the editor: labels and placeholders change, undo still works', async () => {
  const page = await open(PAGES.find((visit) => visit.name === 'document-claims')!, 'zh-CN', DESKTOP)
  const abstractLabel = () => page.getAttribute('.tiptap .doc-section[data-field=abstract]', 'data-label')
  expect(await abstractLabel()).toBe('摘要')
  // The empty abstract's placeholder, as drawn.
  const abstractPlaceholder = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.tiptap .doc-section[data-field=abstract] p.is-empty')!, '::before').content)
  expect(await abstractPlaceholder()).toBe('"在此填写…"')
  await page.click('.tiptap .document-title')
  await page.keyboard.press('End')
  await page.keyboard.type('（修订）')
  await page.waitForFunction(() => document.querySelector('.tiptap .document-title')?.textContent?.endsWith('（修订）'))
  await page.evaluate(() => ((window as unknown as { editorRoot: Element | null }).editorRoot = document.querySelector('.tiptap')))

  await page.selectOption('select[aria-label=语言]', 'en')
  await expect.poll(abstractLabel).toBe('Abstract')
  expect(await abstractPlaceholder()).toBe('"Write here…"')
  expect(await page.evaluate(() => document.querySelector('.tiptap') === (window as unknown as { editorRoot: Element }).editorRoot)).toBe(true)

  // The undo history is the one from before the switch.
  await page.focus('.tiptap')
  await page.keyboard.press('Control+z')
  await page.waitForFunction(() => !document.querySelector('.tiptap .document-title')?.textContent?.includes('（修订）'))
  await page.context().close()
})

it('gives a phone thumb-sized links and an open panel that reads in full in the page, not stuck over half the screen', async () => {
  const visit = PAGES.find((p) => p.name === 'document-claims')!
  const page = await open(visit, 'en-US', PHONE)
  for (const selector of ['.topnav a', '.topbar button.link', '.back a', '.document-files a']) {
    const box = await page.locator(selector).first().boundingBox()
    expect(box!.height, selector).toBeGreaterThanOrEqual(40)
  }
  // Folded, the tabs stay at the top while the text scrolls; opened, the panel takes its place in the page.
  const panels = page.getByTestId('side-panels')
  expect(await panels.evaluate((element) => getComputedStyle(element).position)).toBe('sticky')
  await page.locator('[role=tab][data-panel=findings]').click()
  expect(await panels.evaluate((element) => getComputedStyle(element).position)).toBe('static')
  await screenshot(page, 'phone-panel-open-en-US-390')
  await page.context().close()
})

it('fits the panel tabs in two rows on a 1366-pixel laptop, and gives a folded panel column to the text', async () => {
  const page = await open(PAGES.find((visit) => visit.name === 'document-claims')!, 'en-US', { width: 1366, height: 768 })
  const rowsOfTabs = () =>
    page.$$eval('.panel-tab', (tabs) => new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size)
  const editorWidth = () => page.locator('.editor-column').evaluate((element) => element.getBoundingClientRect().width)
  const layoutWidth = await page.locator('.document-layout').evaluate((element) => element.getBoundingClientRect().width)
  expect(await rowsOfTabs()).toBeLessThanOrEqual(2)
  expect(await editorWidth()).toBeLessThan(layoutWidth * 0.75)

  await page.locator('.panel-fold').click()
  await expect.poll(editorWidth).toBeCloseTo(layoutWidth, 0)
  expect(await rowsOfTabs()).toBe(1)
  // The folded tabs sit above the text, where they still open a panel.
  const tabsBottom = await page.locator('.panel-tab-bar').evaluate((element) => element.getBoundingClientRect().bottom)
  const editorTop = await page.locator('.editor-column').evaluate((element) => element.getBoundingClientRect().top)
  expect(tabsBottom).toBeLessThanOrEqual(editorTop)
  await screenshot(page, 'laptop-panels-folded-en-US-1366')
  await page.locator('[role=tab][data-panel=findings]').click()
  await expect.poll(editorWidth).toBeLessThan(layoutWidth * 0.75)
  await page.context().close()
})
