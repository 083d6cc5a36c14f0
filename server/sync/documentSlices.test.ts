import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seededRandom } from '../../bench/sync/benchDocuments'
import { applySlice, sliceStoredDocument } from './documentSlices'

/**
 * Authors who edit their own copies of one document and exchange updates now and then, so that
 * items depend on other clients' items (origins, parents) in every order. Returns what a server
 * would store: a snapshot of the first part and the updates logged after it, as they arrived.
 */
function editedConcurrently(
  seed: number,
  { authors = 4, rounds = 60, clientIds }: { authors?: number; rounds?: number; clientIds?: number[] } = {},
): { snapshot: Uint8Array; updates: Uint8Array[]; all: Uint8Array[] } {
  const random = seededRandom(seed)
  const server = new Y.Doc()
  // Client ids as Yjs draws them, over the whole unsigned 32-bit range, but the same every run.
  const ids = clientIds ?? Array.from({ length: authors }, () => Math.floor(random() * 2 ** 32))
  const copies = ids.map((clientID) => Object.assign(new Y.Doc(), { clientID }))
  const log: Uint8Array[] = []
  const all: Uint8Array[] = []
  let snapshot: Uint8Array | null = null
  for (const copy of copies) {
    copy.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'exchange') return
      log.push(update)
      all.push(update)
      Y.applyUpdate(server, update)
    })
  }
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!
  for (let round = 0; round < rounds; round++) {
    for (const copy of copies) {
      const body = copy.getXmlFragment('body')
      if (body.length === 0 || random() < 0.2) {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.setAttribute('id', `p${round}`)
        paragraph.insert(0, [new Y.XmlText()])
        body.insert(Math.floor(random() * (body.length + 1)), [paragraph])
        continue
      }
      const paragraph = pick(body.toArray()) as Y.XmlElement
      const text = paragraph.get(0) as Y.XmlText | undefined
      if (!text) continue
      const at = Math.floor(random() * (text.length + 1))
      if (random() < 0.25 && text.length > 3) text.delete(Math.min(at, text.length - 2), 2)
      else if (random() < 0.2) text.insert(at, '加粗', { bold: true })
      else text.insert(at, pick(['冷却板', 'coolant ', '流道', 'x']))
      if (random() < 0.1) copy.getMap('meta').set('title', `round ${round}`)
    }
    // Some authors catch up with the server: their next edits depend on the others'.
    for (const copy of copies) {
      if (random() < 0.4) Y.applyUpdate(copy, Y.encodeStateAsUpdate(server, Y.encodeStateVector(copy)), 'exchange')
    }
    if (round === Math.floor(rounds / 2)) {
      snapshot = Y.encodeStateAsUpdate(server)
      log.length = 0
    }
  }
  return { snapshot: snapshot!, updates: [...log], all }
}

/** The stored bytes as they are, in one transaction and without Yjs's formatting cleanup (see applySlice). */
function applied(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  Y.transact(doc, (transaction) => {
    for (const update of updates) Y.applyUpdate(doc, update)
    transaction.local = true
  })
  return doc
}

/** The stored bytes as the room built them before slices: one transaction, Yjs's cleanup at its end. */
function appliedAtOnce(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update)
  })
  return doc
}

function fromSlices(slices: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const slice of slices) {
    applySlice(doc, slice)
    // Each slice finds what it needs in the ones before it.
    expect(doc.store.pendingStructs).toBeNull()
  }
  return doc
}

const content = (doc: Y.Doc) => ({ body: doc.getXmlFragment('body').toJSON(), meta: doc.getMap('meta').toJSON() })

describe('sliceStoredDocument', () => {
  it.each([1, 2, 3, 4, 5])('gives the same document as the stored bytes, in slices of at most the given size (seed %i)', (seed) => {
    const { snapshot, updates } = editedConcurrently(seed)
    const expected = applied([snapshot, ...updates])

    const slices = sliceStoredDocument(snapshot, updates, 50)
    const doc = fromSlices(slices)

    expect(slices.length).toBeGreaterThan(3)
    for (const slice of slices) expect(Y.decodeUpdate(slice).structs.length).toBeLessThanOrEqual(50)
    expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(expected))).toBe(true)
    // What anyone sees is what the build at once gave (whose cleanup dropped only marks that change nothing).
    expect(content(doc)).toEqual(content(appliedAtOnce([snapshot, ...updates])))
    expect(doc.store.pendingDs).toBeNull()
  })

  it('keeps a bold mark that Yjs’s formatting cleanup dropped when it ran after a slice of the text', () => {
    // Found by fuzzing: with these client ids, a slice held a bold start without the text that needs it.
    const { snapshot, updates } = editedConcurrently(1, { clientIds: [3184478589, 3536804540, 1166630485, 523283728] })
    const doc = fromSlices(sliceStoredDocument(snapshot, updates, 50))
    expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(applied([snapshot, ...updates])))).toBe(true)
    expect(content(doc)).toEqual(content(appliedAtOnce([snapshot, ...updates])))
  })

  it('deletes what the stored bytes deleted only in its last slice', () => {
    const { snapshot, updates } = editedConcurrently(7)
    const slices = sliceStoredDocument(snapshot, updates, 50)
    for (const slice of slices.slice(0, -1)) expect(Y.decodeUpdate(slice).ds.clients.size).toBe(0)
    expect(Y.decodeUpdate(slices.at(-1)!).structs).toEqual([])
  })

  it('keeps a document stored as a log without a snapshot', () => {
    const { all } = editedConcurrently(8, { rounds: 20 })
    const expected = applied(all)
    const doc = fromSlices(sliceStoredDocument(null, all, 20))
    expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(expected))).toBe(true)
    expect(content(doc)).toEqual(content(expected))
  })

  it('returns the stored bytes merged whole when an update they need is missing, as Yjs would apply them', () => {
    const { snapshot, updates } = editedConcurrently(9)
    // A log entry lost: later entries from its author have a gap in their clocks.
    const authorOf = (update: Uint8Array) => Y.decodeUpdate(update).structs[0]?.id.client
    const lost = updates.findIndex((update, i) => authorOf(update) !== undefined && updates.slice(i + 1).some((later) => authorOf(later) === authorOf(update)))
    const gapped = updates.filter((_, i) => i !== lost)
    const slices = sliceStoredDocument(snapshot, gapped, 50)
    expect(slices).toHaveLength(1)
    const doc = applied(slices)
    const expected = applied([snapshot, ...gapped])
    expect(content(doc)).toEqual(content(expected))
    expect(doc.store.pendingStructs).not.toBeNull()
  })

  it('returns the stored bytes merged whole when an item refers to one never stored', () => {
    const first = new Y.Doc()
    first.getText('t').insert(0, 'ab')
    const second = new Y.Doc()
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
    second.getText('t').insert(1, 'X')
    // Only the second author's edit is stored: its origin is the first's item.
    const slices = sliceStoredDocument(null, [Y.encodeStateAsUpdate(second, Y.encodeStateVector(first))], 10)
    expect(slices).toHaveLength(1)
  })
})
