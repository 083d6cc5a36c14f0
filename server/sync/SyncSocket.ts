/**
 * The least the sync core needs of a socket. The Hono route adapts a WebSocket to it; tests and
 * later transports (a Redis fan-out peer) can provide their own.
 */
export interface SyncSocket {
  send(message: Uint8Array): void
  close(code: number, reason: string): void
}
