import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { analyzePatentDocument } from './analyzePatentDocument'
import { claimNumberingPlugin } from './ClaimNumbering'
import { claimList, documentTitle, patentDocument, section } from './documentBuilders'
import { pasteClaims } from './ClaimPaste'
import { moveClaim } from './moveClaim'
import { removeEmptyClaimBefore } from './removeEmptyClaim'
import { readPatentDocument } from './readPatentDocument'
import { buildDocument } from './testing'

function claimSet(claims: string[]) {
  const { doc } = buildDocument('claims', patentDocument(documentTitle('T'), claimList(claims), section('abstract'), section('description')))
  return EditorState.create({ doc, plugins: [claimNumberingPlugin()] })
}

const texts = (doc: ProseMirrorNode) => readPatentDocument(doc).claimLists[0]!.claims.map((c) => c.text)
const claimAt = (doc: ProseMirrorNode, number: number) => readPatentDocument(doc).claimLists[0]!.claims[number - 1]!

/** Moves claim `from` to sit before claim `before` (numbers as they are now). */
function moveClaimBefore(state: EditorState, from: number, before: number): Transaction {
  const source = claimAt(state.doc, from)
  const node = state.doc.nodeAt(source.pos)!
  const target = claimAt(state.doc, before).pos
  const tr = state.tr.delete(source.pos, source.pos + node.nodeSize)
  return tr.insert(tr.mapping.map(target), node)
}

/** The checker's findings on lost references: claim, the reference, the Chinese or English message. */
function lostFindings(doc: ProseMirrorNode): [number | null, string, string][] {
  const jurisdiction = 'CN'
  const claims = readPatentDocument(doc).claimLists[0]!.claims
  return analyzePatentDocument(doc, 'claims', jurisdiction).findings
    .filter((finding) => finding.rule === 'claims.reference-missing' && finding.severity === 'warning')
    .map((finding) => {
      const text = claims[finding.claim! - 1]!.text
      return [finding.claim, text.slice(finding.start, finding.end), /[a-z]/.test(text) ? finding.message.en : finding.message['zh-CN']]
    })
}

function deleteClaim(state: EditorState, number: number): Transaction {
  const claim = claimAt(state.doc, number)
  return state.tr.delete(claim.pos, claim.pos + state.doc.nodeAt(claim.pos)!.nodeSize)
}

