import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { handOverNewPassword } from './auth/handOverNewPassword'
import { configFromEnv } from './config'
import { DataDirLock, DataDirLockedError } from './storage/DataDirLock'
import { SqliteStore } from './storage/SqliteStore'

/**
 * `npm run reset-password -- <e-mail>`: a new password for an account, printed once, with every
 * session of the account ended — for the admin who is locked out, when no other admin can reset
 * it on the Members page. It runs against DATA_DIR while no server does (the server holds the
 * data directory's lock).
 */
const email = process.argv[2]?.trim()
if (!email) {
  console.error('usage: npm run reset-password -- <e-mail>   (DATA_DIR as for npm start)')
  process.exit(2)
}
const { dataDir } = configFromEnv()
const database = join(dataDir, 'claimroom.sqlite')
if (!existsSync(database)) {
  console.error(`no Claimroom data in ${dataDir}: set DATA_DIR to the server's data directory`)
  process.exit(1)
}
let lock: DataDirLock
try {
  lock = DataDirLock.acquire(dataDir)
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error
  console.error(`${error.message}. While it runs, an admin resets passwords on the Members page.`)
  process.exit(1)
}
const store = new SqliteStore(database)
try {
  const user = await store.findUserByEmail(email)
  if (!user) {
    console.error(`no account has the e-mail ${email} in ${dataDir}`)
    process.exitCode = 1
  } else {
    const { password, sessionsEnded } = await handOverNewPassword(store, user.id)
    console.log(`new password for ${user.name} <${user.email}>: ${password}`)
    console.log(`(shown only this once; ${sessionsEnded} session(s) ended. Sign in with it and change it under Members.)`)
  }
} finally {
  await store.close()
  lock.release()
}
