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
  /** The session ended (signed out, expired): sign in again. */
  SessionEnded: 4401,
  /** The user may no longer read this document (removed from the workspace or the team). */
  AccessRevoked: 4403,
  /** The client did not read what the server sent: more than MAX_BUFFERED_BYTES waited for it. */
  TooSlow: 4408,
  /** An update larger than MAX_UPDATE_BYTES, or one that would grow the document past MAX_DOCUMENT_BYTES. */
  TooLarge: 4413,
  /** The user already has CLAIMROOM_MAX_SOCKETS_PER_USER sync sockets open. */
  TooManySockets: 4429,
  /** The socket answered no heartbeat ping within HEARTBEAT_MS. */
  HeartbeatTimeout: 4008,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]
