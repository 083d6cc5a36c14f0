import { join } from 'node:path'
import { REPO_ROOT } from './serverProcess'

/**
 * Builds Claimroom's server the way `npm start` does (scripts/buildServer.mjs), into a directory
 * of the benchmark's own so that a run never touches dist/, and returns its entry module.
 */
export async function buildClaimroomServer(): Promise<string> {
  const outdir = join(REPO_ROOT, 'test-results/bench-sync-build')
  // A plain script without type declarations: its one export is typed here.
  const script = join(REPO_ROOT, 'scripts/buildServer.mjs')
  const { buildServer } = (await import(script)) as { buildServer(outdir: string): Promise<void> }
  await buildServer(outdir)
  return join(outdir, 'main.mjs')
}

/** The Node flags of package.json's start script (scripts/startFlags.mjs), which `npm start` runs the server with. */
export async function startNodeFlags(): Promise<string[]> {
  const script = join(REPO_ROOT, 'scripts/startFlags.mjs')
  const { startNodeFlags } = (await import(script)) as { startNodeFlags(): string[] }
  return startNodeFlags()
}
