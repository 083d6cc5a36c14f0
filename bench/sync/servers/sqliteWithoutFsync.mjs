// Diagnostic only, preloaded into Claimroom by the `claimroom-nosync` server of the benchmark:
// rewrites SQLite's `synchronous = FULL` to NORMAL, so in WAL mode a commit no longer waits for
// fsync. The difference to the real server is what the fsync of each write costs.
import Database from 'better-sqlite3'

const pragma = Database.prototype.pragma
Database.prototype.pragma = function (source, options) {
  return pragma.call(this, /^\s*synchronous\s*=\s*full\s*$/i.test(source) ? 'synchronous = NORMAL' : source, options)
}
