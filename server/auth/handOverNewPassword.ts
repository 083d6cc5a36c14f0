import type { UserId } from '../../shared/domain/ids'
import type { Store } from '../storage/Store'
import { firstPassword } from './handedOverSecrets'
import { hashPassword } from './passwords'

/**
 * A forgotten password replaced: a new one to hand over (marked so until its owner changes it),
 * and every session of the account ended, so whoever held the old one is out.
 */
export async function handOverNewPassword(store: Store, userId: UserId): Promise<{ password: string; sessionsEnded: number }> {
  const password = firstPassword()
  await store.setPasswordHash(userId, await hashPassword(password), true)
  const sessionsEnded = await store.deleteOtherSessions(userId, '')
  return { password, sessionsEnded }
}
