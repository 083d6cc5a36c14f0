import { createHash, randomBytes } from 'node:crypto'
import type { UserId } from '../../shared/domain/ids'
import type { Store } from '../storage/Store'

export const SESSION_COOKIE = 'claimroom_session'
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000

/**
 * The stored key of a session: a hash of its token, so a leaked database holds no usable
 * session. It also names the session's open sync sockets, which signing out closes.
 */
export const sessionKey = (token: string): string => createHash('sha256').update(token).digest('base64url')

export async function startSession(store: Store, userId: UserId): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await store.createSession(sessionKey(token), { userId, expiresAt: Date.now() + SESSION_TTL_MS })
  return token
}

/** The user a token belongs to, or null for an unknown, revoked or expired token. */
export async function sessionUser(store: Store, token: string): Promise<UserId | null> {
  const session = await store.findSession(sessionKey(token))
  if (!session) return null
  if (session.expiresAt <= Date.now()) {
    await store.deleteSession(sessionKey(token))
    return null
  }
  return session.userId
}

export async function endSession(store: Store, token: string): Promise<void> {
  await store.deleteSession(sessionKey(token))
}
