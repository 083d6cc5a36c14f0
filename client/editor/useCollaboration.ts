import * as decoding from 'lib0/decoding'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { CloseCode } from '../../shared/sync/closeCodes'
import { DURABLE_ACKS_PARAM, LOCAL_COPY_PARAM, MessageType } from '../../shared/sync/protocol'
import { isRetriedClose } from './closeCodeMessages'
import { forgetLocalCopy, localCopyName, onPendingChangesElsewhere, pendingChangeList } from '../localCopies'
import { PendingChanges } from './PendingChanges'

/**
 * How long edits may wait on an open connection without a word from the server before the status
 * bar stops saying "Saving…": a server that answers confirms within milliseconds; one that hangs
 * keeps its socket open, and the provider would only give up on it after 30 s of silence.
 */
const UNANSWERED_MS = 5000

/** `connecting` only until the first attempt ends; after that the editor is `offline` until it connects. */
/** `closed`: the server ended the socket for good (no access, a refused change); not retried. */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'closed'

/** `saved` only once the server has made every local change durable; `kept`: offline, changes only on this device. */
export type SaveState = 'saved' | 'saving' | 'kept'

export interface Collaboration {
  doc: Y.Doc
  provider: WebsocketProvider
  pending: PendingChanges
  access: ServerAccess
}

/**
 * What the server last said this connection may do with the text: its Access message, sent when
 * the socket joins and when a role or team changes, or a close for revoked access. Followed from
 * the moment the socket opens, so that the first message, sent on joining, is never missed.
 */
export class ServerAccess {
  private value: boolean | null = null
  private taken = false
  private readonly listeners = new Set<() => void>()

  get canEdit(): boolean | null {
    return this.value
  }

  /** Access to the document was taken away (the socket closed with 4403), not changed. */
  get revoked(): boolean {
    return this.taken
  }

  revoke(): void {
    this.taken = true
    this.set(false)
  }

