import { Fragment, Slice } from '@tiptap/pm/model'
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { contentToUpdate, schemaFor } from '../server/documents/documentContent'
import { BODY_FIELD } from '../shared/editor/documentExtensions'
import { documentTemplate } from '../shared/editor/documentTemplate'

const schema = schemaFor('disclosure')

/** Types `text` at the end of the document's first paragraph, as the editor's sync writes it to Yjs. */
function typeIntoFirstParagraph(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(BODY_FIELD)
  const body = yXmlFragmentToProseMirrorRootNode(fragment, schema)
  let end = -1
  body.descendants((node, pos) => {
    if (end < 0 && node.type.name === 'paragraph') end = pos + 1 + node.content.size
    return end < 0
  })
  const typed = body.replace(end, end, new Slice(Fragment.from(schema.text(text)), 0, 0))
  updateYFragment(doc, fragment, typed, { mapping: new Map(), isOMark: new Map() })
}

function firstParagraph(doc: Y.Doc): string {
  let text: string | null = null
  yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schema).descendants((node) => {
    if (text === null && node.type.name === 'paragraph') text = node.textContent
    return text === null
  })
  return text ?? ''
}

describe('two people typing at once into an empty field of a new document', () => {
  it('keeps every character once', () => {
    const created = contentToUpdate('disclosure', documentTemplate('disclosure', 'CN', '覆冰监测'))
    const [agent, inventor] = [new Y.Doc(), new Y.Doc()]
    for (const doc of [agent, inventor]) Y.applyUpdate(doc, created)
    const exchange = () => {
      Y.applyUpdate(agent, Y.encodeStateAsUpdate(inventor))
      Y.applyUpdate(inventor, Y.encodeStateAsUpdate(agent))
    }
    for (const [mine, theirs] of [['a', '0'], ['b', '1'], ['c', '2']] as const) {
      typeIntoFirstParagraph(agent, mine)
      typeIntoFirstParagraph(inventor, theirs)
      exchange()
    }
    const text = firstParagraph(agent)
    expect(firstParagraph(inventor)).toBe(text)
    expect([...text].sort().join('')).toBe('012abc')
  })
})