describe('claim numbering', () => {
  it('makes a reference follow its claim when claims are reordered', () => {
    const state = claimSet(['一种装置，包括支架。', '根据权利要求1所述的装置，还包括弹簧。', '根据权利要求2所述的装置，所述弹簧为钢制。'])
    const after = state.apply(moveClaimBefore(state, 3, 2))
    expect(texts(after.doc)).toEqual(['一种装置，包括支架。', '根据权利要求3所述的装置，所述弹簧为钢制。', '根据权利要求1所述的装置，还包括弹簧。'])
  })

  it('renumbers references when a claim is deleted, keeping a range over the claims that remain', () => {
    const state = claimSet([
      'A device comprising a frame.',
      'The device of claim 1, further comprising a spring.',
      'The device of claim 1, wherein the frame is steel.',
      'The device of any one of claims 1 to 3, wherein the frame is red.',
      'The device of claim 3 or 4, wherein the frame is round.',
    ])
    const after = state.apply(deleteClaim(state, 2))
    expect(texts(after.doc)).toEqual([
      'A device comprising a frame.',
      'The device of claim 1, wherein the frame is steel.',
      'The device of any one of claims 1 to 2, wherein the frame is red.',
      'The device of claim 2 or 3, wherein the frame is round.',
    ])
  })

  it('grows a range over a claim added among its claims, and renumbers the references after it', () => {
    const state = claimSet([
      '一种装置，包括支架。',
      '根据权利要求1所述的装置，还包括弹簧。',
      '根据权利要求1所述的装置，所述支架为钢制。',
      '一种方法，使用权利要求1-3中任一项所述的装置。',
      '根据权利要求4所述的方法，还包括加热。',
    ])
    const second = claimAt(state.doc, 2)
    const added = state.schema.nodes.claim!.create(null, state.schema.text('根据权利要求1所述的装置，所述弹簧为钢制。'))
    const after = state.apply(state.tr.insert(second.pos + state.doc.nodeAt(second.pos)!.nodeSize, added))
    expect(texts(after.doc).slice(3)).toEqual(['根据权利要求1所述的装置，所述支架为钢制。', '一种方法，使用权利要求1-4中任一项所述的装置。', '根据权利要求5所述的方法，还包括加热。'])
  })

  it('writes a range out as the claims it meant once another claim moved in among them', () => {
    const state = claimSet(['A device.', 'The device of claim 1, red.', 'The device of claim 1, blue.', 'A method using the device of any one of claims 1 to 3.'])
    const after = state.apply(moveClaimBefore(state, 4, 2))
    expect(texts(after.doc)[1]).toBe('A method using the device of any one of claims 1, 3 and 4.')
  })

  it('follows a two-claim range "1-2" as a range, and writes it out when a claim of another category moves between', () => {
    const state = claimSet(['一种方法，包括A。', '根据权利要求1所述的方法，其中A为B。', '一种装置，包括C。', '一种介质，存储实现权利要求1-2任一项所述的方法的程序。'])
    const moved = state.apply(moveClaimBefore(state, 3, 2))
    expect(texts(moved.doc)[3]).toBe('一种介质，存储实现权利要求1或3任一项所述的方法的程序。')
    const inserted = state.apply(state.tr.insert(claimAt(state.doc, 1).pos, state.schema.nodes.claim!.create(null, state.schema.text('一种系统。'))))
    expect(texts(inserted.doc)[4]).toBe('一种介质，存储实现权利要求2-3任一项所述的方法的程序。')
  })

  it('keeps the runs of a long range when one claim moves out of it: "1 to 7" → "1 to 6 and 8"', () => {
    const methods = ['A method comprising A.', ...[1, 2, 3, 4, 5].map((n) => `The method of claim ${n}, with ${n}.`)]
    const state = claimSet([...methods, 'The method of claim 6, with 6.', 'A system comprising S.', 'A medium storing a program for the method of any one of claims 1 to 7.'])
    const after = state.apply(moveClaimBefore(state, 8, 7))
    expect(texts(after.doc)[8]).toBe('A medium storing a program for the method of any one of claims 1 to 6 and 8.')
  })

  it('leaves a reference to a deleted claim as written for the checker to flag', () => {
    const state = claimSet(['一种装置。', '根据权利要求1所述的装置，还包括弹簧。', '根据权利要求2所述的装置，所述弹簧为钢制。'])
    const after = state.apply(deleteClaim(state, 2))
    expect(texts(after.doc)[1]).toBe('根据权利要求2所述的装置，所述弹簧为钢制。')
    // It now names itself: an error, said with its reason rather than as a self-reference typed.
    expect(claimAt(after.doc, 2).lostReferences).toEqual([{ claim: claimAt(after.doc, 2).id, was: 2 }])
    const findings = analyzePatentDocument(after.doc, 'claims', 'CN').findings.filter((f) => f.claim === 2 && f.rule.startsWith('claims.reference'))
    expect(findings.map((f) => [f.rule, f.severity, f.message['zh-CN']])).toEqual([
      ['claims.reference-missing', 'error', '原先引用的权利要求2已被删除，现在的权利要求2是本项权利要求自身'],
    ])
  })

  it('remembers a reference whose claim was deleted and now names an earlier claim, for the checker to flag', () => {
    const state = claimSet(['一种装置，包括支架。', '根据权利要求1所述的装置，还包括弹簧。', '根据权利要求1所述的装置，还包括底座。', '根据权利要求2所述的装置，所述弹簧为钢制。'])
    const after = state.apply(deleteClaim(state, 2))
    expect(texts(after.doc)[2]).toBe('根据权利要求2所述的装置，所述弹簧为钢制。')
    expect(claimAt(after.doc, 3).lostReferences).toEqual([{ claim: claimAt(after.doc, 2).id, was: 2 }])
    expect(lostFindings(after.doc)).toEqual([[3, '权利要求2', '原先引用的权利要求2已被删除，现在的权利要求2是另一项权利要求']])
  })

  it('keeps a lost reference with the claim it names when claims are inserted before it', () => {
    const state = claimSet(['A device.', 'The device of claim 1, red.', 'The device of claim 1, blue.', 'The device of claim 2, round.'])
    const deleted = state.apply(deleteClaim(state, 2))
    const first = claimAt(deleted.doc, 1)
    const inserted = deleted.apply(deleted.tr.insert(first.pos, deleted.schema.nodes.claim!.create(null, deleted.schema.text('A method.'))))
    expect(texts(inserted.doc)[3]).toBe('The device of claim 3, round.')
    expect(lostFindings(inserted.doc)).toEqual([[4, 'claim 3', 'Claim 2, which this reference named, was deleted; claim 3 is now another claim']])
  })

  it('forgets a lost reference once the reference is rewritten', () => {
    const state = claimSet(['一种装置。', '根据权利要求1所述的装置，红色。', '根据权利要求1所述的装置，蓝色。', '根据权利要求2所述的装置，圆形。'])
    const deleted = state.apply(deleteClaim(state, 2))
    const claim = claimAt(deleted.doc, 3)
    const at = claim.pos + 1 + claim.text.indexOf('2')
    const rewritten = deleted.apply(deleted.tr.insertText('1', at, at + 1))
    expect(claimAt(rewritten.doc, 3).lostReferences).toEqual([])
    expect(lostFindings(rewritten.doc)).toEqual([])
  })

  it('remembers nothing for claims pasted over the whole list', () => {
    const state = claimSet(['A device.', 'The device of claim 1, red.', 'The device of claim 2, blue.'])
    const list = readPatentDocument(state.doc).claimLists[0]!
    const listNode = state.doc.nodeAt(list.pos)!
    const claim = (text: string) => state.schema.nodes.claim!.create(null, state.schema.text(text))
    const pasted = state.apply(state.tr.replaceWith(list.pos + 1, list.pos + listNode.nodeSize - 1, [claim('A lamp.'), claim('The lamp of claim 1.'), claim('The lamp of claim 2.')]))
    expect(readPatentDocument(pasted.doc).claimLists[0]!.claims.map((c) => c.lostReferences)).toEqual([[], [], []])
  })

  it('gives a claim split in two a new id and renumbers the claims after it', () => {
    const state = claimSet(['A device comprising a frame and a spring.', 'The device of claim 1, wherein the spring is steel.'])
    const first = claimAt(state.doc, 1)
    const splitAt = first.pos + 1 + first.text.indexOf(' and a spring')
    const after = state.apply(state.tr.split(splitAt))
    const claims = readPatentDocument(after.doc).claimLists[0]!.claims
    expect(new Set(claims.map((c) => c.id)).size).toBe(3)
    expect(claims[0]!.id).toBe(first.id)
    expect(claims[2]!.text).toBe('The device of claim 1, wherein the spring is steel.')
  })

  it('keeps a claim’s id with its words when Enter at its start splits off an empty claim, and Backspace takes it back', () => {
    const state = claimSet(['A lamp.', 'The lamp of claim 1, red.', 'The lamp of claim 2, bright.'])
    const second = claimAt(state.doc, 2)
    const split = state.apply(state.tr.split(second.pos + 1))
    const claims = readPatentDocument(split.doc).claimLists[0]!.claims
    expect(claims.map((c) => c.text)).toEqual(['A lamp.', '', 'The lamp of claim 1, red.', 'The lamp of claim 3, bright.'])
    expect(claims[2]!.id).toBe(second.id)
    expect(claims[1]!.id).not.toBe(second.id)
    const caretAtStart = split.apply(split.tr.setSelection(TextSelection.create(split.doc, claims[2]!.pos + 1)))
    const back = caretAtStart.apply(removeEmptyClaimBefore(caretAtStart)!)
    expect(readPatentDocument(back.doc).claimLists[0]!.claims.map((c) => [c.id, c.text])).toEqual(
      readPatentDocument(state.doc).claimLists[0]!.claims.map((c) => [c.id, c.text]),
    )
    // Anywhere else Backspace is the editor's own.
    expect(removeEmptyClaimBefore(back.apply(back.tr.setSelection(TextSelection.create(back.doc, claimAt(back.doc, 2).pos + 3))))).toBeNull()
  })

  it('leaves the references of pasted claims as the paste wrote them, and renumbers those of the claims after them', () => {
    const state = claimSet(['一种夹具。', '根据权利要求1所述的夹具。', '一种夹紧方法，使用权利要求2所述的夹具。'])
    const atEnd = claimAt(state.doc, 2)
    const caret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, atEnd.pos + 1 + atEnd.text.length)))
    const pasted = caret.apply(pasteClaims(caret, '3. 一种压板。\n4. 根据权利要求3所述的压板，其为钢板。')!)
    expect(texts(pasted.doc)).toEqual(['一种夹具。', '根据权利要求1所述的夹具。', '一种压板。', '根据权利要求3所述的压板，其为钢板。', '一种夹紧方法，使用权利要求2所述的夹具。'])
  })

  it('does not touch references when nothing moved', () => {
    const state = claimSet(['A device.', 'The device of claim 1.'])
    const claim = claimAt(state.doc, 2)
    const after = state.apply(state.tr.insertText(' Red', claim.pos + 1 + claim.text.length - 1))
    expect(texts(after.doc)[1]).toBe('The device of claim 1 Red.')
  })
})

describe('moving a claim with the keyboard', () => {
  it('swaps a claim with the one above, carrying the caret and renumbering references', () => {
    let state = claimSet(['A device.', 'The device of claim 1, red.', 'The device of claim 2, round.'])
    const third = claimAt(state.doc, 3)
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, third.pos + 3)))
    state = state.apply(moveClaim(state, 'up')!)
    expect(texts(state.doc)).toEqual(['A device.', 'The device of claim 3, round.', 'The device of claim 1, red.'])
    expect(state.selection.$head.parent.textContent).toBe('The device of claim 3, round.')
  })

  it('does nothing at the top of the list', () => {
    const state = claimSet(['A device.', 'The device of claim 1.'])
    const first = claimAt(state.doc, 1)
    const at = state.apply(state.tr.setSelection(TextSelection.create(state.doc, first.pos + 1)))
    expect(moveClaim(at, 'up')).toBeNull()
  })
})
