import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'

export interface Participant {
  clientId: number
  name: string
  color: string
  self: boolean
}

/** Everyone whose editor is connected to this document, from the awareness states. */
export function usePresence(provider: WebsocketProvider): Participant[] {
  const [participants, setParticipants] = useState<Participant[]>([])
  useEffect(() => {
    const awareness = provider.awareness
    const read = () =>
      setParticipants(
        [...awareness.getStates().entries()].flatMap(([clientId, state]) => {
          const user = (state as { user?: { name?: unknown; color?: unknown } }).user
          if (typeof user?.name !== 'string') return []
          return [{ clientId, name: user.name, color: String(user.color ?? '#888'), self: clientId === awareness.clientID }]
        }),
      )
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [provider])
  return participants
}
