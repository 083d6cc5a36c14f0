import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import type { DocumentId } from '../../shared/domain/ids'
import { CloseCode } from '../../shared/sync/closeCodes'
import { MAX_DOCUMENT_BYTES, MAX_UPDATE_BYTES } from '../../shared/sync/protocol'
import type { Store, StoredDocumentState } from '../storage/Store'
import {
  admitPresence,
  encodePresenceEntry,
  MAX_PRESENCE_IDS_PER_CONNECTION,
  presenceUpdateOf,
  PresenceViolation,
  type Participant,
  type PresenceEntry,
} from './presence'
import { storedBytes, wholeDocumentMessages, type StoredForm } from './storedState'
import type { SyncSocket } from './SyncSocket'
import {
  decodeClientMessage,
  encodeAccess,
  encodeAwareness,
  encodeDurable,
  encodeReviewChanged,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedMessageError,
  MISSING_CONTENT,
  peekUpdateLength,
  type DecodedUpdate,
} from './syncMessages'

/** What a connection may do, decided by the access policy at the upgrade and at every re-check. */
export type AccessDecision = { canEdit: boolean } | { close: number; reason: string }

export interface ConnectionOptions {
  /** Read-only connections keep their presence, but their updates are never decoded, applied, stored or relayed. */
  canEdit: boolean
  /**
   * The client asked for Claimroom's own messages (`acks=1`): Durable acks, ReviewChanged and
   * Access. Plain y-websocket clients never receive a message type they do not know.
   */
  wantsDurableAcks: boolean
  /**
   * The client holds a copy of the document (`copy=1`): it is answered by its state vector, never
   * sent the whole stored document while the document loads.
   */
  holdsCopy?: boolean
  /** The signed-in user behind the socket; their presence carries this name and role, whatever the client says. */
  participant?: Participant
  /** The session the socket was opened with, so that signing out closes it. */
  sessionKey?: string
  /** Decides again what this connection may do (`SyncServer.recheckAccess`). */
  reauthorize?: () => Promise<AccessDecision>
}

export interface RoomConnection extends ConnectionOptions {
  socket: SyncSocket
  /** Awareness client ids this connection holds, removed when it leaves. */
  awarenessIds: Set<number>
  /**
   * The client was sent the whole stored document while the room loaded (SyncServer): the room
   * was built from those bytes, so its first sync step 1 from nothing needs no answer.
   */
  sentStoredState?: boolean
  /** The client has answered the server's sync step 1 with all the server lacks (its step 2). */
  answered?: boolean
  /** Edits that arrived before that answer and build on what it brings: taken once it is here. */
  held?: { messages: Uint8Array[]; bytes: number }
}

/** Most bytes of edits one connection may have waiting for its answer to sync step 1. */
const MAX_HELD_BYTES = 1024 * 1024

interface PendingUpdate {
  update: Uint8Array
  decoded: DecodedUpdate
  /** When the update arrived (performance.now()), for the batch latency the operator sees. */
  arrivedAt: number
  /** The sending connection; null for an update the server made. */
  from: RoomConnection | null
  /** Called once the update is stored and applied. */
  onStored?: () => void
}

type BatchOutcome = { lastSeq: number } | { error: unknown }

/** A connection's presence that waits for its edit to be relayed: the latest entry of each client id. */
interface HeldPresence {
  entries: Map<number, PresenceEntry>
  /** The connection's last update not yet relayed when the presence arrived. */
  after: PendingUpdate
}

interface InFlightBatch {
  updates: PendingUpdate[]
  /** Set when the store has answered: the batch's last sequence number, or why it failed. */
  outcome: BatchOutcome | null
}

/**
 * Says what is wrong with an update's content for this document, or null when it is allowed.
 * Gets the document as stored and the updates accepted but not yet stored, on which it may build.
 */
export type UpdateGuard = (decoded: DecodedUpdate, doc: Y.Doc, inFlight: readonly DecodedUpdate[]) => string | null

