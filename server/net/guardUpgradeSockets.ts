import type { Server } from 'node:http'
import type { Duplex } from 'node:stream'

/** Errors that only mean the peer went away: routine, not worth a log line each. */
const PEER_GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT'])

/**
 * Gives every upgrade request's socket an error listener from its first moment.
 *
 * Node takes its own listeners off a socket when it hands it to 'upgrade' listeners, and
 * `@hono/node-ws` then awaits the app (authentication, access) before `ws` adopts the socket —
 * or, for a refused upgrade, writes the refusal with `socket.end()`. A peer that resets the
 * connection in that window makes the socket emit 'error' with nobody listening, which Node turns
 * into an uncaught exception: one unauthenticated packet would end the process. Must be called
 * before `injectWebSocket`, so that this listener runs first. It stays for the socket's life and
 * covers the refused, accepted, open and closing stages alike (`ws` adds its own once it adopts
 * the socket; both see the error, and `ws` destroys the socket).
 */
export function guardUpgradeSockets(server: Server, log: (message: string) => void): void {
  server.on('upgrade', (request: { url?: string }, socket: Duplex) => {
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code && PEER_GONE.has(error.code)) return
      log(`upgrade socket error on ${request.url ?? '?'}: ${error.code ?? error.message}`)
    })
  })
}
