// `npm start`: builds the client when it is missing or older than its sources, then runs the
// server in this process (TypeScript through tsx), so signals reach it directly.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const builtIndex = join(root, 'dist/client/index.html')

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync)
const stale = !existsSync(builtIndex) || Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs
if (stale) {
  console.log('building the client…')
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
}

process.chdir(root)
const { register } = await import('tsx/esm/api')
register()
await import('../server/main.ts')
