import { MAX_BUFFERED_BYTES } from '../../shared/sync/protocol'

/**
 * Decides when a socket's reader is too slow. A client is allowed MAX_BUFFERED_BYTES waiting
 * beyond the largest single message still on its way to it: a client joining a document larger
 * than the limit receives the whole document as one message, and must neither be refused it nor
 * be closed by the edits that follow it. What counts as on its way is forgotten once the socket's
 * buffer has drained.
 */
export class SendBacklog {
  private largestInFlight = 0

  /** Whether sending `messageBytes` more, with `bufferedBytes` still waiting, exceeds what the client may owe. */
  exceeded(bufferedBytes: number, messageBytes: number): boolean {
    if (bufferedBytes === 0) this.largestInFlight = 0
    this.largestInFlight = Math.max(this.largestInFlight, messageBytes)
    return bufferedBytes + messageBytes > MAX_BUFFERED_BYTES + this.largestInFlight
  }
}
