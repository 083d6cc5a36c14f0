import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { MessageType } from '../../shared/sync/protocol'

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/**
 * How an update guard refuses an update that builds on items the server has not received: a
 * client may send it before the answer that brings them (see Room.receive), or never have them.
 */
export const MISSING_CONTENT = 'update depends on content the server does not have'

/** y-protocols' sync sub-types. */
export const SyncStep = { Step1: 0, Step2: 1, Update: 2 } as const

/** A client message, decoded and checked before anything acts on it. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  /** `answer`: sent as sync step 2, the client's answer to the server's step 1 (all the server lacks). */
  | { type: 'update'; update: Uint8Array; decoded: DecodedUpdate; answer: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }

/** Thrown for any message that is not a well-formed y-websocket message. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError'
}

const QUERY_AWARENESS = 3

/**
 * The byte length of the document update a message carries, read from its first few bytes
 * without decoding the update; null for any other message (or one too short to tell, which the
 * full decode then refuses). Lets the room refuse read-only writers and oversized updates first.
 */
export function peekUpdateLength(message: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return null
    const step = decoding.readVarUint(decoder)
    if (step !== SyncStep.Step2 && step !== SyncStep.Update) return null
    return decoding.readVarUint(decoder)
  } catch {
    return null
  }
}

/**
 * Decodes one message completely — including the Yjs update inside — so that a malformed or
 * truncated message is refused whole and never half-applied.
 */
export function decodeClientMessage(message: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    let decoded: ClientMessage
    if (type === MessageType.Sync) {
      const step = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      if (step === SyncStep.Step1) {
        checkStateVector(payload)
        decoded = { type: 'sync-step-1', stateVector: payload }
      } else if (step === SyncStep.Step2 || step === SyncStep.Update) {
        decoded = { type: 'update', update: payload, decoded: decodeWholeUpdate(payload), answer: step === SyncStep.Step2 }
      } else {
        throw new MalformedMessageError(`unknown sync step ${step}`)
      }
    } else if (type === MessageType.Awareness) {
      const update = decoding.readVarUint8Array(decoder)
      checkAwarenessUpdate(update)
      decoded = { type: 'awareness', update }
    } else if (type === QUERY_AWARENESS) {
      decoded = { type: 'query-awareness' }
    } else {
      throw new MalformedMessageError(`unknown message type ${type}`)
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after the message')
    return decoded
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error))
  }
}

/** A state vector: a count, then per client its id and clock, and nothing after. */
function checkStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes in state vector')
}

/** The reader of the update decoded last: decoding is synchronous, so it is the current one's. */
let lastUpdateReader: decoding.Decoder | null = null

class RememberingUpdateDecoder extends Y.UpdateDecoderV1 {
  constructor(reader: decoding.Decoder) {
    super(reader)
    lastUpdateReader = reader
  }
}

/**
 * Decodes a Yjs update and refuses bytes after it. Yjs's decoder stops after the update's delete
 * set and ignores what follows; a decoder that remembers its reader shows where the update ended,
 * in the same single pass that decodes it (reading it into a scratch document to find the end
 * cost more than the decode itself, most of it for the scratch document's random client id).
 */
export function decodeWholeUpdate(update: Uint8Array): DecodedUpdate {
  lastUpdateReader = null
  const decoded = Y.decodeUpdateV2(update, RememberingUpdateDecoder)
  if (!lastUpdateReader || decoding.hasContent(lastUpdateReader)) {
    throw new MalformedMessageError('trailing bytes after the Yjs update')
  }
  return decoded
}

/** An awareness update: a count, then per client its id, clock and JSON state. */
function checkAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes in awareness update')
}

/** A message of the given type whose body `write` fills in. */
function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** A sync message: its step, then its payload. */
const syncMessage = (step: number, payload: Uint8Array) =>
  message(MessageType.Sync, (encoder) => {
    encoding.writeVarUint(encoder, step)
    encoding.writeVarUint8Array(encoder, payload)
  })

export const encodeSyncStep1 = (doc: Y.Doc): Uint8Array => syncMessage(SyncStep.Step1, Y.encodeStateVector(doc))

/** A sync step 2 carrying an update already encoded: a stored snapshot is the whole document as it is. */
export const encodeSyncStep2Of = (update: Uint8Array): Uint8Array => syncMessage(SyncStep.Step2, update)

export const encodeSyncStep2 = (doc: Y.Doc, stateVector: Uint8Array): Uint8Array =>
  syncMessage(SyncStep.Step2, Y.encodeStateAsUpdate(doc, stateVector))

export const encodeUpdate = (update: Uint8Array): Uint8Array => syncMessage(SyncStep.Update, update)

export const encodeAwareness = (update: Uint8Array): Uint8Array =>
  message(MessageType.Awareness, (encoder) => encoding.writeVarUint8Array(encoder, update))

/** Claimroom's own message: the state vector of everything the server has made durable. */
export const encodeDurable = (doc: Y.Doc): Uint8Array =>
  message(MessageType.Durable, (encoder) => encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc)))

/** Claimroom's own message: something beside the text changed; the topic says what. */
export const encodeReviewChanged = (topic: string): Uint8Array =>
  message(MessageType.ReviewChanged, (encoder) => encoding.writeVarString(encoder, topic))

/** Claimroom's own message: what the connection may now do with the text. */
export const encodeAccess = (canEdit: boolean): Uint8Array =>
  message(MessageType.Access, (encoder) => encoding.writeVarUint(encoder, canEdit ? 1 : 0))