export interface RoomOptions {
  guard: UpdateGuard
  /** Compact the update log into a snapshot after this many appended updates. */
  compactEvery: number
  /** Largest stored size of the document (MAX_DOCUMENT_BYTES unless a test says otherwise). */
  maxDocumentBytes?: number
  onError: (error: unknown, context: string) => void
  /** Told when a batch is durable and relayed: how many updates, how long since the first arrived. */
  onBatchStored?: (updates: number, seconds: number) => void
  /**
   * Makes a snapshot from the document in stored form (the snapshot and the updates applied
   * since) or from the document itself; `thorough` when the room compacts to unload. Encodes the
   * document at once unless given (storedState.ts `encodeSnapshot` does large ones on a thread).
   */
  encodeSnapshot?: (stored: StoredForm, doc: Y.Doc, thorough: boolean) => Promise<Uint8Array>
}

/**
 * One loaded document and everyone connected to it.
 *
 * Durability: an update from a client is decoded, written to the store, and only then applied
 * to the room's document — and relayed to the others by that application. So the in-memory
 * document only ever holds what is durable, and nothing any client receives from the server can
 * be lost by a crash. Updates that arrive in one event-loop tick share one write (group commit);
 * a room's batches are written without waiting for each other, and applied in order.
 */
export class Room {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  readonly connections = new Set<RoomConnection>()
  /** Accepted updates not yet handed to the store. */
  private pending: PendingUpdate[] = []
  /** Batches handed to the store, oldest first: accepted, not yet in the document. */
  private inFlight: InFlightBatch[] = []
  private applyScheduled = false
  /** A snapshot is being written. */
  private compacting = false
  private idleWaiters: Array<() => void> = []
  /**
   * The document as the store holds it: its snapshot, and the updates applied since it was taken,
   * in order. What a client with nothing is sent (see syncStep2For).
   */
  private snapshot: Uint8Array | null
  private loggedSinceSnapshot: Uint8Array[]
  /**
   * The snapshot was made by a compaction meant to last (`compact`, when the room unloads), not
   * by one of those along the way, which may merge bytes without collecting deleted text.
   */
  private snapshotFinal = true
  /** The messages that give a client with nothing the whole document, until the next change. */
  private wholeDocument: Uint8Array[] | null
  /**
   * The document changed since the room was built from the stored bytes (a change the server
   * made as it loaded, `mendOnLoad`): a client sent those bytes while it loaded lacks the change.
   */
  private changedSinceLoad = false
  private lastSeq: number
  /** Bytes stored for the document (snapshot and log) plus those queued: what the size cap counts. */
  private storedBytes: number
  /** Which connection holds each awareness client id: a connection may not set or remove another's. */
  private readonly presenceOwners = new Map<number, RoomConnection>()
  /** The admitted presence entries being applied now, each encoded once: relayed as they are. */
  private admittedPresence: { entries: PresenceEntry[]; encoded: Uint8Array[] } | null = null
  /** Each client id's presence as the room's awareness holds it, encoded once: what a joining client is sent. */
  private readonly presenceStates = new Map<number, Uint8Array>()
  /** Presence applied but not yet relayed: the latest entry of each client id (see queuePresence). */
  private readonly presenceOutbox = new Map<number, Uint8Array>()
  private presenceTimer: NodeJS.Timeout | null = null
  /** When the room last relayed presence (performance.now()). */
  private lastPresenceRelay = -Infinity
  /** Awareness ids that left lately, in order of leaving, with the user who held them. */
  private readonly departedPresence = new Map<number, { userId: string | undefined; at: number }>()
  /** Each connection's last update accepted and not yet relayed. */
  private readonly lastUnapplied = new Map<RoomConnection, PendingUpdate>()
  /** Presence that follows an edit still on its way to disk; relayed right after the edit. */
  private readonly heldPresence = new Map<RoomConnection, HeldPresence>()

  constructor(
    readonly documentId: DocumentId,
    doc: Y.Doc,
    stored: StoredDocumentState & { wholeDocument?: Uint8Array[] | null },
    private readonly store: Store,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc
    this.snapshot = stored.snapshot
    this.loggedSinceSnapshot = [...stored.updates]
    // The messages the clients who opened it cold were sent from the store (storedStateMessages), if any.
    this.wholeDocument = stored.wholeDocument ?? null
    this.lastSeq = stored.lastSeq
    this.storedBytes = storedBytes(stored)
    this.awareness = new Awareness(doc)
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
    doc.on('update', (update: Uint8Array, origin: unknown) => this.relayUpdate(update, origin))
    this.awareness.on('update', (change: AwarenessChange) => this.relayAwareness(change))
  }

