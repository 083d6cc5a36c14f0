import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const serverPort = Number(process.env.PORT ?? 8787)

export default defineConfig({
  root: 'client',
  plugins: [react()],
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
