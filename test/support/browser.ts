import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll } from 'vitest'
import type { ServerConfig } from '../../server/config'
import { TEST_PASSWORD, type TestUser } from './factories'
import { startTestServer, type TestServer } from './testServer'

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results')

/** A phone (iPhone 12–15 width) and a desktop. */
export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 860 }

/**
 * Builds the client as `npm start` serves it (precompressed files included), into a folder per
 * Vitest worker: browser suites run in parallel and must not empty each other's build, and a
 * rerun replaces the last one instead of leaving it behind.
 */
export async function buildClient(): Promise<string> {
  const outDir = resolve(__dirname, `../../dist/test-client-${process.env.VITEST_POOL_ID ?? '0'}`)
  // Vitest sets NODE_ENV=test, with which Vite would bundle React's development build.
  const testEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: resolve(__dirname, '../../vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = testEnv
  }
  return outDir
}

/**
 * Debian's Chromium, headless. The flags keep it off the network this machine does not have
 * (background updates, sync, component downloads).
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** What a browser suite runs against: a server serving the built client, and Chromium. */
export interface BrowserSuite {
  server: TestServer
  browser: Browser
}

/**
 * Starts, before the suite's tests, a server that serves the client as `npm start` builds it and
 * a headless Chromium, hands both to `started`, and ends both after the tests.
 */
export function useBrowserSuite(started: (suite: BrowserSuite) => void, config: Partial<ServerConfig> = {}): void {
  let suite: Partial<BrowserSuite> = {}
  beforeAll(async () => {
    suite.server = await startTestServer({ clientDir: await buildClient(), ...config })
    suite.browser = await launchChromium()
    started(suite as BrowserSuite)
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.dispose()
    suite = {}
  })
}

/** A browser profile in one interface language at one screen size. */
export function newContext(browser: Browser, locale: 'zh-CN' | 'en-US', viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport })
}

/** Signs in through the login form on the way to `path`, and waits until the app has left the login page. */
export async function signIn(page: Page, baseUrl: string, user: TestUser, path: string): Promise<void> {
  await page.goto(baseUrl + path)
  await page.fill('input[name=email]', user.email)
  await page.fill('input[name=password]', TEST_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForFunction(() => location.pathname !== '/login')
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Runs axe-core in the page against WCAG 2.1 A/AA and best practice, and returns the critical
 * and serious violations. axe is evaluated through the DevTools protocol, so the page's CSP
 * (no inline script) stays in force.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } }).axe
    interface AxeResult {
      id: string
      impact: string | null
      help: string
      nodes: { target: string[] }[]
    }
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    return result.violations
      .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }))
  })
}

/**
 * English words a reader of the zh-CN interface would see: visible text and the labels screen
 * readers speak (aria-label, placeholder, title, alt), outside content marked `translate="no"`
 * (what people typed — titles, names, the document text — and codes such as rule ids).
 */
export function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // File formats keep their Latin names in a Chinese interface ("导出 CSV").
    const universal = new Set(['CSV', 'JSON', 'PDF'])
    const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !universal.has(word))
    const untranslated = (element: Element | null) => element?.closest('[translate="no"]') != null
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || untranslated(parent) || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue
      const text = node.textContent?.trim() ?? ''
      if (englishWords(text).length > 0) found.push(text)
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (untranslated(element)) continue
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)
        if (value && englishWords(value).length > 0) found.push(`${name}="${value}"`)
      }
    }
    return found
  })
}

/** How far the page is wider than the screen: 0 when nothing scrolls sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
