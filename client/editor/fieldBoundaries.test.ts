import { Slice } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import { claimList, documentTitle, objectionList, officeAction, paragraph, patentDocument, section } from '../../shared/editor/documentBuilders'
import { fieldOutline } from '../../shared/editor/documentFields'
import { addObjection, removeReplyItem } from '../../shared/editor/replyEditing'
import { buildDocument } from '../../shared/editor/testing'
import { fieldBoundaryPlugin } from './fieldBoundaries'

const disclosure = patentDocument(
  documentTitle('拉力监测装置'),
  section('technicalField', [paragraph('输电线路')]),
  section('background', [paragraph('现有技术'), paragraph('缺点')]),
  section('technicalProblem', [paragraph('覆冰')]),
)

function disclosureState(): EditorState {
  const { doc } = buildDocument('disclosure', disclosure)
  return EditorState.create({ doc, plugins: [fieldBoundaryPlugin()] })
}

/** The position just inside the text of the first paragraph containing `text`, plus `offset`. */
function positionOf(state: EditorState, text: string, offset = 0): number {
  let found = -1
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text) + offset
  })
  if (found < 0) throw new Error(`no text ${text}`)
  return found
}

/** The state after a selection from `anchor` to `head` was made, as the mouse or Shift and the arrows make it. */
const selecting = (state: EditorState, anchor: number, head: number): EditorState =>
  state.applyTransaction(state.tr.setSelection(TextSelection.create(state.doc, anchor, head))).state

/** What the editor makes of a pasted slice. */
function pasted(state: EditorState, slice: Slice): Slice {
  const plugin = state.plugins[0]!
  return plugin.props.transformPasted!.call(plugin, slice, null as never, false) as Slice
}

describe('field boundaries', () => {
  it.each([
    { way: 'forward into the next field, at the end of the first', anchor: ['输电线路', 2], head: ['缺点', 1], kept: '线路' },
    { way: 'backward into the field before, at the start of its own', anchor: ['覆冰', 1], head: ['现有技术', 1], kept: '覆' },
  ] as const)('ends a selection dragged $way', ({ anchor, head, kept }) => {
    const state = disclosureState()
    const from = positionOf(state, anchor[0], anchor[1])
    const after = selecting(state, from, positionOf(state, head[0], head[1]))
    expect(after.selection.anchor).toBe(from)
    expect(after.doc.textBetween(after.selection.from, after.selection.to)).toBe(kept)
  })

  it('leaves a selection within one field, across its paragraphs, as it is', () => {
    const state = disclosureState()
    const from = positionOf(state, '现有技术', 1)
    const to = positionOf(state, '缺点', 1)
    const after = selecting(state, from, to)
    expect([after.selection.from, after.selection.to]).toEqual([from, to])
  })

  it('refuses a local edit that deletes across fields, and lets one within a field through', () => {
    const state = disclosureState()
    const across = state.tr.delete(positionOf(state, '输电线路', 2), positionOf(state, '缺点', 1))
    const refused = state.applyTransaction(across)
    expect(refused.transactions).toHaveLength(0)
    expect(refused.state.doc.eq(state.doc)).toBe(true)

    const within = state.tr.delete(positionOf(state, '现有技术', 2), positionOf(state, '缺点', 1))
    const applied = state.applyTransaction(within).state
    expect(fieldOutline(applied.doc)).toEqual(fieldOutline(state.doc))
    expect(applied.doc.textContent).toContain('现有点')
  })

  it('lets through what the shared document says, even when it removes a field', () => {
    const state = disclosureState()
    const background = state.doc.child(2)
    const start = positionOf(state, '现有技术') - 2
    const remote = state.tr.delete(start, start + background.nodeSize).setMeta(ySyncPluginKey, { isChangeOrigin: true })
    const after = state.applyTransaction(remote).state
    expect(fieldOutline(after.doc)).toEqual(['documentTitle', 'section:technicalField', 'section:technicalProblem'])
  })

  it('lets a reply’s objections be added and removed from their buttons', () => {
    const { doc } = buildDocument(
      'oa-reply',
      patentDocument(
        documentTitle('意见陈述书'),
        officeAction('first', '2026-10-01', ['CN1']),
        objectionList([{ claims: '1', ground: 'novelty', cited: 'D1', argument: ['理由'] }]),
        claimList(['一种装置。']),
      ),
    )
    const state = EditorState.create({ doc, plugins: [fieldBoundaryPlugin()] })
    const added = state.applyTransaction(addObjection(state, 'inventiveness')!).state
    expect(fieldOutline(added.doc).filter((field) => field === 'objection')).toHaveLength(2)
    let objectionAt = -1
    added.doc.descendants((node, pos) => {
      if (objectionAt < 0 && node.type.name === 'objection') objectionAt = pos
      return objectionAt < 0
    })
    const removed = added.applyTransaction(removeReplyItem(added, objectionAt)!).state
    expect(fieldOutline(removed.doc).filter((field) => field === 'objection')).toHaveLength(1)
  })

  it('pastes text copied inside one field into another, over part of it or the whole of it, as text of that field', () => {
    const state = disclosureState()
    // What a copy takes: the text with every node around it (Selection.content()).
    const copied = state.doc.slice(positionOf(state, '现有技术'), positionOf(state, '现有技术', 2), true)
    const at = positionOf(state, '覆冰', 2)
    const after = state.applyTransaction(state.tr.setSelection(TextSelection.create(state.doc, at)).replaceSelection(pasted(state, copied))).state
    expect(fieldOutline(after.doc)).toEqual(fieldOutline(state.doc))
    expect(after.doc.child(3).textContent).toBe('覆冰现有')

    const whole = TextSelection.create(state.doc, positionOf(state, '覆冰'), positionOf(state, '覆冰', 2))
    const replaced = state.applyTransaction(state.tr.setSelection(whole).replaceSelection(pasted(state, copied))).state
    expect(fieldOutline(replaced.doc)).toEqual(fieldOutline(state.doc))
    expect(replaced.doc.child(3).textContent).toBe('现有')
  })

  it('pastes whole sections into a field as their paragraphs', () => {
    const state = disclosureState()
    const sections = state.doc.slice(positionOf(state, '输电线路') - 2, positionOf(state, '缺点') + 4)
    expect(sections.content.childCount).toBe(2)
    const at = positionOf(state, '覆冰', 2)
    const after = state.applyTransaction(state.tr.setSelection(TextSelection.create(state.doc, at)).replaceSelection(pasted(state, sections))).state
    expect(fieldOutline(after.doc)).toEqual(fieldOutline(state.doc))
    expect(after.doc.child(3).textContent).toBe('覆冰输电线路现有技术缺点')
  })
})
