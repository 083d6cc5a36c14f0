import type { WebSocket } from 'ws'

/**
 * Pings every open socket each interval and ends those that did not answer the previous ping, so
 * that a half-open connection (a laptop closed, a network gone) does not hold its room and its
 * presence until TCP gives up hours later. One timer for all sockets keeps an idle socket cheap.
 */
export class Heartbeat {
  private readonly alive = new Map<WebSocket, boolean>()
  private readonly timer: NodeJS.Timeout

  constructor(intervalMs: number, onTimeout: (socket: WebSocket) => void) {
    this.timer = setInterval(() => {
      for (const [socket, answered] of this.alive) {
        if (!answered) {
          this.alive.delete(socket)
          onTimeout(socket)
          continue
        }
        this.alive.set(socket, false)
        socket.ping()
      }
    }, intervalMs).unref()
  }

  watch(socket: WebSocket): void {
    this.alive.set(socket, true)
    socket.on('pong', () => {
      if (this.alive.has(socket)) this.alive.set(socket, true)
    })
  }

  forget(socket: WebSocket): void {
    this.alive.delete(socket)
  }

  stop(): void {
    clearInterval(this.timer)
    this.alive.clear()
  }
}
