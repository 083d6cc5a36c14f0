// Diagnostic only, preloaded into Claimroom by the `claimroom-nosync` server of the benchmark:
// takes the wait for the disk out of every write, whichever way the store waits for it — SQLite's
// `synchronous = FULL` becomes NORMAL (in WAL mode a commit then no longer waits for fsync), and
// `fs.fdatasync` answers at once without syncing (for a store that syncs its write-ahead log
// itself). The difference to the real server is what making each write durable costs.
import Database from 'better-sqlite3'
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const pragma = Database.prototype.pragma
Database.prototype.pragma = function (source, options) {
  return pragma.call(this, /^\s*synchronous\s*=\s*full\s*$/i.test(source) ? 'synchronous = NORMAL' : source, options)
}

fs.fdatasync = (_fd, callback) => process.nextTick(callback, null)
// ES modules that import { fdatasync } from 'node:fs' see the replacement too.
syncBuiltinESMExports()
