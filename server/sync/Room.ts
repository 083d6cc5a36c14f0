import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import type { DocumentId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import type { Store } from '../storage/Store'
import type { SyncSocket } from './SyncSocket'
import {
  decodeClientMessage,
  encodeAwareness,
  encodeDurable,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedMessageError,
  type DecodedUpdate,
} from './syncMessages'

export interface ConnectionOptions {
  /** Read-only connections keep their presence, but their updates are never applied, stored or relayed. */
  canEdit: boolean
  /** The client asked for Durable messages (`acks=1`). */
  wantsDurableAcks: boolean
}

export interface RoomConnection extends ConnectionOptions {
  socket: SyncSocket
  /** Awareness client ids this connection has announced, removed when it leaves. */
  awarenessIds: Set<number>
}

interface PendingUpdate {
  update: Uint8Array
  from: RoomConnection
}

/** Says what is wrong with an update's content for this document, or null when it is allowed. */
export type UpdateGuard = (decoded: DecodedUpdate) => string | null

export interface RoomOptions {
  guard: UpdateGuard
  /** Compact the update log into a snapshot after this many appended updates. */
  compactEvery: number
  onError: (error: unknown, context: string) => void
}

/**
 * One loaded document and everyone connected to it.
 *
 * Durability: an update from a client is decoded, written to the store, and only then applied
 * to the room's document — and relayed to the others by that application. So the in-memory
 * document only ever holds what is durable, and nothing any client receives from the server can
 * be lost by a crash. Updates that arrive in one event-loop tick share one write (group commit).
 */
export class Room {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  readonly connections = new Set<RoomConnection>()
  private pending: PendingUpdate[] = []
  private flushing: Promise<void> | null = null
  private updatesSinceCompaction: number
  private lastSeq: number

  constructor(
    readonly documentId: DocumentId,
    doc: Y.Doc,
    lastSeq: number,
    storedUpdates: number,
    private readonly store: Store,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc
    this.lastSeq = lastSeq
    this.updatesSinceCompaction = storedUpdates
    this.awareness = new Awareness(doc)
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
    doc.on('update', (update: Uint8Array, origin: unknown) => this.relayUpdate(update, origin))
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.relayAwareness(change, origin))
  }

  join(connection: RoomConnection): void {
    this.connections.add(connection)
    connection.socket.send(encodeSyncStep1(this.doc))
    const states = [...this.awareness.getStates().keys()]
    if (states.length > 0) connection.socket.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)))
    if (connection.wantsDurableAcks) connection.socket.send(encodeDurable(this.doc))
  }

  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return
    removeAwarenessStates(this.awareness, [...connection.awarenessIds], connection)
  }

  /** Handles one raw message; a malformed one closes that connection and touches nothing else. */
  receive(connection: RoomConnection, raw: Uint8Array): void {
    let message
    try {
      message = decodeClientMessage(raw)
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error
      connection.socket.close(CloseCode.MalformedMessage, 'malformed sync message')
      this.leave(connection)
      return
    }
    switch (message.type) {
      case 'sync-step-1':
        connection.socket.send(encodeSyncStep2(this.doc, message.stateVector))
        break
      case 'update': {
        if (!connection.canEdit) break
        const violation = this.options.guard(message.decoded)
        if (violation) {
          connection.socket.close(CloseCode.SchemaViolation, violation.slice(0, 120))
          this.leave(connection)
          break
        }
        this.enqueue({ update: message.update, from: connection })
        break
      }
      case 'awareness':
        this.applyAwareness(connection, message.update)
        break
      case 'query-awareness':
        connection.socket.send(
          encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
        )
        break
    }
  }

  /** Resolves once every update received so far is durable and applied. */
  async whenIdle(): Promise<void> {
    while (this.flushing || this.pending.length > 0) {
      await (this.flushing ?? this.flush())
    }
  }

  /** Writes a snapshot of the document and drops the log entries it includes. */
  async compact(): Promise<void> {
    await this.whenIdle()
    if (this.updatesSinceCompaction === 0) return
    await this.store.compact(this.documentId, Y.encodeStateAsUpdate(this.doc), this.lastSeq)
    this.updatesSinceCompaction = 0
  }

  destroy(): void {
    this.awareness.destroy()
    this.doc.destroy()
  }

  private enqueue(pending: PendingUpdate): void {
    this.pending.push(pending)
    if (this.pending.length === 1 && !this.flushing) setImmediate(() => void this.flush())
  }

  private flush(): Promise<void> {
    if (this.flushing) return this.flushing
    this.flushing = this.writePending().finally(() => {
      this.flushing = null
      // Updates that arrived while the last write was finishing get a write of their own.
      if (this.pending.length > 0) setImmediate(() => void this.flush())
    })
    return this.flushing
  }

  private async writePending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending
      this.pending = []
      try {
        this.lastSeq = await this.store.appendUpdates(
          this.documentId,
          batch.map((p) => p.update),
        )
      } catch (error) {
        // Nothing of the batch was applied or relayed; its senders still hold the updates and
        // send them again when they reconnect.
        this.options.onError(error, `appending updates to ${this.documentId}`)
        for (const connection of new Set(batch.map((p) => p.from))) {
          connection.socket.close(CloseCode.StorageFailed, 'storage failed')
          this.leave(connection)
        }
        continue
      }
      Y.transact(this.doc, () => {
        for (const { update, from } of batch) Y.applyUpdate(this.doc, update, from)
      })
      this.updatesSinceCompaction += batch.length
      this.announceDurable()
    }
    if (this.updatesSinceCompaction >= this.options.compactEvery) {
      await this.store.compact(this.documentId, Y.encodeStateAsUpdate(this.doc), this.lastSeq).then(
        () => {
          this.updatesSinceCompaction = 0
        },
        (error: unknown) => this.options.onError(error, `compacting ${this.documentId}`),
      )
    }
  }

  private relayUpdate(update: Uint8Array, origin: unknown): void {
    const message = encodeUpdate(update)
    for (const connection of this.connections) {
      if (connection !== origin) connection.socket.send(message)
    }
  }

  private announceDurable(): void {
    let message: Uint8Array | null = null
    for (const connection of this.connections) {
      if (!connection.wantsDurableAcks) continue
      message ??= encodeDurable(this.doc)
      connection.socket.send(message)
    }
  }

  private applyAwareness(connection: RoomConnection, update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, connection)
  }

  private relayAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const changed = [...added, ...updated, ...removed]
    if (origin && typeof origin === 'object' && 'awarenessIds' in origin) {
      const connection = origin as RoomConnection
      for (const id of added) connection.awarenessIds.add(id)
      for (const id of removed) connection.awarenessIds.delete(id)
    }
    const message = encodeAwareness(encodeAwarenessUpdate(this.awareness, changed))
    for (const connection of this.connections) connection.socket.send(message)
  }
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
