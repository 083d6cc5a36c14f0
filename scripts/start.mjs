// `npm start`: builds the client and the server when either is missing or older than its
// sources, then runs the built server (plain JavaScript) in this process, so signals reach it.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildServer, builtServer, newestMtime, serverBuildIsStale } from './buildServer.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const builtIndex = join(root, 'dist/client/index.html')

const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync)
const stale = !existsSync(builtIndex) || Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs
if (stale) {
  console.log('building the client…')
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
}

if (serverBuildIsStale()) {
  console.log('building the server…')
  await buildServer()
}

process.chdir(root)
await import(builtServer)
