// Compiles the server ahead of time into dist/server: `npm start` runs plain JavaScript, with
// no TypeScript compiler loaded at run time (tsx stays for `npm run dev` and the tests). Packages
// stay external, loaded from node_modules. Each worker thread (the checker, DOCX import and
// export, cutting a large document into slices) is an entry of its own beside main.mjs, because a
// worker thread loads its module by file.
import { build } from 'esbuild'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
export const builtServer = join(root, 'dist/server/main.mjs')

export function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/** Whether dist/server is missing or older than any of the server's sources. */
export function serverBuildIsStale() {
  if (!existsSync(builtServer)) return true
  const sources = ['server', 'shared', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync)
  return Math.max(...sources.map(newestMtime)) > statSync(builtServer).mtimeMs
}

/** Builds into dist/server, or into `outdir` (the tests build a copy of their own). */
export async function buildServer(outdir = join(root, 'dist/server')) {
  await build({
    entryPoints: {
      main: join(root, 'server/main.ts'),
      resetPassword: join(root, 'server/resetPassword.ts'),
      checkerThread: join(root, 'server/analysis/checkerThread.ts'),
      importThread: join(root, 'server/import/importThread.ts'),
      exportThread: join(root, 'server/export/exportThread.ts'),
      storedDocumentThread: join(root, 'server/sync/storedDocumentThread.ts'),
      workerBoot: join(root, 'server/threads/workerBoot.mjs'),
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    // Modules imported on first use (the DOCX writers, the import's reader) become chunks of
    // their own, so that their packages load only when someone exports or imports. Chunks stay
    // beside the entries: a thread is started by a path relative to the module that starts it.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer()
