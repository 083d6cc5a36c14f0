/**
 * Close codes of the sync socket (docs/api.md). 4000–4999 are ours; 1009 is the WebSocket
 * standard's "message too big", which the socket layer sends for oversized frames.
 */
export const CloseCode = {
  /** The message could not be decoded as a y-websocket message. */
  MalformedMessage: 4400,
  /** The update creates content the document's schema does not allow (an unknown node or mark). */
  SchemaViolation: 4422,
  /** The message is larger than MAX_SYNC_MESSAGE_BYTES. */
  MessageTooBig: 1009,
  /** The stored document could not be loaded; it is not served rather than served blank. */
  LoadFailed: 4500,
  /** Writing the update failed; the client keeps it and sends it again when it reconnects. */
  StorageFailed: 4501,
  /** The server is shutting down; reconnect. */
  ServerShutdown: 1012,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]
