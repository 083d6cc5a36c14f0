import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono } from 'hono'
import { timingSafeEqual } from 'node:crypto'
import { ApiError } from '../ApiError'
import { bearerToken } from '../auth/authenticate'
import type { AppEnv } from '../app'
import type { ServerMetrics } from '../metrics/ServerMetrics'

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/**
 * `GET /metrics` in Prometheus's text format, for operators. Without CLAIMROOM_METRICS_TOKEN only
 * a scraper on the same machine may read it; with it, any address that sends the token as a
 * bearer token. The figures name no user or document, but how busy a workspace is stays private.
 */
export function metricsRoute({ metrics, metricsToken }: { metrics: ServerMetrics; metricsToken: string | null }) {
  const routes = new Hono<AppEnv>()
  routes.get('/', (c) => {
    if (metricsToken) {
      const given = bearerToken(c)
      if (!given || !sameSecret(given, metricsToken)) {
        c.header('WWW-Authenticate', 'Bearer realm="metrics"')
        throw new ApiError(401, 'unauthorized', 'metrics need the bearer token set in CLAIMROOM_METRICS_TOKEN')
      }
    } else if (!LOOPBACK.test(getConnInfo(c).remote.address ?? '')) {
      throw new ApiError(403, 'forbidden', 'metrics are served to this machine only unless CLAIMROOM_METRICS_TOKEN is set')
    }
    return c.body(metrics.render(), 200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
      'Cache-Control': 'no-store',
    })
  })
  return routes
}
