import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { editedDocumentState } from '../../bench/sync/benchDocuments'
import { BUILD_IN_SLICES_MIN_BYTES, buildDocument, buildDocumentNow } from './storedState'

describe('buildDocument', () => {
  it('builds a large stored document in slices on a thread into the document it stores', async () => {
    const snapshot = editedDocumentState(BUILD_IN_SLICES_MIN_BYTES * 1.5)
    const later = new Y.Doc()
    Y.applyUpdate(later, snapshot)
    const before = Y.encodeStateVector(later)
    later.getXmlFragment('body').insert(0, [new Y.XmlText('logged after the snapshot')])
    const state = { snapshot, updates: [Y.encodeStateAsUpdate(later, before)], lastSeq: 1 }
    const failures: unknown[] = []

    const doc = await buildDocument(state, (error) => failures.push(error))

    const expected = buildDocumentNow(state)
    expect(failures).toEqual([])
    expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(expected))).toBe(true)
    expect(doc.getXmlFragment('body').toJSON()).toBe(expected.getXmlFragment('body').toJSON())
  })

  it('fails a large document whose bytes cannot be read as building it at once does, and says the thread failed', async () => {
    const snapshot = new Uint8Array(BUILD_IN_SLICES_MIN_BYTES + 10).fill(7)
    const state = { snapshot, updates: [], lastSeq: 1 }
    const failures: unknown[] = []
    const inline = (() => {
      try {
        buildDocumentNow(state)
      } catch (error) {
        return error
      }
    })()

    await expect(buildDocument(state, (error) => failures.push(error))).rejects.toThrow((inline as Error).message)
    expect(failures).toHaveLength(1)
  })

  it('cuts three large documents opened at once on threads, two at a time, none on the event loop', async () => {
    const snapshot = editedDocumentState(BUILD_IN_SLICES_MIN_BYTES * 1.5)
    const failures: unknown[] = []
    const docs = await Promise.all([1, 2, 3].map(() => buildDocument({ snapshot, updates: [], lastSeq: 1 }, (error) => failures.push(error))))
    expect(failures).toEqual([])
    const expected = buildDocumentNow({ snapshot, updates: [] })
    for (const doc of docs) expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(expected))).toBe(true)
  })
})
