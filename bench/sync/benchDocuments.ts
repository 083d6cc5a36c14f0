import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { contentToUpdate } from '../../server/documents/documentContent'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'

/** A document as the benchmark hands it to a server: its update log, oldest first. */
export interface BenchDocument {
  name: string
  updates: Uint8Array[]
}

const CLAIM_TEXTS = [
  '一种电池包热管理装置，其特征在于，包括壳体、设置于所述壳体内的冷却板以及温度传感器。',
  '根据权利要求1所述的装置，其特征在于，所述冷却板内设有蛇形流道。',
  '根据权利要求1或2所述的装置，其特征在于，所述温度传感器贴附于电芯表面。',
]
const PARAGRAPH = '本发明涉及电池热管理技术领域，具体涉及一种电池包热管理装置及其控制方法。'

/**
 * A claim set with text in every claim and paragraph, valid for Claimroom's schema, so that every
 * server starts from the same bytes and editors have text to type into.
 */
export function claimSetContent(title: string): JSONContent {
  const text = (value: string): JSONContent[] => [{ type: 'text', text: value }]
  const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) })
  const heading = (value: string): JSONContent => ({ type: 'heading', attrs: { level: 3 }, content: text(value) })
  return {
    type: 'doc',
    content: [
      { type: 'documentTitle', content: text(title) },
      {
        type: 'claimList',
        attrs: { role: 'claims' },
        content: CLAIM_TEXTS.map((claim, i) => ({ type: 'claim', attrs: { id: `claim-${i + 1}` }, content: text(claim) })),
      },
      { type: 'section', attrs: { field: 'abstract' }, content: [paragraph(PARAGRAPH)] },
      {
        type: 'section',
        attrs: { field: 'description' },
        content: ['技术领域', '背景技术', '发明内容', '具体实施方式'].flatMap((h) => [heading(h), paragraph(PARAGRAPH)]),
      },
    ],
  }
}

/** The first update of every benchmark document (a fresh claim set). */
export function claimSetUpdate(): Uint8Array {
  return contentToUpdate('claims', claimSetContent('一种电池包热管理装置'))
}

/** Every text of a document's body, in document order: where editors type. */
export function bodyTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child)
      else if (child instanceof Y.XmlElement) walk(child)
    }
  }
  walk(doc.getXmlFragment(BODY_FIELD))
  return texts
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run builds the same documents. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CHECK_EVERY = 500
const WORDS = ['冷却', '流道', '传感器', '电芯', 'module', 'coolant', 'housing', '温度', 'plate', '控制']

/**
 * A document grown by three authors editing at random places (words typed, some deleted) until
 * its encoded state reaches `bytes`: what a long-lived draft looks like to a joining client.
 */
export function editedDocumentState(bytes: number): Uint8Array {
  // Growing 5 MB takes about 25 s: scenarios that want the same size share one.
  let state = editedStates.get(bytes)
  if (!state) editedStates.set(bytes, (state = growEditedDocument(bytes)))
  return state
}

const editedStates = new Map<number, Uint8Array>()

function growEditedDocument(bytes: number): Uint8Array {
  const random = seededRandom(7)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, claimSetUpdate())
  const authors = [101, 102, 103]
  // Encoding the whole state to measure it costs more as the document grows: measured every 500
  // rounds near the target, and from afar only as often as the growth so far says is needed.
  let nextCheck = 0
  for (let round = 0; round < 10_000_000; round++) {
    if (round === nextCheck) {
      const size = Y.encodeStateAsUpdate(doc).byteLength
      if (size >= bytes) break
      const roundsLeft = round === 0 ? 0 : ((bytes - size) / size) * round
      nextCheck = round + Math.max(CHECK_EVERY, Math.floor((roundsLeft * 0.8) / CHECK_EVERY) * CHECK_EVERY)
    }
    doc.clientID = authors[round % authors.length]!
    const texts = bodyTexts(doc)
    const text = texts[Math.floor(random() * texts.length)]!
    const at = Math.floor(random() * (text.length + 1))
    if (random() < 0.15 && text.length > 20) text.delete(Math.min(at, text.length - 3), 3)
    else text.insert(at, WORDS[Math.floor(random() * WORDS.length)]!)
  }
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}

/**
 * The update log of a document typed one keystroke per update — `count` updates after the first
 * — as a server that appends every update stores it.
 */
export function keystrokeLog(count: number): Uint8Array[] {
  const random = seededRandom(11)
  const doc = new Y.Doc()
  doc.clientID = 201
  const updates: Uint8Array[] = [claimSetUpdate()]
  Y.applyUpdate(doc, updates[0]!)
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const texts = bodyTexts(doc)
  let text = texts[0]!
  let at = 0
  for (let i = 0; i < count; i++) {
    // An author types runs of a few dozen characters, then moves to another place.
    if (i % 40 === 0) {
      text = texts[Math.floor(random() * texts.length)]!
      at = Math.floor(random() * (text.length + 1))
    }
    if (i % 10 === 9) text.delete(--at, 1)
    else text.insert(at++, WORDS[i % WORDS.length]!.charAt(0))
  }
  doc.destroy()
  return updates
}

/** One update holding everything in a log: what a server that stores whole states keeps. */
export function mergedState(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update)
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}
