import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'

/**
 * Puts an empty Y.XmlText into every empty text block under `parent` (a form's empty field, an
 * empty claim, a paragraph just made with Enter).
 *
 * y-tiptap writes an empty paragraph as an element with no text in it; when two people then type
 * into it at once, each creates a text of their own in it, and y-tiptap's next sync of that
 * paragraph wrote one person's characters a second time ("0a" then "0a1ab"). With one text there
 * from the start, both type into it and Yjs merges the two as it merges any concurrent typing.
 */
export function withTextInEmptyBlocks(parent: Y.XmlFragment | Y.XmlElement, schema: Schema): void {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) withTextInEmptyBlock(child, schema)
  }
}

/**
 * Whether some text block under `parent` has no text: a document stored before new documents
 * got their texts (and before the editor gave new paragraphs theirs) needs withTextInEmptyBlocks.
 */
export function hasEmptyBlockWithoutText(parent: Y.XmlFragment | Y.XmlElement, schema: Schema): boolean {
  return parent.toArray().some(
    (child) =>
      child instanceof Y.XmlElement &&
      (child.length === 0 ? Boolean(schema.nodes[child.nodeName]?.isTextblock) : hasEmptyBlockWithoutText(child, schema)),
  )
}

function withTextInEmptyBlock(element: Y.XmlElement, schema: Schema): void {
  if (element.length === 0 && schema.nodes[element.nodeName]?.isTextblock) element.insert(0, [new Y.XmlText()])
  else withTextInEmptyBlocks(element, schema)
}

/**
 * Gives every text block this client adds to the document empty (Enter at the end of a
 * paragraph, a new claim, an objection added) its text at once, in a transaction right after the
 * one that added it: the two leave in the same tick, before anyone else can type into the block.
 * Blocks others add are theirs to fill. Returns the function that stops watching.
 */
export function keepTextInNewEmptyBlocks(fragment: Y.XmlFragment, schema: Schema): () => void {
  const doc = fragment.doc!
  const observer = (events: Array<Y.YEvent<Y.XmlElement | Y.XmlText>>, transaction: Y.Transaction) => {
    if (!transaction.local || transaction.origin === FILLS_EMPTY_BLOCKS) return
    const added: Y.XmlElement[] = []
    for (const event of events) {
      if (event.target instanceof Y.XmlText) continue
      for (const item of event.changes.added) {
        if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) added.push(item.content.type)
      }
    }
    if (added.length === 0) return
    doc.transact(() => {
      for (const element of added) if (!element._item?.deleted) withTextInEmptyBlock(element, schema)
    }, FILLS_EMPTY_BLOCKS)
  }
  fragment.observeDeep(observer)
  return () => fragment.unobserveDeep(observer)
}

/** The origin of the transactions that fill new empty blocks: they add no blocks of their own. */
const FILLS_EMPTY_BLOCKS = Symbol('fills empty blocks')
