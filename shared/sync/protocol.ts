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
} as const

/** Largest sync message the server accepts; larger ones close the connection with MessageTooBig. */
export const MAX_SYNC_MESSAGE_BYTES = 8 * 1024 * 1024

/** Query parameter by which a client asks for Durable messages. */
export const DURABLE_ACKS_PARAM = 'acks'
