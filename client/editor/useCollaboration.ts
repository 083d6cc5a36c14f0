import * as decoding from 'lib0/decoding'
import { useEffect, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/sync/closeCodes'
import { DURABLE_ACKS_PARAM, MessageType } from '../../shared/sync/protocol'

export type ConnectionState = 'connecting' | 'online' | 'offline'

/** `saved` only once the server has made every local change durable. */
export type SaveState = 'saved' | 'saving' | 'unsaved'

export interface Collaboration {
  doc: Y.Doc
  provider: WebsocketProvider
}

export interface CollaborationStatus {
  connection: ConnectionState
  save: SaveState
  /** Set when the server refuses the document for good (load failure, no access). */
  failure: number | null
}

function syncUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${location.host}/sync`
}

/** Opens the document's Yjs doc and sync socket for as long as the component is mounted. */
export function useCollaboration(documentId: string): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null)
  useEffect(() => {
    const doc = new Y.Doc()
    // The session cookie authenticates the socket; `acks=1` asks for Durable messages.
    const provider = new WebsocketProvider(syncUrl(), documentId, doc, { params: { [DURABLE_ACKS_PARAM]: '1' } })
    setCollaboration({ doc, provider })
    return () => {
      provider.destroy()
      doc.destroy()
      setCollaboration(null)
    }
  }, [documentId])
  return collaboration
}

/**
 * Connection and save state. The server sends the state vector of what it has stored after
 * every write; everything typed here is saved when that vector covers this client's own clock.
 */
export function useCollaborationStatus({ doc, provider }: Collaboration): CollaborationStatus {
  const [connection, setConnection] = useState<ConnectionState>(provider.wsconnected ? 'online' : 'connecting')
  const [durableClock, setDurableClock] = useState(0)
  const [localClock, setLocalClock] = useState(() => Y.getState(doc.store, doc.clientID))
  const [failure, setFailure] = useState<number | null>(null)

  useEffect(() => {
    provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
      const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
      setDurableClock(stateVector.get(doc.clientID) ?? 0)
    }
    const onStatus = ({ status }: { status: string }) => {
      setConnection(status === 'connected' ? 'online' : status === 'connecting' ? 'connecting' : 'offline')
      // A load failure is retried by the provider; once a connection holds, the document is back.
      if (status === 'connected') setFailure(null)
    }
    const onClose = (event: CloseEvent | null) => {
      if (event && (event.code === CloseCode.LoadFailed || (event.code >= 4400 && event.code < 4500))) setFailure(event.code)
    }
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) setLocalClock(Y.getState(doc.store, doc.clientID))
    }
    provider.on('status', onStatus)
    provider.on('connection-close', onClose)
    doc.on('update', onUpdate)
    return () => {
      provider.off('status', onStatus)
      provider.off('connection-close', onClose)
      doc.off('update', onUpdate)
    }
  }, [doc, provider])

  const save: SaveState = durableClock >= localClock ? 'saved' : connection === 'online' ? 'saving' : 'unsaved'
  return { connection, save, failure }
}
