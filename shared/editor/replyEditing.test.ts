import { EditorState } from '@tiptap/pm/state'
import { getSchema } from '@tiptap/core'
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import { readClaimChart, writeClaimChart } from './claimChart'
import { claimList, documentTitle, objection, objectionList, officeAction, patentDocument, section } from './documentBuilders'
import { BODY_FIELD, documentExtensions } from './documentExtensions'
import { documentTemplate } from './documentTemplate'
import { readPatentDocument } from './readPatentDocument'
import { addCitedDocument, addObjection, moveReplyItem, removeReplyItem } from './replyEditing'
import { buildDocument } from './testing'

function reply(cited: string[], objections: { cited: string; ground?: string; chart?: string }[]) {
  const { doc } = buildDocument(
    'oa-reply',
    patentDocument(
      documentTitle('覆冰监测装置'),
      officeAction('first', '2026-09-01', cited.map((number) => ({ number }))),
      {
        type: 'objectionList',
        content: objections.map((o) => {
          const node = objection({ claims: '1', ground: o.ground ?? 'A22.3', cited: o.cited, argument: [] })
          return { ...node, attrs: { ...node.attrs, chart: o.chart ?? '' } }
        }),
      },
      section('summary'),
      section('amendments'),
      claimList(['一种装置。'], 'amended'),
    ),
  )
  return EditorState.create({ doc })
}

const content = (state: EditorState) => readPatentDocument(state.doc)
const citedNumbers = (state: EditorState) => content(state).officeAction!.citedDocuments.map((d) => d.number)
const citedOf = (state: EditorState) => content(state).objections.map((o) => o.cited)

/** The document position of the n-th child (from 0) of the first top-level node of a type. */
function childPos(state: EditorState, parentType: string, index: number): number {
  let found = -1
  state.doc.forEach((node, offset) => {
    if (node.type.name !== parentType || found >= 0) return
    let pos = offset + 1
    for (let i = 0; i < index; i++) pos += node.child(i).nodeSize
    found = pos
  })
  return found
}

