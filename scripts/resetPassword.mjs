// `npm run reset-password -- <e-mail>`: builds the server when its sources changed (as `npm start`
// does), then runs the built command (server/resetPassword.ts) with the same arguments.
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildServer, serverBuildIsStale } from './buildServer.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
if (serverBuildIsStale()) await buildServer()
await import(join(root, 'dist/server/resetPassword.mjs'))
