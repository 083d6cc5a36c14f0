import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { pasteClaims } from './ClaimPaste'
import { claimList, documentTitle, patentDocument, section } from './documentBuilders'
import { readPatentDocument } from './readPatentDocument'
import { buildDocument } from './testing'

function stateWithCaretInClaim(claims: string[], claimNumber: number, at: 'start' | 'end' = 'start') {
  const { doc } = buildDocument('claims', patentDocument(documentTitle('T'), claimList(claims), section('abstract'), section('description')))
  const claim = readPatentDocument(doc).claimLists[0]!.claims[claimNumber - 1]!
  const offset = at === 'start' ? 0 : doc.nodeAt(claim.pos)!.content.size
  return EditorState.create({ doc, selection: TextSelection.create(doc, claim.pos + 1 + offset) })
}

const claimTexts = (state: EditorState) => readPatentDocument(state.doc).claimLists[0]!.claims.map((c) => c.text)

/** The number of the claim whose end holds the caret, or 0. */
const caretAtEndOfClaim = (state: EditorState) =>
  readPatentDocument(state.doc).claimLists[0]!.claims.findIndex((c) => c.pos + 1 + state.doc.nodeAt(c.pos)!.content.size === state.selection.head) + 1

describe('pasting numbered claims', () => {
  it('turns a pasted claim set into one claim per number, without the numbers', () => {
    const state = stateWithCaretInClaim([''], 1)
    const tr = pasteClaims(state, '1. A clip comprising:\na spring; and\na hook.\n2. The clip of claim 1, wherein the hook is steel.')
    expect(claimTexts(state.apply(tr!))).toEqual(['A clip comprising:\na spring; and\na hook.', 'The clip of claim 1, wherein the hook is steel.'])
  })

  it('adds pasted claims after a claim that already has text', () => {
    const state = stateWithCaretInClaim(['一种装置。'], 1, 'end')
    const tr = pasteClaims(state, '2、根据权利要求1所述的装置，还包括弹簧。')
    expect(claimTexts(state.apply(tr!))).toEqual(['一种装置。', '根据权利要求1所述的装置，还包括弹簧。'])
  })

  it('puts pasted claims before the claim whose start holds the caret, their references to each other where they land', () => {
    const state = stateWithCaretInClaim(['一种夹具。', '一种夹紧方法。', '根据权利要求1所述的夹具，所述压板为钢板。'], 3)
    const tr = pasteClaims(state, '4. 一种夹紧系统，包括控制器。\n5. 根据权利要求4所述的夹紧系统，其特征在于，所述控制器为PLC。\n6. 根据权利要求1所述的夹紧系统。')
    expect(claimTexts(state.apply(tr!))).toEqual([
      '一种夹具。',
      '一种夹紧方法。',
      '一种夹紧系统，包括控制器。',
      '根据权利要求3所述的夹紧系统，其特征在于，所述控制器为PLC。',
      // Claim 1 is not one of the pasted claims: the paste meant the claim 1 there is.
      '根据权利要求1所述的夹紧系统。',
      '根据权利要求1所述的夹具，所述压板为钢板。',
    ])
  })

  it('replaces every claim a selection across claims touches', () => {
    const state = stateWithCaretInClaim(['一种夹具。', '根据权利要求1所述的夹具。', '根据权利要求2所述的夹具。'], 1)
    const claims = readPatentDocument(state.doc).claimLists[0]!.claims
    const lastEnd = claims[2]!.pos + 1 + state.doc.nodeAt(claims[2]!.pos)!.content.size
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, claims[0]!.pos + 1, lastEnd)))
    const tr = pasteClaims(selected, '1. 一种压板。\n2. 根据权利要求1所述的压板，其为钢板。')
    expect(claimTexts(selected.apply(tr!))).toEqual(['一种压板。', '根据权利要求1所述的压板，其为钢板。'])
  })

  it('replaces the only claim of a set when its whole text is selected, as Ctrl+A selects it', () => {
    const state = stateWithCaretInClaim(['一种夹具。'], 1)
    const claim = readPatentDocument(state.doc).claimLists[0]!.claims[0]!
    const end = claim.pos + 1 + state.doc.nodeAt(claim.pos)!.content.size
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, claim.pos + 1, end)))
    const tr = pasteClaims(selected, '1. 一种压板。\n2. 根据权利要求1所述的压板，其为钢板。')
    expect(claimTexts(selected.apply(tr!))).toEqual(['一种压板。', '根据权利要求1所述的压板，其为钢板。'])
  })

  it('adds pasted claims after a claim when only part of its text is selected', () => {
    const state = stateWithCaretInClaim(['一种夹具。'], 1)
    const claim = readPatentDocument(state.doc).claimLists[0]!.claims[0]!
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, claim.pos + 1, claim.pos + 3)))
    const tr = pasteClaims(selected, '2. 根据权利要求1所述的夹具，其为钢制。')
    expect(claimTexts(selected.apply(tr!))).toEqual(['一种夹具。', '根据权利要求1所述的夹具，其为钢制。'])
  })

  it('leaves the caret at the end of the last pasted claim, wherever the claims go', () => {
    const intoEmpty = stateWithCaretInClaim(['A sensor.', ''], 2)
    expect(caretAtEndOfClaim(intoEmpty.apply(pasteClaims(intoEmpty, '2. The sensor of claim 1.\n3. The sensor of claim 2.')!))).toBe(3)
    const afterText = stateWithCaretInClaim(['A sensor.', 'A probe.'], 1, 'end')
    expect(caretAtEndOfClaim(afterText.apply(pasteClaims(afterText, '2. The sensor of claim 1.')!))).toBe(2)
    const beforeClaim = stateWithCaretInClaim(['A sensor.', 'A probe.'], 2)
    expect(caretAtEndOfClaim(beforeClaim.apply(pasteClaims(beforeClaim, '2. The sensor of claim 1.')!))).toBe(2)
  })

  it('leaves text without claim numbers to the normal paste', () => {
    expect(pasteClaims(stateWithCaretInClaim([''], 1), 'just some words')).toBeNull()
  })
})
