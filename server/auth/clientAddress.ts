import { getConnInfo } from '@hono/node-server/conninfo'

/** The address a request came from, which sign-in limits count by; 'unknown' where the socket does not say. */
export function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
