import * as Y from 'yjs'

/** One local edit: the Yjs client that made it and that client's clock right after it. */
export interface PendingChange {
  client: number
  clock: number
}

/**
 * Edits made this close one after another are one change to the person making them — a word
 * typed, not its letters — so the count a status bar shows ("3 changes kept on this device") is
 * one a person recognises.
 */
const ONE_CHANGE_MS = 1000

/**
 * The edits made on this device that the server has not yet confirmed as stored. An edit is
 * confirmed when a state vector the server sends after writing (protocol message 100) reaches
 * the edit's clock. The list survives a reload (through `persist`), so edits typed offline in an
 * earlier session — under an earlier client id — still count until the server has them.
 */
export class PendingChanges {
  private changes: PendingChange[]
  private readonly listeners = new Set<() => void>()
  /** The change the last edit went into, and when that edit was made: the next edit may join it. */
  private last: { change: PendingChange; at: number } | null = null

  constructor(
    private readonly doc: Y.Doc,
    stored: readonly PendingChange[],
    private readonly persist: (changes: readonly PendingChange[]) => void,
  ) {
    this.changes = [...stored]
  }

  get count(): number {
    return this.changes.length
  }

  /**
   * Call after each local transaction. A deletion leaves the clock where it was; it is confirmed by
   * the next write's vector. An edit within ONE_CHANGE_MS of the last one, while that one's change
   * is still the newest pending, joins it: the change is then confirmed once its last edit is.
   */
  record(at = performance.now()): void {
    const change = { client: this.doc.clientID, clock: Y.getState(this.doc.store, this.doc.clientID) }
    const joins = this.last !== null && this.changes.at(-1) === this.last.change && change.client === this.last.change.client && at - this.last.at < ONE_CHANGE_MS
    if (joins) this.changes[this.changes.length - 1] = change
    else this.changes.push(change)
    this.last = { change, at }
    this.changed()
  }

  /** The server has stored everything up to `stateVector`. */
  confirm(stateVector: Map<number, number>): void {
    const before = this.changes.length
    this.changes = this.changes.filter((change) => (stateVector.get(change.client) ?? 0) < change.clock)
    if (this.changes.length !== before) this.changed()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    this.persist(this.changes)
    for (const listener of this.listeners) listener()
  }
}
