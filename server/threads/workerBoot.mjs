// Starts a worker thread on a module given by URL. The server runs TypeScript through tsx (npm
// start, tests), whose loader a worker thread does not inherit: a .ts entry registers it first.
import { workerData } from 'node:worker_threads'

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api')
  register()
}
await import(workerData.entry)
