import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress as brotliCompressCallback, constants, gzip as gzipCallback } from 'node:zlib'
import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'

const serverPort = Number(process.env.PORT ?? 8787)
const brotliCompress = promisify(brotliCompressCallback)
const gzip = promisify(gzipCallback)

/**
 * Writes a brotli and a gzip copy beside every text file of the build, compressed once at the
 * highest level, so the server sends them without compressing per request (server/routes/staticClient.ts).
 */
function precompress(): Plugin {
  return {
    name: 'claimroom-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const files = Object.keys(bundle)
        .filter((fileName) => /\.(js|css|html|svg|json)$/.test(fileName))
        .map((fileName) => join(options.dir!, fileName))
      // zlib's asynchronous functions run on the thread pool, so the files are compressed in parallel.
      await Promise.all(
        files.map(async (path) => {
          const content = await readFile(path)
          if (content.length < 1024) return
          const [br, gz] = await Promise.all([
            brotliCompress(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
            gzip(content, { level: 9 }),
          ])
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)])
        }),
      )
    },
  }
}

/**
 * Builds the service worker (client/offline/serviceWorker.ts) to /sw.js — a fixed name, as
 * browsers look for updates there — and writes into it the build's id and every file of the
 * build, which it keeps on the device.
 */
function serviceWorker(): Plugin {
  const SOURCE = fileURLToPath(new URL('./client/offline/serviceWorker.ts', import.meta.url))
  const FILE = 'sw.js'
  return {
    name: 'claimroom-service-worker',
    apply: 'build',
    // After Vite's own plugins, so that index.html is in the bundle to be listed.
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: FILE })
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((fileName) => fileName !== FILE).sort().map((fileName) => `/${fileName}`)
      const id = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16)
      const worker = bundle[FILE]
      if (worker?.type !== 'chunk' || !worker.code.includes('__CLAIMROOM_BUILD__')) throw new Error(`${FILE}: no place for the build's files`)
      worker.code = worker.code.replace('__CLAIMROOM_BUILD__', JSON.stringify({ id, files }))
    },
  }
}

export default defineConfig({
  root: 'client',
  plugins: [react(), precompress(), serviceWorker()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The document page's chunks (Tiptap, ProseMirror, Yjs, the claim parser that pasting uses)
    // load only when a document is opened, the drafting rules after them; the matter, dashboard,
    // members and templates pages when first opened; sign-in and the matters list load React and
    // the app alone. test/browser.transfer.test.ts holds the first page's JavaScript to 350 kB over
    // the wire and the sign-in page's to 100 kB (296 kB brotli for a document page, 92 kB for
    // sign-in, in Dec 2026; sign-in had grown to 101 kB with every page in its chunk).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // Brotli at its highest level is the slow part of a build on purpose; it runs once per build, not per request.
      checks: { bundlerTimings: false },
    },
  },
  server: {
    // `npm run dev`: Vite serves the client with hot reload and forwards the API and the sync socket.
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/healthz': `http://127.0.0.1:${serverPort}`,
      '/sync': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Test users are created by the hundred; a cheaper scrypt keeps that fast (see docs/api.md).
    env: { CLAIMROOM_SCRYPT_LOG2N: '14' },
    hookTimeout: 120_000,
  },
})
