import { Fragment, Slice } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { pastedIntoDescription, replacingTemplate } from './DescriptionPaste'
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

describe('pasting a whole description', () => {
  const heading = (text: string) => ({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text }] })
  /** A claim set whose description holds `blocks`, the caret in its first paragraph. */
  function stateWithDescription(blocks: (string | ReturnType<typeof heading>)[]) {
    const { doc } = buildDocument('claims', patentDocument(documentTitle('T'), claimList(['A clip.']), section('abstract'), section('description', blocks)))
    let at = 0
    doc.descendants((node, pos) => {
      if (at === 0 && node.type.name === 'paragraph' && doc.resolve(pos).parent.attrs.field === 'description') at = pos + 1
    })
    return EditorState.create({ doc, selection: TextSelection.create(doc, at) })
  }
  const descriptionBlocks = (state: EditorState) => {
    const blocks: [string, string][] = []
    state.doc.descendants((node) => {
      if (node.type.name !== 'section') return true
      if (node.attrs.field === 'description') node.forEach((block) => blocks.push([block.type.name, block.textContent]))
      return false
    })
    return blocks
  }
  const paste = (state: EditorState, lines: string[]) => {
    const { schema } = state
    const slice = pastedIntoDescription(state, new Slice(Fragment.from(lines.map((line) => schema.nodes.paragraph!.create(null, schema.text(line)))), 1, 1))
    const tr = replacingTemplate(state, slice)
    return tr ? descriptionBlocks(state.apply(tr)) : null
  }
  const WHOLE = ['技术领域', '本发明涉及电池包。', '背景技术', '现有电池包散热差。']

  it('replaces a template that holds only its headings, instead of leaving them empty beside the pasted ones', () => {
    const template = stateWithDescription([heading('技术领域'), '', heading('背景技术'), ''])
    expect(paste(template, WHOLE)).toEqual([
      ['heading', '技术领域'],
      ['paragraph', '本发明涉及电池包。'],
      ['heading', '背景技术'],
      ['paragraph', '现有电池包散热差。'],
    ])
  })

  it('leaves a description with text, and a paste of one part, to go where the caret is', () => {
    expect(paste(stateWithDescription([heading('技术领域'), '本发明涉及夹具。']), WHOLE)).toBeNull()
    expect(paste(stateWithDescription([heading('技术领域'), '', heading('背景技术'), '']), ['背景技术', '现有电池包散热差。'])).toBeNull()
  })
})
