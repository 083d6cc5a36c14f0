import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildClient, launchChromium, newContext, screenshot, signIn } from '../support/browser'
import { addToTeam, createDocument, createMatter, createUser, request } from '../support/factories'
import { startTestServer, type TestServer } from '../support/testServer'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer({ clientDir: await buildClient() })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.dispose()
})

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
