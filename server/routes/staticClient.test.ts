import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticClient } from './staticClient'

const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body></body></html>'
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))})`

let clientDir: string
let app: ReturnType<typeof staticClient>

/** A built client as Vite and the precompression step leave it. */
beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'claimroom-client-'))
  mkdirSync(join(clientDir, 'assets'))
  writeFileSync(join(clientDir, 'index.html'), INDEX_HTML)
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(clientDir, 'assets/index-Ab12Cd34.js'), SCRIPT)
  writeFileSync(join(clientDir, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(SCRIPT))
  writeFileSync(join(clientDir, 'assets/index-Ab12Cd34.js.gz'), gzipSync(SCRIPT))
  app = staticClient(clientDir)
})
afterAll(() => rmSync(clientDir, { recursive: true, force: true }))

const PATHS = ['/', '/index.html', '/documents/some-id', '/assets/index-Ab12Cd34.js', '/favicon.svg']

describe('security headers of the static client', () => {
  it.each(PATHS)('%s has a Content-Security-Policy that allows only same-origin scripts and no framing', async (path) => {
    const csp = (await app.request(path)).headers.get('content-security-policy') ?? ''
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp).not.toContain("'unsafe-eval'")
  })

  it.each(PATHS)('%s is sent with X-Content-Type-Options: nosniff', async (path) => {
    expect((await app.request(path)).headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each(PATHS)('%s may not be framed (X-Frame-Options: DENY)', async (path) => {
    expect((await app.request(path)).headers.get('x-frame-options')).toBe('DENY')
  })

  it.each(PATHS)('%s sends no referrer to other sites', async (path) => {
    expect((await app.request(path)).headers.get('referrer-policy')).toBe('same-origin')
  })
})

describe('caching', () => {
  it.each(['/', '/index.html', '/matters/m1', '/documents/d1'])('%s answers with index.html that the browser revalidates', async (path) => {
    const response = await app.request(path)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX_HTML)
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('lets the browser keep a hashed asset for a year without asking', async () => {
    const response = await app.request('/assets/index-Ab12Cd34.js')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('answers 404 for a missing asset rather than index.html, and caches nothing', async () => {
    const response = await app.request('/assets/index-Old00000.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('revalidates unhashed files', async () => {
    expect((await app.request('/favicon.svg')).headers.get('cache-control')).toBe('no-cache')
  })
})

describe('compression', () => {
  it('sends the brotli copy to a browser that accepts brotli', async () => {
    const response = await app.request('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toContain('Accept-Encoding')
    expect(response.headers.get('content-type')).toContain('javascript')
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.length).toBeLessThan(SCRIPT.length / 10)
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT)
  })

  it('sends the gzip copy to a browser that accepts only gzip', async () => {
    const response = await app.request('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })

  it('sends the plain file to a client that accepts no compression', async () => {
    const response = await app.request('/assets/index-Ab12Cd34.js')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toBe(SCRIPT)
  })
})
