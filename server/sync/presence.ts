import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** Who is behind a connection, from the session: the server stamps this on every presence state. */
export interface Participant {
  userId: string
  name: string
  role: string
}

/** Largest JSON of one presence state (a user and a caret's two relative positions fit in well under 1 KB). */
export const MAX_PRESENCE_STATE_BYTES = 4096
/** Most awareness client ids one connection may hold (one editor per socket); more are dropped as ghosts. */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4

const COLOR = /^#[0-9a-f]{3,8}$/i
const NEUTRAL_COLOR = '#888888'

/** A presence update that a connection may not make; it closes that connection. */
export class PresenceViolation extends Error {
  override name = 'PresenceViolation'
}

export interface PresenceEntry {
  clientId: number
  clock: number
  /** The state as JSON, or 'null' for a removal. */
  state: string
}

/**
 * Checks an awareness update from one connection and returns the entries the room may apply.
 *
 * y-protocols lets any peer set or remove any client id with any JSON, and y-websocket clients
 * echo every state they receive back to the server. So each entry is kept only when `claim` says
 * the connection may hold that id (the room knows the owners); echoes of other people's states,
 * forged ids and ghosts beyond a connection's few ids are dropped, never applied. A kept state
 * must be a JSON object of bounded size, and its `user` field is rewritten from the session —
 * the real name and role, and a colour only when it is a hex colour (a `url(…)` would make other
 * browsers fetch it).
 */
export function admitPresence(
  update: Uint8Array,
  participant: Participant | undefined,
  claim: (clientId: number, removal: boolean) => boolean,
): PresenceEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: PresenceEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    const removal = json === 'null'
    if (!claim(clientId, removal)) continue
    if (json.length > MAX_PRESENCE_STATE_BYTES) throw new PresenceViolation('presence state too large')
    entries.push({ clientId, clock, state: removal ? 'null' : stampState(JSON.parse(json) as unknown, participant) })
  }
  return entries
}

function stampState(state: unknown, participant: Participant | undefined): string {
  if (typeof state !== 'object' || Array.isArray(state)) throw new PresenceViolation('a presence state is a JSON object')
  if (!participant) return JSON.stringify(state)
  const claimed = (state as { user?: unknown }).user
  const color = typeof claimed === 'object' && claimed !== null ? (claimed as { color?: unknown }).color : undefined
  const user = {
    name: participant.name,
    role: participant.role,
    userId: participant.userId,
    color: typeof color === 'string' && COLOR.test(color) ? color : NEUTRAL_COLOR,
  }
  return JSON.stringify({ ...state, user })
}

/** Encodes entries as a y-protocols awareness update. */
export function encodePresence(entries: PresenceEntry[]): Uint8Array {
  return presenceUpdateOf(entries.map(encodePresenceEntry))
}

/** One entry of a y-protocols awareness update: client id, clock and state, as they follow the count. */
export function encodePresenceEntry({ clientId, clock, state }: PresenceEntry): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, state)
  return encoding.toUint8Array(encoder)
}

/** A y-protocols awareness update of entries already encoded by `encodePresenceEntry`. */
export function presenceUpdateOf(entries: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) encoding.writeUint8Array(encoder, entry)
  return encoding.toUint8Array(encoder)
}
