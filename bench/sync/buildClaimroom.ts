import { build } from 'esbuild'
import { join } from 'node:path'
import { REPO_ROOT } from './serverProcess'

/**
 * Compiles Claimroom's server ahead of time into one ES module, as a production build would, so
 * the benchmark can tell the cost of compiling TypeScript at run time (tsx) from the server's own.
 * Packages stay external and are loaded from node_modules as `npm start` loads them.
 */
export async function buildClaimroomServer(): Promise<string> {
  const outfile = join(REPO_ROOT, 'test-results/bench-sync-build/main.mjs')
  await build({
    entryPoints: [join(REPO_ROOT, 'server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  return outfile
}
