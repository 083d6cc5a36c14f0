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
 * Where the list lives: on the device, shared by every tab that has the document open (each
 * reads it before it changes it, so one tab never writes over another's edits).
 */
export interface PendingList {
  read(): PendingChange[]
  write(changes: readonly PendingChange[]): void
}

/**
 * The edits made on this device that the server has not yet confirmed as stored. An edit is
 * confirmed when a state vector the server sends after writing (protocol message 100) reaches
 * the edit's clock. The list is the device's (`PendingList`): it survives a reload, so edits typed
 * offline in an earlier session — under an earlier client id — still count until the server has
 * them, and two tabs of one document add to it and confirm from it without dropping each other's.
 */
export class PendingChanges {
  private changes: PendingChange[]
  private readonly listeners = new Set<() => void>()
  /** The change the last edit went into, and when that edit was made: the next edit may join it. */
  private last: { change: PendingChange; at: number } | null = null
  /** When the server last confirmed anything, or this copy's edits started to wait (ms since the epoch). */
  private heardAt = 0

  constructor(
    private readonly doc: Y.Doc,
    private readonly list: PendingList,
  ) {
    this.changes = list.read()
  }

  /**
   * The edits this copy holds that the server has not confirmed. Another tab's edits on the
   * device's list count there, not here: this copy cannot send what it does not hold (the sign-out
   * warning counts the whole device's list).
   */
  get count(): number {
    return this.held().length
  }

  /**
   * When the oldest edit the server has not confirmed was made: what a person can weigh ("edits
   * since 10:32"), where a count of changes means little after minutes of fluent typing. Null
   * with nothing pending, or when an edit of an older stored list has no time.
   */
  get since(): number | null {
    const held = this.held()
    if (held.length === 0 || held.some((change) => change.since === undefined)) return null
    return Math.min(...held.map((change) => change.since!))
  }

  /**
   * Since when the edits held here have waited without a word from the server: its last
   * confirmation, or the first edit after everything was confirmed. A server that answers
   * confirms every few milliseconds while edits arrive, however long the typing goes on (a
   * change's `since` stays at its first keystroke); one that stopped answering leaves this behind.
   * Null with nothing pending.
   */
  get unansweredSince(): number | null {
    return this.count === 0 ? null : this.heardAt
  }

  private held(): PendingChange[] {
    return this.changes.filter((change) => Y.getState(this.doc.store, change.client) >= change.clock)
  }

  /**
   * Call after each local transaction. A deletion leaves the clock where it was; it is confirmed by
   * the next write's vector. An edit within ONE_CHANGE_MS of the last one, while that one's change
   * is still the newest pending, joins it: the change is then confirmed once its last edit is.
   */
  record(at = performance.now(), wallClock = Date.now()): void {
    if (this.count === 0) this.heardAt = wallClock
    const changes = this.list.read()
    const newest = changes.at(-1)
    const joins =
      this.last !== null &&
      newest !== undefined &&
      newest.client === this.last.change.client &&
      newest.clock === this.last.change.clock &&
      this.doc.clientID === this.last.change.client &&
      at - this.last.at < ONE_CHANGE_MS
    const change = { client: this.doc.clientID, clock: Y.getState(this.doc.store, this.doc.clientID), since: joins ? this.last!.change.since : wallClock }
    if (joins) changes[changes.length - 1] = change
    else changes.push(change)
    this.last = { change, at }
    this.update(changes, true)
  }

  /** The server has stored everything up to `stateVector`, whichever tab made the edits. */
  confirm(stateVector: Map<number, number>, wallClock = Date.now()): void {
    this.heardAt = wallClock
    const stored = this.list.read()
    const changes = stored.filter((change) => (stateVector.get(change.client) ?? 0) < change.clock)
    this.update(changes, changes.length !== stored.length)
  }

  /** Reads the list again, and counts again: another tab changed it, or the device's copy was loaded. */
  refresh(): void {
    this.changes = this.list.read()
    for (const listener of this.listeners) listener()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private update(changes: PendingChange[], write: boolean): void {
    if (write) this.list.write(changes)
    const before = this.changes
    this.changes = changes
    if (before.length === changes.length && before.every((change, i) => change.clock === changes[i]!.clock && change.client === changes[i]!.client)) return
    for (const listener of this.listeners) listener()
  }
}
