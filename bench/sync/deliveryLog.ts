import * as Y from 'yjs'

/**
 * When each edit was sent and when each receiver got it. An edit is one Yjs item of length one,
 * named by its writer's client id and clock, so any update a receiver gets — relayed as it was
 * sent, merged with others, or inside a sync step — tells which edits it carries.
 */
export class DeliveryLog {
  private readonly sentAt = new Map<number, number[]>()
  private readonly latencies: number[] = []
  private sentCount = 0

  /** Call just before the writer makes the edit. */
  sending(writer: Y.Doc): void {
    let times = this.sentAt.get(writer.clientID)
    if (!times) this.sentAt.set(writer.clientID, (times = []))
    times[Y.getState(writer.store, writer.clientID)] = performance.now()
    this.sentCount++
  }

  /** A receiver that records what reaches it. */
  receiver(): DeliveryReceiver {
    return new DeliveryReceiver(this.sentAt, this.latencies)
  }

  /** Forgets the edits sent and the latencies measured so far: what follows is measured alone. */
  forget(): void {
    this.latencies.length = 0
    this.sentCount = 0
  }

  get sent(): number {
    return this.sentCount
  }

  /** Milliseconds from send to receipt at the given percentile (0–100) over every edit and receiver. */
  percentiles(...ps: number[]): number[] {
    const sorted = Float64Array.from(this.latencies).sort()
    return ps.map((p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!))
  }
}

export class DeliveryReceiver {
  /** Per writer, the next clock this receiver has not seen; edits arrive in order per writer. */
  private readonly next = new Map<number, number>()

  constructor(
    private readonly sentAt: Map<number, number[]>,
    private readonly latencies: number[],
  ) {}

  received(update: Uint8Array): void {
    const now = performance.now()
    const { to } = Y.parseUpdateMeta(update)
    for (const [writer, end] of to) {
      const times = this.sentAt.get(writer)
      if (!times) continue
      const from = this.next.get(writer) ?? 0
      for (let clock = from; clock < end; clock++) {
        const sentAt = times[clock]
        if (sentAt !== undefined) this.latencies.push(now - sentAt)
      }
      if (end > from) this.next.set(writer, end)
    }
  }

  /** Edits `writer` has made (from clock 0) that have not arrived here. */
  missing(writer: Y.Doc): number {
    return Math.max(0, Y.getState(writer.store, writer.clientID) - (this.next.get(writer.clientID) ?? 0))
  }
}
