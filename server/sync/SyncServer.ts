import * as Y from 'yjs'
import type { DocumentId, UserId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import type { Store, StoredDocumentState } from '../storage/Store'
import { Room, type ConnectionOptions, type RoomConnection, type UpdateGuard } from './Room'
import { buildDocument, encodeSnapshot, storedStateMessages } from './storedState'
import { UnreadableDocumentError } from '../storage/UnreadableDocumentError'

function matches(connection: RoomConnection, filter: RecheckFilter): boolean {
  if (filter.userId && connection.participant?.userId !== filter.userId) return false
  if (filter.sessionKey && connection.sessionKey !== filter.sessionKey) return false
  return true
}
import type { SyncSocket } from './SyncSocket'

export interface SyncServerOptions {
  store: Store
  /** How long a document stays loaded after its last connection leaves. */
  unloadGraceMs: number
  compactEvery: number
  /** The content check for a document's updates, made once per load. */
  guardFor: (documentId: DocumentId) => Promise<UpdateGuard>
  /**
   * A change the server makes to a document as it loads, or null when the document needs none:
   * documents stored before a fix, brought up to what the fix needs. Stored and sent to everyone
   * like any change the server makes (applyServerChange), before the room takes an edit.
   */
  mendOnLoad?: (documentId: DocumentId, doc: Y.Doc) => Promise<((copy: Y.Doc) => void) | null>
  /** Access of every open socket is decided again this often, so that expired sessions end too. */
  recheckEveryMs?: number
  onError: (error: unknown, context: string) => void
  /** Told when a room's batch of updates is durable and relayed (the operator's metrics). */
  onBatchStored?: (updates: number, seconds: number) => void
}

/** Which open sockets to re-check; every field given must match, none given means all. */
export interface RecheckFilter {
  userId?: UserId
  documentIds?: DocumentId[]
  sessionKey?: string
}

/** What an adapter holds for one open socket: feed it messages, tell it when the socket closed. */
export interface SyncConnection {
  receive(message: Uint8Array): void
  disconnect(): void
}

interface LoadedRoom {
  room: Promise<Room>
  /** Set once `room` has resolved: later connections join it at once. */
  ready: boolean
  /** The whole stored document as sync messages for clients that connect while it loads (see storedStateMessages). */
  storedState: Promise<Uint8Array[] | null>
  /** Connections holding the room, counted from before their load finishes. */
  holders: number
  unloadTimer: NodeJS.Timeout | null
}

/**
 * The rooms of all open documents. Knows sockets and rooms, not HTTP: the Hono route is a thin
 * adapter in front of it.
 */
export class SyncServer {
  private readonly rooms = new Map<DocumentId, LoadedRoom>()
  private closed = false
  private readonly recheckTimer: NodeJS.Timeout | null
  private readonly shutdownHooks: (() => void)[] = []
  private connected = 0

  constructor(private readonly options: SyncServerOptions) {
    this.recheckTimer = options.recheckEveryMs
      ? setInterval(() => void this.recheckAccess(), options.recheckEveryMs).unref()
      : null
  }

  /**
   * Attaches a socket to a document. Messages that arrive while the document loads are kept and
   * handled in order once it is loaded. If the load fails the socket is closed with LoadFailed:
   * a document is never served blank.
   */
  connect(documentId: DocumentId, socket: SyncSocket, options: ConnectionOptions): SyncConnection {
    const connection: RoomConnection = { socket, ...options, awarenessIds: new Set() }
    let room: Room | null = null
    let early: Uint8Array[] | null = []
    let gone = false
    this.connected++
    const loaded = this.acquire(documentId)
    const entry = this.rooms.get(documentId)
    if (entry && !entry.ready && !options.holdsCopy) {
      void entry.storedState.then((messages) => {
        if (room || gone || !messages) return
        for (const message of messages) socket.send(message)
        connection.sentStoredState = true
      })
    }
    loaded.then(
      (r) => {
        if (gone) return this.release(documentId)
        room = r
        r.join(connection)
        for (const message of early ?? []) r.receive(connection, message)
        early = null
      },
      (error: unknown) => {
        this.options.onError(error, `loading ${documentId}`)
        socket.close(CloseCode.LoadFailed, 'document could not be loaded')
      },
    )
    return {
      receive: (message) => {
        if (room) room.receive(connection, message)
        else early?.push(message)
      },
      disconnect: () => {
        if (gone) return
        gone = true
        this.connected--
        if (!room) return
        room.leave(connection)
        this.release(documentId)
      },
    }
  }

  /**
   * Decides again what matching open sockets may do — after a sign-out, a change of role, team or
   * membership — and applies it at once: a socket turns read-only or editable (its client is told
   * with an Access message), or is closed with the code its access decision names.
   */
  async recheckAccess(filter: RecheckFilter = {}): Promise<void> {
    const checks: Promise<void>[] = []
    for (const [documentId, entry] of this.rooms) {
      if (filter.documentIds && !filter.documentIds.includes(documentId)) continue
      checks.push(
        entry.room.then(
          (room) => Promise.all([...room.connections].filter((c) => matches(c, filter)).map((c) => this.recheck(room, c))).then(() => undefined),
          () => undefined,
        ),
      )
    }
    await Promise.all(checks)
  }

  /** Tells every open socket of a document that something beside its text changed. */
  notify(documentId: DocumentId, topic: string): void {
    void this.rooms.get(documentId)?.room.then((room) => room.notify(topic), () => undefined)
  }

  private async recheck(room: Room, connection: RoomConnection): Promise<void> {
    if (!connection.reauthorize) return
    let decision
    try {
      decision = await connection.reauthorize()
    } catch (error) {
      // Access that cannot be decided is not granted.
      this.options.onError(error, `re-checking access to ${room.documentId}`)
      decision = { close: CloseCode.AccessRevoked, reason: 'access could not be checked' }
    }
    if (!room.connections.has(connection)) return
    if ('close' in decision) room.refuse(connection, decision.close, decision.reason)
    else room.setCanEdit(connection, decision.canEdit)
  }

  /** Sockets attached to a document (those whose document is still loading included). */
  get openConnections(): number {
    return this.connected
  }

  /** Number of documents held in memory. */
  get loadedDocuments(): number {
    return this.rooms.size
  }

  /** Runs when the server shuts down: adapters stop their own timers. */
  onShutdown(hook: () => void): void {
    this.shutdownHooks.push(hook)
  }

  /** Flushes every room, closes every socket with ServerShutdown, and compacts what changed. */
  async shutdown(): Promise<void> {
    this.closed = true
    if (this.recheckTimer) clearInterval(this.recheckTimer)
    for (const hook of this.shutdownHooks) hook()
    const rooms = await Promise.allSettled([...this.rooms.values()].map((entry) => entry.room))
    for (const result of rooms) {
      if (result.status !== 'fulfilled') continue
      const room = result.value
      await room.whenIdle()
      for (const connection of room.connections) connection.socket.close(CloseCode.ServerShutdown, 'server shutting down')
      await room.compact().catch((error: unknown) => this.options.onError(error, `compacting ${room.documentId}`))
      room.destroy()
    }
    this.rooms.clear()
  }

  private acquire(documentId: DocumentId): Promise<Room> {
    if (this.closed) return Promise.reject(new Error('sync server is shut down'))
    const existing = this.rooms.get(documentId)
    if (existing) {
      if (existing.unloadTimer) clearTimeout(existing.unloadTimer)
      existing.unloadTimer = null
      existing.holders++
      return existing.room
    }
    // Concurrent opens share this one load.
    const entry: LoadedRoom = { ...this.load(documentId), ready: false, holders: 1, unloadTimer: null }
    this.rooms.set(documentId, entry)
    entry.room.then(
      () => (entry.ready = true),
      () => {
        if (this.rooms.get(documentId) === entry) this.rooms.delete(documentId)
      },
    )
    return entry.room
  }

  /**
   * The document as it is now, as a Yjs doc of the caller's own: the loaded room's state when
   * someone has it open, else what is stored. For readers such as the findings endpoint.
   */
  async currentState(documentId: DocumentId): Promise<Y.Doc> {
    const entry = this.rooms.get(documentId)
    if (entry) {
      const room = await entry.room
      const doc = new Y.Doc()
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
      return doc
    }
    return this.buildDocument(documentId, await this.loadDocumentState(documentId))
  }

  /**
   * Changes a document as the server (restoring a version): `change` edits a copy of the
   * document as it is now, and the resulting update is stored and sent to everyone like a
   * client's; what `change` returns is returned once the update is stored. Concurrent edits
   * merge with it as any two clients' do.
   */
  async applyServerChange<T>(documentId: DocumentId, change: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(documentId)
    try {
      await room.whenIdle()
      const { update, result } = changeOfCopy(room.doc, change)
      await room.applyServerUpdate(update)
      return result
    } finally {
      this.release(documentId)
    }
  }

  private loadDocumentState(documentId: DocumentId): Promise<StoredDocumentState> {
    return this.options.store.loadDocumentState(documentId).catch((error: unknown) => {
      throw new UnreadableDocumentError(documentId, error)
    })
  }

  private buildDocument(documentId: DocumentId, state: StoredDocumentState): Promise<Y.Doc> {
    return buildDocument(state, (error) => this.options.onError(error, `building ${documentId} on a thread (built at once instead)`)).catch((error: unknown) => {
      throw new UnreadableDocumentError(documentId, error)
    })
  }

  /**
   * Reads the stored document, answers the clients waiting for it from the stored bytes where
   * that pays (their sends are made before the build begins: it waits for the next turn of the
   * event loop), then builds its room.
   */
  private load(documentId: DocumentId): Pick<LoadedRoom, 'room' | 'storedState'> {
    const stored = Promise.all([this.loadDocumentState(documentId), this.options.guardFor(documentId)])
    const storedState = stored.then(([state]) => storedStateMessages(state), () => null)
    const answered = storedState.then((answer) => new Promise<typeof answer>((resolve) => setImmediate(resolve, answer)))
    const room = Promise.all([stored, answered]).then(([[state, guard], answer]) => this.build(documentId, state, guard, answer))
    return { room, storedState }
  }

  private async build(documentId: DocumentId, stored: StoredDocumentState, guard: UpdateGuard, answer: Uint8Array[] | null): Promise<Room> {
    const doc = await this.buildDocument(documentId, stored)
    const room = new Room(documentId, doc, { ...stored, wholeDocument: answer }, this.options.store, {
      compactEvery: this.options.compactEvery,
      guard,
      onError: this.options.onError,
      onBatchStored: this.options.onBatchStored,
      encodeSnapshot,
    })
    await this.mend(room)
    // A long log after the last snapshot (a server that kept being stopped before compacting)
    // costs every later open the time of replaying it: this open pays once, for all of them.
    if (stored.updates.length > this.options.compactEvery) {
      // Only to shorten the log: the unload rebuilds the snapshot, so this one need not build the document again.
      room.compact(false).catch((error: unknown) => this.options.onError(error, `compacting ${documentId} after loading it`))
    }
    return room
  }

  /** Makes the change `mendOnLoad` asks of a room just built; a document that cannot be mended still opens. */
  private async mend(room: Room): Promise<void> {
    try {
      const change = await this.options.mendOnLoad?.(room.documentId, room.doc)
      if (change) await room.applyServerUpdate(changeOfCopy(room.doc, change).update)
    } catch (error) {
      this.options.onError(error, `mending ${room.documentId} as it loaded`)
    }
  }

  /** Starts the grace period after the last connection left; the room unloads when it ends. */
  private release(documentId: DocumentId): void {
    const entry = this.rooms.get(documentId)
    if (!entry) return
    entry.holders--
    if (entry.holders > 0) return
    void entry.room.then((room) => {
      if (entry.holders > 0 || entry.unloadTimer || this.rooms.get(documentId) !== entry) return
      entry.unloadTimer = setTimeout(() => void this.unload(documentId, entry, room), this.options.unloadGraceMs)
    })
  }

  private async unload(documentId: DocumentId, entry: LoadedRoom, room: Room): Promise<void> {
    entry.unloadTimer = null
    await room.whenIdle()
    // Someone joined while the last writes finished: the room stays.
    if (entry.holders > 0 || entry.unloadTimer || this.rooms.get(documentId) !== entry) return
    this.rooms.delete(documentId)
    await room.compact().catch((error: unknown) => this.options.onError(error, `compacting ${documentId}`))
    room.destroy()
  }
}

/** The update that `change` makes to a copy of `doc`; `doc` itself stays as it is. */
function changeOfCopy<T>(doc: Y.Doc, change: (copy: Y.Doc) => T): { update: Uint8Array; result: T } {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(copy)
  const result = change(copy)
  const update = Y.encodeStateAsUpdate(copy, before)
  copy.destroy()
  return { update, result }
}
