import { Fragment, Slice } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { pastedIntoDescription } from './DescriptionPaste'
import { claimList, documentTitle, patentDocument, section } from './documentBuilders'
import { buildDocument } from './testing'

function stateWithCaretIn(field: 'abstract' | 'description') {
  const { doc } = buildDocument('claims', patentDocument(documentTitle('T'), claimList(['A clip.']), section('abstract'), section('description')))
  let at = 0
  doc.descendants((node, pos) => {
    if (node.type.name === 'section' && node.attrs.field === field) at = pos + 2
  })
  return EditorState.create({ doc, selection: TextSelection.create(doc, at) })
}

const pasted = (state: EditorState, lines: string[]) => {
  const { schema } = state
  const slice = new Slice(Fragment.from(lines.map((line) => schema.nodes.paragraph!.create(null, line ? schema.text(line) : null))), 1, 1)
  const result = pastedIntoDescription(state, slice)
  const blocks: [string, string][] = []
  result.content.forEach((node) => blocks.push([node.type.name, node.textContent]))
  return blocks
}

describe('pasting into a description', () => {
  it('drops the office’s paragraph numbers and makes the parts’ headings headings', () => {
    expect(pasted(stateWithCaretIn('description'), ['[0001] BACKGROUND', '[0002] A device 100 is known.', '【0003】技术领域', '【0004】本发明涉及夹具。'])).toEqual([
      ['heading', 'BACKGROUND'],
      ['paragraph', 'A device 100 is known.'],
      ['heading', '技术领域'],
      ['paragraph', '本发明涉及夹具。'],
    ])
  })

  it('leaves a paste elsewhere, and a paragraph that only mentions a heading’s word, as they are', () => {
    expect(pasted(stateWithCaretIn('abstract'), ['[0001] BACKGROUND'])).toEqual([['paragraph', '[0001] BACKGROUND']])
    expect(pasted(stateWithCaretIn('description'), ['The background of the clip is plain.'])).toEqual([['paragraph', 'The background of the clip is plain.']])
  })
})
