import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'

const serverPort = Number(process.env.PORT ?? 8787)

/**
 * Writes a brotli and a gzip copy beside every text file of the build, compressed once at the
 * highest level, so the server sends them without compressing per request (server/routes/staticClient.ts).
 */
function precompress(): Plugin {
  return {
    name: 'claimroom-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue
        const path = join(options.dir!, fileName)
        const content = readFileSync(path)
        if (content.length < 1024) continue
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
      }
    },
  }
}

export default defineConfig({
  root: 'client',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The document page's chunk (Tiptap, ProseMirror, Yjs, the checker: ~620 kB, ~200 kB gzipped)
    // loads only when a document is opened; the sign-in and matter pages stay at ~240 kB.
    chunkSizeWarningLimit: 700,
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