  join(connection: RoomConnection): void {
    this.connections.add(connection)
    connection.socket.send(encodeSyncStep1(this.doc))
    if (this.presenceStates.size > 0) connection.socket.send(this.everyonesPresence())
    if (connection.wantsDurableAcks) {
      connection.socket.send(encodeDurable(this.doc))
      // What this connection may do, from the start: a client whose role changed while it was
      // offline learns it here, before its kept edits are refused without a word.
      connection.socket.send(encodeAccess(connection.canEdit))
    }
  }

  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return
    this.lastUnapplied.delete(connection)
    this.heldPresence.delete(connection)
    const ids = [...connection.awarenessIds]
    for (const id of ids) this.releasePresence(id)
    removeAwarenessStates(this.awareness, ids, connection)
    this.forgetDepartedPresence()
  }

  /** Changes what a connection may do and tells its client, which makes its editor read-only or editable. */
  setCanEdit(connection: RoomConnection, canEdit: boolean): void {
    if (connection.canEdit === canEdit) return
    connection.canEdit = canEdit
    if (connection.wantsDurableAcks) connection.socket.send(encodeAccess(canEdit))
  }

  /** Tells every connection that something beside the text changed (comments, checklist…). */
  notify(topic: string): void {
    const message = encodeReviewChanged(topic)
    for (const connection of this.connections) if (connection.wantsDurableAcks) connection.socket.send(message)
  }

  /** Closes one connection with a code that says why, and takes it out of the room. */
  refuse(connection: RoomConnection, code: number, reason: string): void {
    connection.socket.close(code, reason)
    this.leave(connection)
  }

  /** Handles one raw message; a malformed one closes that connection and touches nothing else. */
  receive(connection: RoomConnection, raw: Uint8Array): void {
    const updateLength = peekUpdateLength(raw)
    if (updateLength !== null) {
      // Checked before decoding, so that a read-only or oversized writer costs next to nothing.
      if (!connection.canEdit) return
      if (updateLength > MAX_UPDATE_BYTES) return this.refuse(connection, CloseCode.TooLarge, 'update too large')
      if (this.storedBytes + updateLength > (this.options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES)) {
        return this.refuse(connection, CloseCode.TooLarge, 'document too large')
      }
    }
    let message
    try {
      message = decodeClientMessage(raw)
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error
      return this.refuse(connection, CloseCode.MalformedMessage, 'malformed sync message')
    }
    switch (message.type) {
      case 'sync-step-1':
        if (connection.sentStoredState && isEmptyStateVector(message.stateVector) && !this.changedSinceLoad) {
          connection.sentStoredState = false
          break
        }
        for (const reply of this.syncStep2For(message.stateVector)) connection.socket.send(reply)
        break
      case 'update': {
        if (!connection.canEdit) break
        // The guard may build on updates accepted but not yet in the document.
        const violation = this.options.guard(message.decoded, this.doc, this.unapplied().map((p) => p.decoded))
        if (violation) {
          // A reconnecting client may send a keystroke before its answer to the server's step 1,
          // which brings the edits made offline that the keystroke builds on: it waits for them.
          if (violation === MISSING_CONTENT && !connection.answered && !message.answer && this.hold(connection, raw)) break
          return this.refuse(connection, CloseCode.SchemaViolation, violation.slice(0, 120))
        }
        if (!changesNothing(message.decoded)) {
          this.storedBytes += message.update.byteLength
          this.enqueue({ update: message.update, decoded: message.decoded, from: connection, arrivedAt: performance.now() })
        }
        if (message.answer && !connection.answered) this.takeHeld(connection)
        break
      }
      case 'awareness':
        this.applyAwareness(connection, message.update)
        break
      case 'query-awareness':
        connection.socket.send(this.everyonesPresence())
        break
    }
  }

  /** Keeps an edit until the connection answers sync step 1; false when too much waits already. */
  private hold(connection: RoomConnection, raw: Uint8Array): boolean {
    const held = (connection.held ??= { messages: [], bytes: 0 })
    if (held.bytes + raw.byteLength > MAX_HELD_BYTES) return false
    held.messages.push(raw)
    held.bytes += raw.byteLength
    return true
  }

  /** The connection has answered: the edits it sent before the answer are handled now, in order. */
  private takeHeld(connection: RoomConnection): void {
    connection.answered = true
    const messages = connection.held?.messages ?? []
    connection.held = undefined
    for (const raw of messages) {
      if (!this.connections.has(connection)) return
      this.receive(connection, raw)
    }
  }

  /**
   * Stores an update the server made (a restored version) and applies it as a client's would be:
   * durable first, then sent to everyone. Rejects when it could not be stored.
   */
  async applyServerUpdate(update: Uint8Array): Promise<void> {
    let stored = false
    this.storedBytes += update.byteLength
    this.enqueue({ update, decoded: Y.decodeUpdate(update), from: null, arrivedAt: performance.now(), onStored: () => (stored = true) })
    await this.whenIdle()
    if (!stored) throw new Error(`the server's update to ${this.documentId} could not be stored`)
  }

  /** Resolves once every update received so far is durable and applied, and no compaction runs. */
  async whenIdle(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight.length > 0 || this.compacting) {
      this.flush()
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
    }
  }

  /**
   * Writes a snapshot of the document and drops the log entries it includes: one meant to last
   * (the room unloads, the server stops) unless `thorough` is false.
   */
  async compact(thorough = true): Promise<void> {
    await this.whenIdle()
    if (this.loggedSinceSnapshot.length === 0 && (this.snapshotFinal || !thorough)) return
    await this.startCompaction(thorough)
  }

  destroy(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private enqueue(pending: PendingUpdate): void {
    this.pending.push(pending)
    if (pending.from) this.lastUnapplied.set(pending.from, pending)
    if (this.pending.length === 1) setImmediate(() => this.flush())
  }

  /**
   * Hands the updates queued since the last flush to the store as one batch. A room does not wait
   * for its previous batch to be durable first: a batch queued while another is on its way to disk
   * joins the store's next sync rather than the one after (which doubled the wait of an edit that
   * came in just after a sync began).
   */
  private flush(): void {
    if (this.pending.length === 0) return
    const batch: InFlightBatch = { updates: this.pending, outcome: null }
    this.pending = []
    this.inFlight.push(batch)
    this.store.appendUpdates(this.documentId, batch.updates.map((p) => p.update)).then(
      (lastSeq) => this.settle(batch, { lastSeq }),
      (error: unknown) => this.settle(batch, { error }),
    )
  }

  /**
   * Notes a batch's outcome; what became durable is applied on the next turn of the event loop.
   * By then the store has answered for every batch of the same sync (it answers them one after
   * another in one callback), so they are applied and relayed together, in order.
   */
  private settle(batch: InFlightBatch, outcome: BatchOutcome): void {
    batch.outcome = outcome
    if (this.applyScheduled) return
    this.applyScheduled = true
    setImmediate(() => this.applySettled())
  }

  private applySettled(): void {
    this.applyScheduled = false
    let durable: PendingUpdate[] = []
    while (this.inFlight.length > 0) {
      const { updates, outcome } = this.inFlight[0]!
      if (!outcome) break
      this.inFlight.shift()
      if ('lastSeq' in outcome) {
        this.lastSeq = outcome.lastSeq
        durable = durable.concat(updates)
        continue
      }
      // Applied first: they were stored before the failed batch.
      this.applyDurable(durable)
      durable = []
      this.refuseFailedBatch(updates, outcome.error)
    }
    this.applyDurable(durable)
    if (this.loggedSinceSnapshot.length >= this.options.compactEvery && !this.compacting) {
      this.startCompaction(false).catch((error: unknown) => this.options.onError(error, `compacting ${this.documentId}`))
    }
    this.wakeIdleWaiters()
  }

  /** Writes a snapshot; one at a time, so that each knows which updates it took in. */
  private startCompaction(thorough: boolean): Promise<void> {
    this.compacting = true
    return this.writeSnapshot(thorough).finally(() => {
      this.compacting = false
      this.wakeIdleWaiters()
    })
  }

  private applyDurable(batch: PendingUpdate[]): void {
    if (batch.length === 0) return
    this.applyInRunsBySender(batch)
    for (const { onStored } of batch) onStored?.()
    this.options.onBatchStored?.(batch.length, (performance.now() - batch[0]!.arrivedAt) / 1000)
    for (const { update } of batch) this.loggedSinceSnapshot.push(update)
    this.announceDurable(batch)
    this.releaseHeldPresence(batch)
  }

  /** Relays the presence that waited for these updates, now that they are relayed. */
  private releaseHeldPresence(batch: readonly PendingUpdate[]): void {
    for (const update of batch) {
      if (!update.from) continue
      if (this.lastUnapplied.get(update.from) === update) this.lastUnapplied.delete(update.from)
      const held = this.heldPresence.get(update.from)
      if (held?.after !== update) continue
      this.heldPresence.delete(update.from)
      this.relayPresence(update.from, [...held.entries.values()], { withEdit: true })
    }
  }

  /**
   * Nothing of a batch the store refused is applied or relayed; its senders still hold the updates
   * and send them again when they reconnect.
   */
  private refuseFailedBatch(batch: PendingUpdate[], error: unknown): void {
    this.options.onError(error, `appending updates to ${this.documentId}`)
    for (const { update } of batch) this.storedBytes -= update.byteLength
    for (const connection of new Set(batch.flatMap((p) => (p.from ? [p.from] : [])))) {
      this.refuse(connection, CloseCode.StorageFailed, 'storage failed')
    }
  }

  private wakeIdleWaiters(): void {
    for (const wake of this.idleWaiters.splice(0)) wake()
  }

  /** The updates accepted but not yet in the document, in order. */
  private unapplied(): PendingUpdate[] {
    if (this.inFlight.length === 0) return this.pending
    return [...this.inFlight.flatMap((batch) => batch.updates), ...this.pending]
  }

  private unappliedBytes(): number {
    return this.unapplied().reduce((sum, { update }) => sum + update.byteLength, 0)
  }

  /**
   * Applies a stored batch, each run of one sender's updates in one transaction whose origin is
   * that sender: the room relays one merged update per run, to everyone but its sender (a
   * transaction over the whole batch would have no single origin and echo every edit back).
   */
  private applyInRunsBySender(batch: readonly PendingUpdate[]): void {
    for (let start = 0; start < batch.length; ) {
      const from = batch[start]!.from
      let end = start + 1
      while (end < batch.length && batch[end]!.from === from) end++
      Y.transact(
        this.doc,
        () => {
          for (let i = start; i < end; i++) Y.applyUpdate(this.doc, batch[i]!.update, from)
        },
        from,
      )
      start = end
    }
  }

  private async writeSnapshot(thorough: boolean): Promise<void> {
    // What the snapshot takes in is fixed now: updates applied while it is made stay logged.
    const counted = this.storedBytes
    const included = this.loggedSinceSnapshot.length
    const throughSeq = this.lastSeq
    // Updates accepted but not yet applied are not in the snapshot: their log rows stay.
    const notIncluded = this.unappliedBytes()
    const stored = { snapshot: this.snapshot, updates: this.loggedSinceSnapshot.slice(0, included) }
    const snapshot = this.options.encodeSnapshot ? await this.options.encodeSnapshot(stored, this.doc, thorough) : Y.encodeStateAsUpdate(this.doc)
    await this.store.compact(this.documentId, snapshot, throughSeq)
    // Batches applied while the snapshot was written are not in it either.
    this.snapshot = snapshot
    this.snapshotFinal = thorough
    this.loggedSinceSnapshot = this.loggedSinceSnapshot.slice(included)
    this.storedBytes = snapshot.byteLength + notIncluded + (this.storedBytes - counted)
  }

  /**
   * The answer to a client's sync step 1. A client with nothing (an empty state vector: a new
   * tab, a first visit) needs the whole document, the same bytes for everyone: the stored
   * snapshot, then the updates applied since it merged into one — the same document as the room's,
   * which only ever holds what is stored. Encoding the room's document instead held the event loop
   * 260–440 ms for a 5 MB draft, for the first client to join after every change.
   */
  private syncStep2For(stateVector: Uint8Array): Uint8Array[] {
    if (!isEmptyStateVector(stateVector)) return [encodeSyncStep2(this.doc, stateVector)]
    this.wholeDocument ??= wholeDocumentMessages(this.snapshot, this.loggedSinceSnapshot)
    return this.wholeDocument
  }

  private relayUpdate(update: Uint8Array, origin: unknown): void {
    this.wholeDocument = null
    this.changedSinceLoad = true
    const message = encodeUpdate(update)
    for (const connection of this.connections) {
      if (connection !== origin) connection.socket.send(message)
    }
  }

  /**
   * Tells the senders of a stored batch that their edits are durable. Only they need it: the
   * others receive the batch relayed, which is durable by then, and have nothing of their own
   * waiting; an ack to every connection would double the messages of a room.
   */
  private announceDurable(batch: readonly PendingUpdate[]): void {
    let message: Uint8Array | null = null
    for (const connection of new Set(batch.map((p) => p.from))) {
      if (!connection?.wantsDurableAcks || !this.connections.has(connection)) continue
      message ??= encodeDurable(this.doc)
      connection.socket.send(message)
    }
  }

  private applyAwareness(connection: RoomConnection, update: Uint8Array): void {
    let entries
    try {
      entries = admitPresence(update, connection.participant, (id, removal) => this.claimPresence(connection, id, removal))
    } catch (error) {
      if (!(error instanceof PresenceViolation)) throw error
      return this.refuse(connection, CloseCode.MalformedMessage, error.message)
    }
    if (entries.length === 0) return
    for (const { clientId, state } of entries) if (state === 'null') this.releasePresence(clientId)
    // A caret that moved with an edit points into text the others do not have yet: it waits for
    // the edit, and then leaves with it — in the same write to each socket.
    const after = this.lastUnapplied.get(connection)
    if (!after) return this.relayPresence(connection, entries)
    const held = this.heldPresence.get(connection) ?? { entries: new Map(), after }
    held.after = after
    for (const entry of entries) held.entries.set(entry.clientId, entry)
    this.heldPresence.set(connection, held)
  }

  /**
   * Applies admitted presence to the room's awareness, which queues it for everyone. A caret that
   * waited for its edit leaves at once, right behind that edit, and takes what is queued along.
   */
  private relayPresence(connection: RoomConnection, entries: PresenceEntry[], { withEdit = false } = {}): void {
    const encoded = entries.map(encodePresenceEntry)
    this.admittedPresence = { entries, encoded }
    try {
      applyAwarenessUpdate(this.awareness, presenceUpdateOf(encoded), connection)
    } finally {
      this.admittedPresence = null
    }
    if (withEdit) this.sendQueuedPresence()
  }

  /**
   * Whether the connection may set (or remove) this awareness id, which it then holds. Its own ids, yes. An id another
   * connection holds, only when that is a socket of the same user (a reconnect while the old
   * socket is still open). A free id, when the connection holds fewer than its share — unless
   * the id left the room lately under another user: clients echo states they received, and a
   * departed visitor's echoed state must not come back as a ghost.
   */
  private claimPresence(connection: RoomConnection, id: number, removal: boolean): boolean {
    const owner = this.presenceOwners.get(id)
    if (owner === connection) return true
    const userId = connection.participant?.userId
    if (owner) {
      if (owner.participant?.userId !== userId || removal) return false
      owner.awarenessIds.delete(id)
    } else {
      if (removal || connection.awarenessIds.size >= MAX_PRESENCE_IDS_PER_CONNECTION) return false
      const departed = this.departedPresence.get(id)
      if (departed && departed.userId !== userId) return false
    }
    connection.awarenessIds.add(id)
    this.presenceOwners.set(id, connection)
    return true
  }

  private releasePresence(id: number): void {
    const owner = this.presenceOwners.get(id)
    if (!owner) return
    owner.awarenessIds.delete(id)
    this.presenceOwners.delete(id)
    // Re-inserted, so that the map stays in order of leaving.
    this.departedPresence.delete(id)
    this.departedPresence.set(id, { userId: owner.participant?.userId, at: Date.now() })
  }

  /**
   * y-protocols keeps the clock of every client id ever seen; a long-lived room would grow by one
   * entry per visit. Forgotten once no echo of the visit can still be on its way.
   */
  private forgetDepartedPresence(now = Date.now()): void {
    for (const [id, { at }] of this.departedPresence) {
      if (now - at < DEPARTED_PRESENCE_MS) break
      this.departedPresence.delete(id)
      if (!this.awareness.getStates().has(id)) this.awareness.meta.delete(id)
    }
  }

  private relayAwareness({ added, updated, removed }: AwarenessChange): void {
    // States y-protocols drops as outdated (no renewal for 30 s) free their ids too.
    for (const id of removed) this.releasePresence(id)
    for (const clientId of [...added, ...updated, ...removed]) {
      // The states just admitted were stamped and encoded once: they go out as they are.
      const at = this.admittedPresence?.entries.findIndex((entry) => entry.clientId === clientId) ?? -1
      const entry = at >= 0 ? this.admittedPresence!.entries[at]! : this.presenceEntry(clientId)
      const encoded = at >= 0 ? this.admittedPresence!.encoded[at]! : encodePresenceEntry(entry)
      if (entry.state === 'null') this.presenceStates.delete(clientId)
      else this.presenceStates.set(clientId, encoded)
      this.presenceOutbox.set(clientId, encoded)
    }
    this.queuePresence()
  }

  /** The room's awareness entry of a client id; a removed one as 'null' with its new clock. */
  private presenceEntry(clientId: number): PresenceEntry {
    const state = this.awareness.getStates().get(clientId) ?? null
    return { clientId, clock: this.awareness.meta.get(clientId)?.clock ?? 0, state: JSON.stringify(state) }
  }

  private everyonesPresence(): Uint8Array {
    return encodeAwareness(presenceUpdateOf([...this.presenceStates.values()]))
  }

  /**
   * Every presence change goes to every connection, so one person's caret costs a write per
   * reader, and a hundred people joining one after another cost a hundred writes each. The room
   * therefore relays presence at most once per PRESENCE_INTERVAL_MS: a change after a quiet spell
   * leaves at once; changes within the interval wait for its end and leave as one message, with
   * only the latest entry of each client id.
   */
  private queuePresence(): void {
    if (this.presenceTimer) return
    const wait = this.lastPresenceRelay + PRESENCE_INTERVAL_MS - performance.now()
    if (wait <= 0) return this.sendQueuedPresence()
    this.presenceTimer = setTimeout(() => this.sendQueuedPresence(), wait)
  }

  private sendQueuedPresence(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer)
    this.presenceTimer = null
    if (this.presenceOutbox.size === 0) return
    this.lastPresenceRelay = performance.now()
    const message = encodeAwareness(presenceUpdateOf([...this.presenceOutbox.values()]))
    this.presenceOutbox.clear()
    for (const connection of this.connections) connection.socket.send(message)
  }
}

/**
 * An update with no items and no deletions: what a joining client sends back when the server's
 * state vector leaves it nothing to add. Storing it would cost a row and an fsync per join.
 */
const changesNothing = (decoded: DecodedUpdate): boolean => decoded.structs.length === 0 && decoded.ds.clients.size === 0

/** The state vector of a client that has nothing: no client ids. */
const isEmptyStateVector = (stateVector: Uint8Array): boolean => stateVector.length === 1 && stateVector[0] === 0

/** Shortest time between two presence relays of a room: carets and names move at most ~30 times a second. */
const PRESENCE_INTERVAL_MS = 30

/** How long a departed awareness id stays reserved for its user. */
const DEPARTED_PRESENCE_MS = 60_000

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
