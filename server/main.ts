import { configFromEnv } from './config'
import { startServer } from './startServer'
import { DataDirLockedError } from './storage/DataDirLock'

/** `npm start`: one process, one port, serving the client, the API and the sync socket. */
const config = configFromEnv()
const server = await startServer(config).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
})
console.log(`Claimroom listening on ${server.url} (data in ${config.dataDir})`)
if (!config.clientDir) console.log('no built client found: run `npm run build` to serve the web app')

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: flushing documents and shutting down`)
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('shutdown failed', error)
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
