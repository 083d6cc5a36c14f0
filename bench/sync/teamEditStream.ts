import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { encodeAwareness, encodeUpdate } from '../../server/sync/syncMessages'
import { bodyTexts, claimSetUpdate, seededRandom } from './benchDocuments'
import type { BenchPlan } from './scenario'

/** One edit as the server receives it: the editor's document update and the caret move that follows it. */
export interface StreamedEdit {
  /** Index of the editor within its room. */
  editor: number
  /** The sync message carrying the update (y-websocket's sync step "update"). */
  updateMessage: Uint8Array
  /** The awareness message with the editor's new caret, as a collaboration caret sends after each keystroke. */
  presenceMessage: Uint8Array
}

export interface RoomStream {
  edits: StreamedEdit[]
}

export interface TeamEditStream {
  /** The claim set every document starts from, the same bytes in every room. */
  start: Uint8Array
  rooms: RoomStream[]
}

/**
 * Messages of the team scenario's shape, made without a server: per document, as many editors,
 * starting from the same claim set, each typing one character per update at a place of its own
 * at the scenario's rate, in time order, every update applied to the other editors' copies as a
 * relay would. Deterministic, so every measurement replays the same bytes.
 */
export function teamEditStream(plan: BenchPlan['team']): TeamEditStream {
  const start = claimSetUpdate()
  const random = seededRandom(3)
  const editsPerEditor = plan.insertsPerSecond * plan.seconds
  const interval = 1000 / plan.insertsPerSecond
  const rooms = Array.from({ length: plan.documents }, (_, room) => {
    const editors = Array.from({ length: plan.editorsPerDocument }, (_, e) => {
      const doc = new Y.Doc()
      doc.clientID = 10_000 + room * 100 + e
      Y.applyUpdate(doc, start)
      const awareness = new Awareness(doc)
      awareness.setLocalStateField('user', { name: `editor ${e}`, color: '#30bced' })
      const texts = bodyTexts(doc)
      const text = texts[Math.floor(random() * texts.length)]!
      return { doc, awareness, text, at: Math.floor(random() * text.length), phase: random() * interval }
    })
    const schedule = editors
      .flatMap((editor, e) => Array.from({ length: editsPerEditor }, (_, k) => ({ e, at: editor.phase + k * interval })))
      .sort((a, b) => a.at - b.at)
    const edits: StreamedEdit[] = schedule.map(({ e }) => {
      const editor = editors[e]!
      const updates: Uint8Array[] = []
      editor.doc.once('update', (update: Uint8Array) => updates.push(update))
      editor.text.insert(Math.min(editor.at++, editor.text.length), 'x')
      const update = updates[0]!
      for (const other of editors) if (other !== editor) Y.applyUpdate(other.doc, update)
      const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(editor.text, editor.at))
      editor.awareness.setLocalStateField('cursor', { anchor: caret, head: caret })
      return {
        editor: e,
        updateMessage: encodeUpdate(update),
        presenceMessage: encodeAwareness(encodeAwarenessUpdate(editor.awareness, [editor.doc.clientID])),
      }
    })
    for (const { doc, awareness } of editors) (awareness.destroy(), doc.destroy())
    return { edits }
  })
  return { start, rooms }
}
