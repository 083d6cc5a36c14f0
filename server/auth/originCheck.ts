import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from '../ApiError'

/**
 * Whether a request's Origin is the server's own (the scheme and Host it was addressed to) or one
 * the operator allowed (`CLAIMROOM_ALLOWED_ORIGINS`). Browsers send Origin with every WebSocket
 * upgrade and every cross-origin or state-changing request, so a page on another origin — another
 * port of the same host included, which SameSite cookies do not separate — is refused here.
 * Requests without Origin are not from a browser page and carry no ambient cookie risk.
 */
export function originAllowed(c: Context, allowedOrigins: readonly string[]): boolean {
  const origin = c.req.header('origin')
  if (origin === undefined) return true
  const host = c.req.header('host')
  if (host) {
    const scheme = c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:' ? 'https' : 'http'
    if (origin === `${scheme}://${host}`) return true
  }
  return allowedOrigins.includes(origin)
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * For API requests that change state: refuses a foreign Origin (403 `forbidden_origin`) and any
 * body that is not `application/json` (415) — a cross-origin page can send text/plain without a
 * CORS preflight, but never JSON.
 */
export function guardStateChanges(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method)) {
      if (!originAllowed(c, allowedOrigins)) throw new ApiError(403, 'forbidden_origin', 'requests from another origin are refused')
      const hasBody = Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined
      const type = c.req.header('content-type') ?? ''
      if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
        throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json')
      }
    }
    await next()
  }
}
