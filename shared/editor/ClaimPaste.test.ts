import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { pasteClaims } from './ClaimPaste'
import { claimList, documentTitle, patentDocument, section, subheading } from './documentBuilders'
import { documentTemplate } from './documentTemplate'
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

  it('turns claims numbered "(1)", "（2）" into one claim each, and leaves steps "(1)" under a claim "1." in it', () => {
    const state = stateWithCaretInClaim([''], 1)
    const tr = pasteClaims(state, '(1) 一种夹具，包括底座。\n（2）根据权利要求1所述的夹具，其特征在于，所述底座为钢制。')
    expect(claimTexts(state.apply(tr!))).toEqual(['一种夹具，包括底座。', '根据权利要求1所述的夹具，其特征在于，所述底座为钢制。'])
    const steps = pasteClaims(state, '1. 一种方法，包括：\n(1) 混合；\n(2) 加热。')
    expect(claimTexts(state.apply(steps!))).toEqual(['一种方法，包括：\n(1) 混合；\n(2) 加热。'])
  })

  it('leaves text without claim numbers to the normal paste', () => {
    expect(pasteClaims(stateWithCaretInClaim([''], 1), 'just some words')).toBeNull()
  })
})

describe('pasting a whole application into the claims', () => {
  const APPLICATION = [
    '权利要求书',
    '1. 一种夹具，包括底座。',
    '2. 根据权利要求1所述的夹具，其特征在于，所述底座为钢制。',
    '说明书摘要',
    '本发明公开了一种夹具，其底座为钢制。',
    '说明书',
    '技术领域',
    '【0001】本发明涉及夹具。',
  ].join('\n')

  /** A claim set with these abstract and description blocks, the caret in its one empty claim. */
  function stateWith(abstract: string[], description: (string | ReturnType<typeof subheading>)[]) {
    const { doc } = buildDocument('claims', patentDocument(documentTitle('T'), claimList(['']), section('abstract', abstract), section('description', description)))
    return EditorState.create({ doc, selection: TextSelection.create(doc, readPatentDocument(doc).claimLists[0]!.claims[0]!.pos + 1) })
  }
  const blocksOf = (state: EditorState, field: string) => {
    const blocks: [string, string][] = []
    state.doc.descendants((node) => {
      if (node.type.name === 'section' && node.attrs.field === field) node.forEach((block) => blocks.push([block.type.name, block.textContent]))
      return node.type.name !== 'section'
    })
    return blocks
  }

  it('puts its claims into claims and its abstract and description into their sections, not into its last claim', () => {
    const state = stateWith([''], [subheading('技术领域'), '', subheading('背景技术'), ''])
    const after = state.apply(pasteClaims(state, APPLICATION)!)
    expect(claimTexts(after)).toEqual(['一种夹具，包括底座。', '根据权利要求1所述的夹具，其特征在于，所述底座为钢制。'])
    expect(blocksOf(after, 'abstract')).toEqual([['paragraph', '本发明公开了一种夹具，其底座为钢制。']])
    // The template's empty headings give way to the pasted description, as a whole description pasted into it does.
    expect(blocksOf(after, 'description')).toEqual([['heading', '技术领域'], ['paragraph', '本发明涉及夹具。']])
    expect(caretAtEndOfClaim(after)).toBe(2)
  })

  it('adds the pasted parts after what is written in their sections, replacing none of it', () => {
    const state = stateWith(['一种旧摘要。'], [subheading('技术领域'), '本发明涉及旧夹具。'])
    const after = state.apply(pasteClaims(state, APPLICATION)!)
    expect(blocksOf(after, 'abstract')).toEqual([['paragraph', '一种旧摘要。'], ['paragraph', '本发明公开了一种夹具，其底座为钢制。']])
    expect(blocksOf(after, 'description')).toEqual([
      ['heading', '技术领域'],
      ['paragraph', '本发明涉及旧夹具。'],
      ['heading', '技术领域'],
      ['paragraph', '本发明涉及夹具。'],
    ])
  })

  it('keeps a part a reply has no section for with the claims, where nothing of it is lost', () => {
    const { doc } = buildDocument('oa-reply', documentTemplate('oa-reply', 'CN', 'T'))
    const claim = readPatentDocument(doc).claimLists[0]!.claims[0]!
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, claim.pos + 1) })
    expect(claimTexts(state.apply(pasteClaims(state, '1. 一种夹具。\n摘要\n本发明公开了一种夹具。')!))).toEqual(['一种夹具。\n摘要\n本发明公开了一种夹具。'])
  })
})
