import { EditorState, TextSelection } from '@tiptap/pm/state'
import {
  absolutePositionToRelativePosition,
  initProseMirrorDoc,
  prosemirrorJSONToYDoc,
  relativePositionToAbsolutePosition,
  updateYFragment,
} from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { claimList, documentTitle, patentDocument, section } from '../../shared/editor/documentBuilders'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { moveClaim } from '../../shared/editor/moveClaim'
import { buildDocument } from '../../shared/editor/testing'
import { anchoredTextState, claimIdAt, decodeAnchorPosition, encodeAnchorPosition, resolveAnchor, type TextAnchor } from '../../shared/review/anchor'

const CLAIMS = [
  '一种监测装置，包括夹持座和处理单元。',
  '根据权利要求1所述的监测装置，其特征在于，还包括倾角传感器。',
  '根据权利要求1所述的监测装置，其特征在于，还包括拉力传感器。',
]
const QUOTE = '倾角传感器'

/** Two replicas of one claim set, as two editors hold it. */
function replicas() {
  const content = patentDocument(documentTitle('监测装置'), claimList(CLAIMS), section('abstract'), section('description'))
  const { schema } = buildDocument('claims', content)
  const a = prosemirrorJSONToYDoc(schema, content, BODY_FIELD)
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return { schema, a, b }
}

/** An anchor on the first occurrence of `quote`, made as the editor makes it. */
function anchorOn(doc: Y.Doc, schema: ReturnType<typeof replicas>['schema'], quote: string): TextAnchor {
  const fragment = doc.getXmlFragment(BODY_FIELD)
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema)
  let from = -1
  pm.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(quote)) from = pos + node.text!.indexOf(quote)
    return from < 0
  })
  const to = from + quote.length
  return {
    from: encodeAnchorPosition(absolutePositionToRelativePosition(from, fragment, mapping)),
    to: encodeAnchorPosition(absolutePositionToRelativePosition(to, fragment, mapping)),
    claimId: claimIdAt(pm, from) ?? undefined,
    quote,
  }
}

/** Where an anchor is in a replica now, read as the editor reads it, and how its text stands. */
function resolved(doc: Y.Doc, schema: ReturnType<typeof replicas>['schema'], anchor: TextAnchor) {
  const fragment = doc.getXmlFragment(BODY_FIELD)
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema)
  const range = resolveAnchor(anchor, pm, (encoded) =>
    relativePositionToAbsolutePosition(doc, fragment, decodeAnchorPosition(encoded), mapping),
  )
  return { range, text: range && pm.textBetween(range.from, range.to), state: anchoredTextState(anchor, pm, range) }
}

/** The text an anchor covers in a replica now. */
const anchoredText = (doc: Y.Doc, schema: ReturnType<typeof replicas>['schema'], anchor: TextAnchor) => resolved(doc, schema, anchor).text

const exchange = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('comment anchors', () => {
  it('keep covering their text through concurrent edits before and inside the claim', () => {
    const { schema, a, b } = replicas()
    const anchor = anchorOn(a, schema, QUOTE)
    const claim2 = (doc: Y.Doc) => ((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlText
    // Concurrently: one editor writes at the start of claim 2, the other at the start of the document's title.
    claim2(b).insert(0, '（修改）')
    ;((a.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, '新')
    claim2(a).insert(claim2(a).length, '补充。')
    exchange(a, b)
    expect(anchoredText(a, schema, anchor)).toBe(QUOTE)
    expect(anchoredText(b, schema, anchor)).toBe(QUOTE)
  })

  it('follow their claim when the claim is moved, which deletes and re-inserts it', () => {
    const { schema, a, b } = replicas()
    const anchor = anchorOn(a, schema, QUOTE)
    const fragment = a.getXmlFragment(BODY_FIELD)
    const { doc: pm, meta } = initProseMirrorDoc(fragment, schema)
    let inClaim2 = -1
    pm.descendants((node, pos) => {
      if (inClaim2 < 0 && node.isText && node.text!.includes(QUOTE)) inClaim2 = pos + 1
      return inClaim2 < 0
    })
    const state = EditorState.create({ doc: pm, selection: TextSelection.create(pm, inClaim2) })
    const moved = moveClaim(state, 'down')!
    updateYFragment(a, fragment, moved.doc, meta)
    // Meanwhile the other editor edits the same claim before the quote.
    const claim2 = ((b.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlText
    claim2.insert(0, '优选地，')
    exchange(a, b)

    const { doc: after } = initProseMirrorDoc(a.getXmlFragment(BODY_FIELD), schema)
    const claims: string[] = []
    after.descendants((node) => (node.type.name === 'claim' ? (claims.push(node.textContent), false) : true))
    expect(claims[2]).toContain(QUOTE)
    expect(anchoredText(a, schema, anchor)).toBe(QUOTE)
    expect(anchoredText(b, schema, anchor)).toBe(QUOTE)
  })

  it('are gone when their text is deleted outside a claim', () => {
    const { schema, a } = replicas()
    const anchor = anchorOn(a, schema, '监测装置')
    expect(anchor.claimId).toBeUndefined()
    const title = (a.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText
    title.delete(0, title.length)
    expect(anchoredText(a, schema, anchor) ?? '').toBe('')
  })

  it('say so when their text in a claim was typed over or deleted, and point where it was rather than at the whole claim', () => {
    const { schema, a, b } = replicas()
    const anchor = anchorOn(a, schema, QUOTE)
    const claim2 = (doc: Y.Doc) => ((doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlText
    const at = claim2(b).toString().indexOf(QUOTE)
    // Part of it typed over: the range covers the new words too, and is shown as changed.
    claim2(b).delete(at, 2)
    claim2(b).insert(at, '角度')
    exchange(a, b)
    expect(resolved(a, schema, anchor)).toMatchObject({ text: '角度传感器', state: 'changed' })
    // All of it deleted: an empty range where it was, for every replica alike.
    claim2(a).delete(claim2(a).toString().indexOf('角度'), '角度传感器'.length)
    exchange(a, b)
    for (const doc of [a, b]) {
      const { range, state } = resolved(doc, schema, anchor)
      expect(state).toBe('gone')
      expect(range!.to).toBe(range!.from)
    }
    expect(resolved(a, schema, anchor).range).toEqual(resolved(b, schema, anchor).range)
  })
})
