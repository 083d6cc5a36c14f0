import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { claimList, documentTitle, patentDocument, section } from './documentBuilders'
import { pastedAsLines } from './PastedLines'
import { buildDocument } from './testing'

const { doc, schema } = buildDocument('claims', patentDocument(documentTitle('Sensor'), claimList(['A sensor, ', 'A probe.']), section('abstract'), section('description')))

/** The editor with the caret at the end of the first block named `type`. */
function caretAtEndOf(type: string): EditorState {
  let at = -1
  doc.descendants((node, pos) => {
    if (at < 0 && node.type.name === type) at = pos + 1 + node.content.size
  })
  return EditorState.create({ doc, selection: TextSelection.create(doc, at) })
}

const p = (...content: ProseMirrorNode[]) => schema.nodes.paragraph!.create(null, content)
const bold = (value: string) => schema.text(value, [schema.marks.bold!.create()])
/** Blocks as the clipboard gives them: open at both ends, so that the first and last join the text pasted into. */
const blocks = (...nodes: ProseMirrorNode[]) => new Slice(Fragment.from(nodes), 1, 1)

/** What the paste leaves where the caret is: the text pasted into with the slice in place of the selection. */
function afterPaste(state: EditorState, slice: Slice): string[] {
  const after = state.apply(state.tr.replaceSelection(pastedAsLines(state, slice)))
  return [after.doc.child(0).textContent, ...readClaims(after.doc)]
}

const readClaims = (node: ProseMirrorNode) => {
  const claims: string[] = []
  node.child(1).forEach((claim) => claims.push(claim.textBetween(0, claim.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''))))
  return claims
}

describe('pasting blocks into a claim or the title', () => {
  it('puts paragraphs pasted into a claim into that claim, one a line, without their formatting', () => {
    const state = caretAtEndOf('claim')
    const slice = pastedAsLines(state, blocks(p(schema.text('wherein:')), p(schema.text('a '), bold('probe'), schema.text(';')), p(schema.text('a layer.'))))
    expect(slice.openStart).toBe(0)
    expect(afterPaste(state, slice)).toEqual(['Sensor', 'A sensor, wherein:\na probe;\na layer.', 'A probe.'])
    let marked = false
    slice.content.descendants((node) => void (marked ||= node.marks.length > 0))
    expect(marked).toBe(false)
  })

  it('makes a pasted heading and the lines of a pasted list lines of the claim, and leaves out empty paragraphs', () => {
    const state = caretAtEndOf('claim')
    const item = (value: string) => schema.nodes.listItem!.create(null, p(schema.text(value)))
    const slice = blocks(
      schema.nodes.heading!.create({ level: 3 }, schema.text('comprising:')),
      p(),
      schema.nodes.bulletList!.create(null, [item('a probe;'), item('a layer.')]),
    )
    expect(afterPaste(state, slice)).toEqual(['Sensor', 'A sensor, comprising:\na probe;\na layer.', 'A probe.'])
  })

  it('joins paragraphs pasted into the title, which has no line breaks, by a space', () => {
    expect(afterPaste(caretAtEndOf('documentTitle'), blocks(p(schema.text(' for a')), p(bold('probe'))))[0]).toBe('Sensor for a probe')
  })

  it('leaves claims copied from claims, and paragraphs pasted into a section, to the normal paste', () => {
    const claims = new Slice(Fragment.from([schema.nodes.claim!.create(null, schema.text('X.')), schema.nodes.claim!.create(null, schema.text('Y.'))]), 1, 1)
    expect(pastedAsLines(caretAtEndOf('claim'), claims)).toBe(claims)
    const paragraphs = blocks(p(schema.text('A sensor.')), p(schema.text('It has a probe.')))
    expect(pastedAsLines(caretAtEndOf('paragraph'), paragraphs)).toBe(paragraphs)
  })
})
