import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { pasteClaims } from './ClaimPaste'
import { claimList, documentTitle, patentDocument, section } from './documentBuilders'
import { readPatentDocument } from './readPatentDocument'
import { buildDocument } from './testing'

function stateWithCaretInClaim(claims: string[], claimNumber: number) {
  const { doc } = buildDocument('claims', patentDocument(documentTitle('T'), claimList(claims), section('abstract'), section('description')))
  const claim = readPatentDocument(doc).claimLists[0]!.claims[claimNumber - 1]!
  return EditorState.create({ doc, selection: TextSelection.create(doc, claim.pos + 1) })
}

const claimTexts = (state: EditorState) => readPatentDocument(state.doc).claimLists[0]!.claims.map((c) => c.text)

describe('pasting numbered claims', () => {
  it('turns a pasted claim set into one claim per number, without the numbers', () => {
    const state = stateWithCaretInClaim([''], 1)
    const tr = pasteClaims(state, '1. A clip comprising:\na spring; and\na hook.\n2. The clip of claim 1, wherein the hook is steel.')
    expect(claimTexts(state.apply(tr!))).toEqual(['A clip comprising:\na spring; and\na hook.', 'The clip of claim 1, wherein the hook is steel.'])
  })

  it('adds pasted claims after a claim that already has text', () => {
    const state = stateWithCaretInClaim(['一种装置。'], 1)
    const tr = pasteClaims(state, '2、根据权利要求1所述的装置，还包括弹簧。')
    expect(claimTexts(state.apply(tr!))).toEqual(['一种装置。', '根据权利要求1所述的装置，还包括弹簧。'])
  })

  it('leaves text without claim numbers to the normal paste', () => {
    expect(pasteClaims(stateWithCaretInClaim([''], 1), 'just some words')).toBeNull()
  })
})
