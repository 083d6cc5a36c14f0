import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { contentToUpdate } from '../server/documents/documentContent'
import { schemaFor } from '../shared/editor/documentBody'
import type { DocumentId } from '../shared/domain/ids'
import { BODY_FIELD } from '../shared/editor/documentExtensions'
import { documentTemplate } from '../shared/editor/documentTemplate'
import { keepTextInNewEmptyBlocks } from '../shared/editor/textInEmptyBlocks'
import { createDocument, createMatter, createUser } from './support/factories'
import { connectClient, editStoredDocument, eventually, storedDocument, whenSynced } from './support/syncClient'
import { startTestServer, type TestServer } from './support/testServer'

const schema = schemaFor('disclosure')

/** The end of the content of the document's paragraph number `index` (from 0). */
function paragraphEnd(body: ProseMirrorNode, index: number): number {
  let seen = 0
  let end = -1
  body.descendants((node, pos) => {
    if (end < 0 && node.type.name === 'paragraph' && seen++ === index) end = pos + 1 + node.content.size
    return end < 0
  })
  return end
}

/** Changes the document as the editor's sync writes a local edit to Yjs. */
function edit(doc: Y.Doc, change: (body: ProseMirrorNode) => ProseMirrorNode): void {
  const fragment = doc.getXmlFragment(BODY_FIELD)
  updateYFragment(doc, fragment, change(yXmlFragmentToProseMirrorRootNode(fragment, schema)), { mapping: new Map(), isOMark: new Map() })
}

/** Types `text` at the end of the document's paragraph number `index`. */
function typeIntoParagraph(doc: Y.Doc, text: string, index = 0): void {
  edit(doc, (body) => {
    const end = paragraphEnd(body, index)
    return body.replace(end, end, new Slice(Fragment.from(schema.text(text)), 0, 0))
  })
}

/** Presses Enter at the end of the first paragraph: an empty paragraph after it. */
function pressEnterAfterFirstParagraph(doc: Y.Doc): void {
  edit(doc, (body) => {
    const after = paragraphEnd(body, 0) + 1
    return body.replace(after, after, new Slice(Fragment.from(schema.nodes.paragraph!.create()), 0, 0))
  })
}

function paragraph(doc: Y.Doc, index = 0): string {
  const texts: string[] = []
  yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schema).descendants((node) => {
    if (node.type.name === 'paragraph') texts.push(node.textContent)
    return texts.length <= index
  })
  return texts[index] ?? ''
}

/** An agent's and an inventor's copy of a new disclosure, and a function that syncs the two. */
function twoCopiesOfANewDisclosure(): { agent: Y.Doc; inventor: Y.Doc; exchange: () => void } {
  const created = contentToUpdate('disclosure', documentTemplate('disclosure', 'CN', '覆冰监测'))
  const [agent, inventor] = [new Y.Doc(), new Y.Doc()]
  for (const doc of [agent, inventor]) Y.applyUpdate(doc, created)
  const exchange = () => {
    Y.applyUpdate(agent, Y.encodeStateAsUpdate(inventor))
    Y.applyUpdate(inventor, Y.encodeStateAsUpdate(agent))
  }
  return { agent, inventor, exchange }
}

describe('two people typing at once into an empty field of a new document', () => {
  it('keeps every character once', () => {
    const { agent, inventor, exchange } = twoCopiesOfANewDisclosure()
    for (const [mine, theirs] of [['a', '0'], ['b', '1'], ['c', '2']] as const) {
      typeIntoParagraph(agent, mine)
      typeIntoParagraph(inventor, theirs)
      exchange()
    }
    const text = paragraph(agent)
    expect(paragraph(inventor)).toBe(text)
    expect([...text].sort().join('')).toBe('012abc')
  })
})

describe('two people typing at once into a paragraph one of them just made with Enter', () => {
  it('keeps every character once, the editor giving the new paragraph its text at once', () => {
    const { agent, inventor, exchange } = twoCopiesOfANewDisclosure()
    for (const doc of [agent, inventor]) keepTextInNewEmptyBlocks(doc.getXmlFragment(BODY_FIELD), schema)
    typeIntoParagraph(agent, '拉力')
    pressEnterAfterFirstParagraph(agent)
    exchange()
    for (const [mine, theirs] of [['a', '0'], ['b', '1'], ['c', '2']] as const) {
      typeIntoParagraph(agent, mine, 1)
      typeIntoParagraph(inventor, theirs, 1)
      exchange()
    }
    const text = paragraph(agent, 1)
    expect(paragraph(inventor, 1)).toBe(text)
    expect([...text].sort().join('')).toBe('012abc')
    expect(paragraph(agent, 0)).toBe('拉力')
  })
})

describe('a document stored before its empty blocks got texts of their own', () => {
  let server: TestServer
  beforeAll(async () => (server = await startTestServer()))
  afterAll(() => server.dispose())

  it('gets them from the server as it loads, stored and sent to whoever opens it', async () => {
    const agent = await createUser(server.url, server.store, { role: 'agent' })
    const matter = await createMatter(server.url, agent)
    const disclosure = await createDocument(server.url, agent, matter.id, 'disclosure', '技术交底书')
    const documentId = disclosure.id as DocumentId
    // As y-tiptap wrote a paragraph made with Enter, and as every empty field was stored before.
    await editStoredDocument(server.store, documentId, (doc) => {
      const firstField = doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement
      firstField.push([new Y.XmlElement('paragraph')])
    })
    const emptyParagraphsWithoutText = (doc: Y.Doc) =>
      (doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).toArray().filter((p) => p instanceof Y.XmlElement && p.length === 0).length
    expect(emptyParagraphsWithoutText(await storedDocument(server.store, documentId))).toBe(1)

    const client = connectClient(server.url, documentId, agent.token)
    await whenSynced(client)
    await eventually(() => emptyParagraphsWithoutText(client.doc) === 0, 'the client got the texts')
    const paragraphs = (client.doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).toArray() as Y.XmlElement[]
    expect(paragraphs.map((p) => p.toArray().map((child) => child instanceof Y.XmlText))).toEqual([[true], [true]])
    expect(emptyParagraphsWithoutText(await storedDocument(server.store, documentId))).toBe(0)
    client.destroy()
  })
})
