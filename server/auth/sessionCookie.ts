import type { Context } from 'hono'
import { setCookie } from 'hono/cookie'
import type { LoginResponse } from '../../shared/domain/api'
import type { Store, UserRecord } from '../storage/Store'
import { SESSION_COOKIE, SESSION_TTL_MS, startSession } from './sessions'

/** Starts a session for `user` and sets its cookie on the answer: how a sign-in and the first-run set-up both end. */
export async function signInWithCookie(c: Context, store: Store, user: UserRecord, secureCookies: boolean): Promise<LoginResponse> {
  const token = await startSession(store, user.id)
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secureCookies,
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  })
  return { token, user: { id: user.id, email: user.email, name: user.name } }
}
