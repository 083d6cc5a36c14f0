import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/**
 * Starts a worker thread on one of the server's thread modules, named by its path under
 * `server/` without extension (`analysis/checkerThread`). Run from source (tsx: tests, `npm run
 * dev`) that is the .ts file, loaded through tsx by `workerBoot.mjs`; run from the build
 * (`npm start`, scripts/buildServer.mjs) every thread is an entry of its own beside main.mjs.
 */
export function startThread(module: string, workerData: Record<string, unknown> = {}, resourceLimits?: ResourceLimits): Worker {
  const fromSource = fileURLToPath(import.meta.url).endsWith('.ts')
  const entry = fromSource
    ? new URL(`../${module}.ts`, import.meta.url).href
    : new URL(`./${module.slice(module.lastIndexOf('/') + 1)}.mjs`, import.meta.url).href
  return new Worker(new URL('./workerBoot.mjs', import.meta.url), { workerData: { ...workerData, entry }, ...(resourceLimits ? { resourceLimits } : {}) })
}
