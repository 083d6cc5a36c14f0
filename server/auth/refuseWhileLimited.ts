import type { Context } from 'hono'
import { ApiError } from '../ApiError'

/**
 * Refuses an attempt while a rate limit holds it back: 429 with Retry-After in whole seconds,
 * in the header for clients and in the body for the sign-in and setup pages.
 */
export function refuseWhileLimited(c: Context, waitMs: number, message: string): void {
  if (waitMs <= 0) return
  const retryAfter = Math.ceil(waitMs / 1000)
  c.header('Retry-After', String(retryAfter))
  throw new ApiError(429, 'rate_limited', message, { retryAfter })
}