  set(canEdit: boolean): void {
    if (this.value === canEdit) return
    this.value = canEdit
    for (const listener of this.listeners) listener()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export interface CollaborationStatus {
  connection: ConnectionState
  save: SaveState
  /** Edits on this device the server has not confirmed yet. */
  pendingCount: number
  /** When the oldest of them was made (ms since the epoch); null when unknown or none. */
  pendingSince: number | null
  /** The close code of the server's last refusal, until a connection holds again. */
  closeCode: number | null
  /** The document has content, from this device's copy or the server: it can be shown and edited. */
  hasContent: boolean
  /**
   * What the server last said this connection may do with the text (its Access message, sent
   * when a role or team changes while the document is open); null until it says anything.
   */
  serverCanEdit: boolean | null
}

function syncUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${location.host}/sync`
}

/**
 * Opens a document: the device's copy is loaded first (so what was typed offline is there at
 * once), then the sync socket merges it with the server's. `ready` resolves once the copy is
 * loaded and the socket is connecting; `close` ends both.
 */
export function openCollaboration(userId: string, documentId: string): { collaboration: Collaboration; ready: Promise<void>; close(): void } {
  const doc = new Y.Doc()
  const localCopy = new IndexeddbPersistence(localCopyName(userId, documentId), doc)
  const pending = new PendingChanges(doc, pendingChangeList(userId, documentId))
  // Another tab of this document adds edits to the device's list, or confirms them.
  const stopFollowingOtherTabs = onPendingChangesElsewhere(userId, documentId, () => pending.refresh())
  // The session cookie authenticates the socket; `acks=1` asks for Durable messages.
  const provider = new WebsocketProvider(syncUrl(), documentId, doc, {
    params: { [DURABLE_ACKS_PARAM]: '1' },
    connect: false,
    shouldReconnect: (event) => isRetriedClose(event.code),
  })
  provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
    pending.confirm(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
  }
  const access = new ServerAccess()
  provider.messageHandlers[MessageType.Access] = (_encoder, decoder) => access.set(decoding.readVarUint(decoder) === 1)
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== provider && origin !== localCopy) pending.record()
  }
  doc.on('update', onUpdate)
  // When the device loses its network the socket would look open until the provider's 30 s
  // silence timeout: the status would say "online" and "saving" while nothing can leave. The
  // browser says so at once; the socket is closed then and opened again when the network is back.
  let droppedOffline = false
  const onOffline = () => {
    if (!provider.shouldConnect) return
    droppedOffline = true
    provider.disconnect()
  }
  const onOnline = () => {
    if (!droppedOffline || !open) return
    droppedOffline = false
    provider.connect()
  }
  window.addEventListener('offline', onOffline)
  window.addEventListener('online', onOnline)
  // Taken off the team while the document is open: the text stays readable until the page is
  // left, and then nothing of it stays on the device (IndexedDB deletes the copy once it is closed).
  const onClose = (event: CloseEvent | null) => {
    if (event?.code !== CloseCode.AccessRevoked) return
    // The text stays readable here, and no longer takes edits nobody will receive.
    access.revoke()
    void forgetLocalCopy(userId, documentId)
  }
  provider.on('connection-close', onClose)
  let open = true
  // A device without IndexedDB (some private modes) still edits online.
  const ready = localCopy.whenSynced
    .catch(() => undefined)
    .then(() => {
      // With a copy on the device, the server's answer to its state vector is all it needs.
      if (doc.store.clients.size > 0) provider.params[LOCAL_COPY_PARAM] = '1'
      // The copy holds the edits of earlier sessions (or closed tabs) still on the list: counted now.
      pending.refresh()
      if (open) provider.connect()
    })
  return {
    collaboration: { doc, provider, pending, access },
    ready,
    close: () => {
      open = false
      window.removeEventListener('offline', onOffline)
      window.removeEventListener('online', onOnline)
      stopFollowingOtherTabs()
      doc.off('update', onUpdate)
      provider.off('connection-close', onClose)
      provider.destroy()
      void localCopy.destroy()
      doc.destroy()
    },
  }
}

/**
 * Sends the edits this device holds for documents that are not open in an editor: each is opened
 * without one and closed as soon as the server has confirmed all of them; the provider's backoff
 * keeps trying while the server cannot be reached. Returns a function that stops them all. It
 * lives beside openCollaboration so that it is in the document page's chunk: after a document was
 * left offline, sending needs no download.
 */
export function sendKeptChanges(userId: string, documentIds: readonly string[]): () => void {
  const stops = documentIds.map((documentId) => {
    const opened = openCollaboration(userId, documentId)
    const { pending } = opened.collaboration
    let stopped = false
    const stop = () => {
      if (stopped) return
      stopped = true
      unsubscribe()
      opened.close()
    }
    const unsubscribe = pending.subscribe(() => {
      if (pending.count === 0) stop()
    })
    return stop
  })
  return () => stops.forEach((stop) => stop())
}

/**
 * Opens the document for as long as the component is mounted and `wanted` (see openCollaboration);
 * a new `opening` closes it and opens it again (after its device copy was dropped).
 */
export function useCollaboration(userId: string, documentId: string, wanted = true, opening = 0): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null)
  useEffect(() => {
    if (!wanted) return
    const opened = openCollaboration(userId, documentId)
    let live = true
    void opened.ready.then(() => live && setCollaboration(opened.collaboration))
    return () => {
      live = false
      opened.close()
      setCollaboration(null)
    }
  }, [userId, documentId, wanted, opening])
  return collaboration
}

/** Connection and save state, and why the server last closed the socket. */
export function useCollaborationStatus({ doc, provider, pending, access }: Collaboration): CollaborationStatus {
  const [connection, setConnection] = useState<ConnectionState>(provider.wsconnected ? 'online' : 'connecting')
  const [closeCode, setCloseCode] = useState<number | null>(null)
  // A reconnected server needs its moment to store what waited: the wait counts from the connection.
  const connectedAt = useRef(Date.now())
  const serverCanEdit = useSyncExternalStore(
    (listener) => access.subscribe(listener),
    () => access.canEdit,
  )
  const pendingCount = useSyncExternalStore(
    (listener) => pending.subscribe(listener),
    () => pending.count,
  )
  const pendingSince = useSyncExternalStore(
    (listener) => pending.subscribe(listener),
    () => pending.since,
  )
  const hasContent = useSyncExternalStore(
    (listener) => {
      doc.on('update', listener)
      return () => doc.off('update', listener)
    },
    () => doc.getXmlFragment(BODY_FIELD).length > 0,
  )

  useEffect(() => {
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') {
        connectedAt.current = Date.now()
        setConnection('online')
        setCloseCode(null)
      } else if (status === 'disconnected') setConnection((now) => (now === 'closed' ? now : 'offline'))
    }
    const onClose = (event: CloseEvent | null) => {
      const final = event !== null && !isRetriedClose(event.code)
      setConnection(final ? 'closed' : 'offline')
      if (event && event.code >= 4000) setCloseCode(event.code)
    }
    provider.on('status', onStatus)
    provider.on('connection-close', onClose)
    // The socket may have opened between the first render and this subscription.
    if (provider.wsconnected) setConnection('online')
    return () => {
      provider.off('status', onStatus)
      provider.off('connection-close', onClose)
    }
  }, [provider])

  const unanswered = useUnanswered(pending, pendingCount > 0 && connection === 'online', connectedAt)
  const save: SaveState = pendingCount === 0 ? 'saved' : connection === 'online' && !unanswered ? 'saving' : 'kept'
  return { connection, save, pendingCount, pendingSince, closeCode, hasContent, serverCanEdit }
}

/**
 * Whether edits on an open connection have waited UNANSWERED_MS without a word from the server
 * (`PendingChanges.unansweredSince`): they are then kept on this device, not being saved. Checked
 * when that time comes, and every second after while it lasts, as an answer that confirms part of
 * a change does not change the count that renders the page.
 */
function useUnanswered(pending: PendingChanges, waiting: boolean, connectedAt: { current: number }): boolean {
  const [unanswered, setUnanswered] = useState(false)
  useEffect(() => {
    if (!waiting) {
      setUnanswered(false)
      return
    }
    let timer: ReturnType<typeof setTimeout>
    const check = () => {
      const since = Math.max(pending.unansweredSince ?? Date.now(), connectedAt.current)
      const left = since + UNANSWERED_MS - Date.now()
      setUnanswered(left <= 0)
      timer = setTimeout(check, left <= 0 ? 1000 : left)
    }
    check()
    return () => clearTimeout(timer)
  }, [pending, waiting, connectedAt])
  return unanswered
}
