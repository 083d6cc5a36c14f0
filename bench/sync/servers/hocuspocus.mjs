// Hocuspocus 3.4 with its database extension over SQLite (better-sqlite3), as its docs set it up:
// the whole document state is stored, debounced (2 s, at most 10 s after the first change).
import Database from 'better-sqlite3'
import { Database as DatabaseExtension } from '@hocuspocus/extension-database'
import { Server } from '@hocuspocus/server'
import { announce } from './seedFile.mjs'

// The same table @hocuspocus/extension-sqlite creates; the benchmark may have written rows already.
const db = new Database(process.env.BENCH_DB)
db.exec('CREATE TABLE IF NOT EXISTS documents (name varchar(255) NOT NULL, data blob NOT NULL, UNIQUE(name))')
const select = db.prepare('SELECT data FROM documents WHERE name = ?')
const upsert = db.prepare(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
)

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    new DatabaseExtension({
      fetch: async ({ documentName }) => select.get(documentName)?.data ?? null,
      store: async ({ documentName, state }) => {
        upsert.run(documentName, state)
      },
    }),
  ],
})
await server.listen()
announce(`http://127.0.0.1:${server.address.port}`, async () => {
  await server.destroy()
  db.close()
})
