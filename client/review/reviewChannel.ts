import { readVarString } from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import { MessageType } from '../../shared/sync/protocol'

type Listener = (topic: string) => void

const listeners = new WeakMap<WebsocketProvider, Set<Listener>>()

/**
 * Calls `listener` with the topic of every ReviewChanged message (type 101) the server sends on
 * this document's socket. y-websocket allows one handler per message type, so the handler is
 * registered once per provider and fans out.
 */
export function onReviewChanged(provider: WebsocketProvider, listener: Listener): () => void {
  let set = listeners.get(provider)
  if (!set) {
    const fanOut = new Set<Listener>()
    provider.messageHandlers[MessageType.ReviewChanged] = (_encoder, decoder) => {
      const topic = readVarString(decoder)
      for (const l of fanOut) l(topic)
    }
    listeners.set(provider, fanOut)
    set = fanOut
  }
  set.add(listener)
  return () => set.delete(listener)
}
