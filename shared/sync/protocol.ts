/**
 * The sync socket speaks the y-websocket protocol: each binary message starts with a varint
 * message type. 0 and 1 are y-websocket's own; Claimroom adds one type of its own, sent only to
 * clients that ask for it with the `acks=1` query parameter, so plain y-websocket clients never
 * see a type they do not know.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  /** Server → client: the state vector of what the server has made durable. */
  Durable: 100,
  /**
   * Server → client, to every connection of a document: a varString naming what changed beside
   * the text (comments, suggestions, checklist, approvals, triage); the client fetches it again.
   */
  ReviewChanged: 101,
  /** Server → client: a varUint, 1 when the connection may now edit the text, 0 when it is read-only. */
  Access: 102,
} as const

/** Largest sync message the server accepts; larger ones close the connection with MessageTooBig. */
export const MAX_SYNC_MESSAGE_BYTES = 8 * 1024 * 1024

/** Largest single document update; a larger one closes the connection with TooLarge before it is decoded. */
export const MAX_UPDATE_BYTES = 4 * 1024 * 1024

/** Largest stored size of one document (snapshot plus logged updates); an update past it closes with TooLarge. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

/** Most bytes the server lets wait for one slow client before closing it with TooSlow. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024

/** Ping interval; a socket that has not answered the previous ping is closed with HeartbeatTimeout. */
export const HEARTBEAT_MS = 30_000

/** Query parameter by which a client asks for Durable messages. */
export const DURABLE_ACKS_PARAM = 'acks'

/**
 * Query parameter (`copy=1`) by which a client says it holds a copy of the document (an offline
 * store): the server then answers its state vector with what it lacks, rather than sending it the
 * whole stored document while the document loads.
 */
export const LOCAL_COPY_PARAM = 'copy'
