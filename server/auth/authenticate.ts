import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { ApiError } from '../ApiError'
import { loadCaller } from '../access'
import type { AppEnv } from '../app'
import type { Store } from '../storage/Store'
import { SESSION_COOKIE, sessionUser } from './sessions'

/** The token of an `Authorization: Bearer <token>` header; the scheme's case does not matter (RFC 9110 §11.1). */
export function bearerToken(c: Context): string | null {
  return /^bearer +(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() || null
}

/** The session token of a request: `Authorization: Bearer`, the `token` query (sync only), or the cookie. */
export function requestToken(c: Context, allowQuery: boolean): string | null {
  const bearer = bearerToken(c)
  if (bearer) return bearer
  if (allowQuery) {
    const query = c.req.query('token')
    if (query) return query
  }
  return getCookie(c, SESSION_COOKIE) ?? null
}

/**
 * Requires a signed-in caller and puts it on the context. `allowQueryToken` is for the sync
 * socket, where y-websocket clients outside a browser pass the token as a URL parameter.
 */
export function authenticate<E extends AppEnv = AppEnv>(
  store: Store,
  { allowQueryToken = false } = {},
): MiddlewareHandler<E> {
  return async (c, next) => {
    const token = requestToken(c, allowQueryToken)
    const userId = token ? await sessionUser(store, token) : null
    const caller = userId ? await loadCaller(store, userId) : null
    if (!token || !caller) throw ApiError.unauthorized()
    c.set('caller', caller)
    c.set('token', token)
    await next()
  }
}
