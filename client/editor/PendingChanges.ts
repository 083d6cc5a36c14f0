import * as Y from 'yjs'

/** One local edit: the Yjs client that made it and that client's clock right after it. */
export interface PendingChange {
  client: number
  clock: number
  /** When its first edit was made (ms since the epoch); absent in lists stored before it was kept. */
  since?: number
}

/**
 * Edits made this close one after another are one change to the person making them — a word
 * typed, not its letters — so the count the leave dialog shows ("3 changes are not on the server
 * yet") is one a person recognises.
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
   * When the oldest edit the server has not confirmed was made: what a person can weigh ("edits
   * since 10:32"), where a count of changes means little after minutes of fluent typing. Null
   * with nothing pending, or when an edit of an older stored list has no time.
   */
  get since(): number | null {
    if (this.changes.length === 0 || this.changes.some((change) => change.since === undefined)) return null
    return Math.min(...this.changes.map((change) => change.since!))
  }

  /**
   * Call after each local transaction. A deletion leaves the clock where it was; it is confirmed by
   * the next write's vector. An edit within ONE_CHANGE_MS of the last one, while that one's change
   * is still the newest pending, joins it: the change is then confirmed once its last edit is.
   */
  record(at = performance.now(), wallClock = Date.now()): void {
    const joins =
      this.last !== null && this.changes.at(-1) === this.last.change && this.doc.clientID === this.last.change.client && at - this.last.at < ONE_CHANGE_MS
    const change = { client: this.doc.clientID, clock: Y.getState(this.doc.store, this.doc.clientID), since: joins ? this.last!.change.since : wallClock }
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