describe('editing a reply', () => {
  it('starts a new reply with a blank office action, no objections, and the examined claims to amend', () => {
    const baseline = { source: '权利要求书', claims: [{ id: 'c1', text: '一种装置，包括支架。' }, { id: 'c2', text: '根据权利要求1所述的装置。' }] }
    const { doc } = buildDocument('oa-reply', documentTemplate('oa-reply', 'CN', '覆冰监测装置', baseline))
    const read = readPatentDocument(doc)
    expect(read.officeAction?.citedDocuments).toEqual([])
    expect(read.objections).toEqual([])
    expect(read.claimLists[0]!.claims.map((c) => [c.id, c.text])).toEqual([
      ['c1', '一种装置，包括支架。'],
      ['c2', '根据权利要求1所述的装置。'],
    ])
    expect(read.claimLists[0]!.baseline).toEqual(baseline)
  })

  it('adds a cited document with the caret in its title, so typing lands there and not in the invention title', () => {
    const state = reply([], [])
    const added = state.apply(addCitedDocument(state)!)
    const typed = added.apply(added.tr.insertText('一种覆冰监测系统'))
    expect(content(typed).officeAction!.citedDocuments).toEqual([{ number: '', title: '一种覆冰监测系统', passages: '', pos: expect.any(Number) }])
    expect(content(typed).title.text).toBe('覆冰监测装置')
  })

  it('adds an objection whose argument takes the caret', () => {
    const state = reply([], [])
    const added = state.apply(addObjection(state, 'A22.2')!)
    const typed = added.apply(added.tr.insertText('D1未公开风载补偿。'))
    expect(content(typed).objections.map((o) => [o.ground, o.argument])).toEqual([['A22.2', 'D1未公开风载补偿。']])
  })

  it('relabels the objections citing a cited document when it moves', () => {
    const state = reply(['CN1', 'CN2', 'CN3'], [{ cited: 'D1, D3' }, { cited: 'D2' }])
    const moved = state.apply(moveReplyItem(state, childPos(state, 'officeAction', 0), 'down')!)
    expect(citedNumbers(moved)).toEqual(['CN2', 'CN1', 'CN3'])
    expect(citedOf(moved)).toEqual(['D2, D3', 'D1'])
  })

  it('keeps every objection on the same documents when one is moved, and lists them in order', () => {
    // The second action's D3 put first, then back: objection 1 cites all three, objection 2 D3 alone.
    const state = reply(['US 9,111,111 B2', 'US2019/0123456A1', 'CN 110987654 A'], [{ cited: 'D1, D2, D3' }, { cited: 'D3' }])
    const up = state.apply(moveReplyItem(state, childPos(state, 'officeAction', 2), 'up')!)
    const top = up.apply(moveReplyItem(up, childPos(up, 'officeAction', 1), 'up')!)
    expect(citedNumbers(top)).toEqual(['CN 110987654 A', 'US 9,111,111 B2', 'US2019/0123456A1'])
    // Objection 2 still cites CN 110987654 A, now D1; objection 1's list reads in order, not "D2, D3, D1".
    expect(citedOf(top)).toEqual(['D1, D2, D3', 'D1'])
    const down = top.apply(moveReplyItem(top, childPos(top, 'officeAction', 0), 'down')!)
    const back = down.apply(moveReplyItem(down, childPos(down, 'officeAction', 1), 'down')!)
    expect(citedNumbers(back)).toEqual(['US 9,111,111 B2', 'US2019/0123456A1', 'CN 110987654 A'])
    expect(citedOf(back)).toEqual(['D1, D2, D3', 'D3'])
  })

  it('keeps the separator an objection lists its documents with', () => {
    const state = reply(['CN1', 'CN2', 'CN3'], [{ cited: 'D1、D2、D3' }, { cited: '对比文件3' }])
    const moved = state.apply(moveReplyItem(state, childPos(state, 'officeAction', 2), 'up')!)
    expect(citedOf(moved)).toEqual(['D1、D2、D3', 'D2'])
  })

  it('moves a claim chart\'s columns and closest prior art with the documents', () => {
    const chart = writeClaimChart({
      claim: 1,
      closest: 3,
      features: ['支架', '拉力传感器'],
      cells: { '0:3': { state: 'disclosed', passage: '[0012]' }, '1:1': { state: 'partly', passage: '图2' } },
      problem: '',
      problemPassage: '',
    })
    const state = reply(['CN1', 'CN2', 'CN3'], [{ cited: 'D1, D3', chart }])
    const moved = state.apply(moveReplyItem(state, childPos(state, 'officeAction', 2), 'up')!)
    const chartOf = (s: EditorState) => readClaimChart(s.doc.child(2).child(0).attrs.chart)
    expect(chartOf(moved)).toMatchObject({ closest: 2, cells: { '0:2': { state: 'disclosed', passage: '[0012]' }, '1:1': { state: 'partly', passage: '图2' } } })
    const removed = moved.apply(removeReplyItem(moved, childPos(moved, 'officeAction', 1))!)
    expect(citedOf(removed)).toEqual(['D1'])
    expect(chartOf(removed)).toMatchObject({ closest: null, cells: { '1:1': { state: 'partly', passage: '图2' } } })
    expect(Object.keys(chartOf(removed).cells)).toEqual(['1:1'])
  })

  it('drops a removed cited document from the objections and shifts the later labels', () => {
    const state = reply(['CN1', 'CN2', 'CN3'], [{ cited: 'D1, D2, D3' }, { cited: 'D2' }])
    const removed = state.apply(removeReplyItem(state, childPos(state, 'officeAction', 1))!)
    expect(citedNumbers(removed)).toEqual(['CN1', 'CN3'])
    expect(citedOf(removed)).toEqual(['D1, D2', ''])
  })

  it('reorders and removes objections', () => {
    const state = reply([], [{ cited: '', ground: 'A22.2' }, { cited: '', ground: 'A26.4' }])
    const moved = state.apply(moveReplyItem(state, childPos(state, 'objectionList', 1), 'up')!)
    expect(content(moved).objections.map((o) => o.ground)).toEqual(['A26.4', 'A22.2'])
    expect(moveReplyItem(moved, childPos(moved, 'objectionList', 0), 'up')).toBeNull()
    const removed = moved.apply(removeReplyItem(moved, childPos(moved, 'objectionList', 0))!)
    expect(content(removed).objections.map((o) => o.ground)).toEqual(['A22.2'])
  })

  it('reads a reply stored before cited documents and claim lists had their new attributes', () => {
    // As the old schema wrote it: cited documents are a line of text, the claim list has no baseline.
    const old = patentDocument(
      documentTitle('Fastener'),
      { type: 'officeAction', attrs: { actionType: 'first', issueDate: '' }, content: [{ type: 'citedDocument', content: [{ type: 'text', text: 'US 1,234,567 (D1)' }] }] },
      objectionList([]),
      { type: 'claimList', attrs: { role: 'amended' }, content: [{ type: 'claim', attrs: { id: 'a' }, content: [{ type: 'text', text: 'A clip.' }] }] },
    )
    const schema = getSchema(documentExtensions('oa-reply'))
    const ydoc = prosemirrorJSONToYDoc(schema, old, BODY_FIELD)
    const read = readPatentDocument(yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(BODY_FIELD), schema))
    expect(read.officeAction?.citedDocuments).toEqual([{ number: '', title: 'US 1,234,567 (D1)', passages: '', pos: expect.any(Number) }])
    expect(read.claimLists[0]!.baseline).toBeNull()
  })
})
