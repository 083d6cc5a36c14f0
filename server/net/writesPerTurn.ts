import type { Duplex } from 'node:stream'

const held = new Set<Duplex>()

/**
 * Holds a socket's writes until the code running now is done, so that everything sent to one
 * reader in one turn of the event loop — a relayed edit and then its sender's caret, say — leaves
 * in one `writev` instead of one each. On this project's machines a system call per message was
 * the largest part of relaying a keystroke.
 */
export function holdWritesForThisTurn(socket: Duplex): void {
  if (held.has(socket)) return
  if (held.size === 0) queueMicrotask(releaseHeldWrites)
  held.add(socket)
  socket.cork()
}

function releaseHeldWrites(): void {
  const sockets = [...held]
  held.clear()
  for (const socket of sockets) socket.uncork()
}
