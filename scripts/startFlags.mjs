// The Node flags `npm start` runs the server with live in package.json's start script, where an
// operator sees and changes them. The benchmark and the built-server test read them from there, so
// that what they measure is what `npm start` runs.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')

/** The flags between `node` and the script in package.json's start script, e.g. ['--max-semi-space-size=8']. */
export function startNodeFlags() {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const [command, ...words] = scripts.start.split(/\s+/)
  if (command !== 'node') throw new Error(`package.json's start script should run node, not "${command}"`)
  const script = words.findIndex((word) => !word.startsWith('--'))
  if (script === -1) throw new Error("package.json's start script names no script to run")
  return words.slice(0, script)
}
