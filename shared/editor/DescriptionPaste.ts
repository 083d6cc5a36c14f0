import { Extension } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode, type ResolvedPos } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { descriptionHeading, paragraphNumberLength } from '../rules/descriptionOutline'

/** Whether a position is inside the description section of a claim set or a reply. */
function inDescription($pos: ResolvedPos): boolean {
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth)
    if (node.type.name === 'section') return node.attrs.field === 'description'
  }
  return false
}

/**
 * A pasted paragraph as the description holds it: without the office's paragraph number ("[0010]":
 * the export numbers paragraphs again), and a part's heading ("BACKGROUND", "技术领域") as a
 * heading, as an imported description has them.
 */
function asDescriptionBlock(node: ProseMirrorNode): ProseMirrorNode {
  if (node.type.name !== 'paragraph') return node
  const numbered = paragraphNumberLength(node.textContent)
  const paragraph = numbered > 0 ? node.cut(numbered) : node
  const heading = descriptionHeading(paragraph.textContent.trim())
  const headingType = node.type.schema.nodes.heading
  if (!heading || !headingType) return paragraph
  return headingType.create({ level: 3 }, node.type.schema.text(paragraph.textContent.trim()))
}

/** What a paste puts where the selection is: in a description, its blocks as the description holds them. */
export function pastedIntoDescription(state: EditorState, slice: Slice): Slice {
  if (!inDescription(state.selection.$from)) return slice
  const blocks: ProseMirrorNode[] = []
  slice.content.forEach((node) => blocks.push(asDescriptionBlock(node)))
  return new Slice(Fragment.from(blocks), slice.openStart, slice.openEnd)
}

/** Text pasted into a description (from Word, a PDF, another filing) reads as an imported one. */
export const DescriptionPaste = Extension.create({
  name: 'descriptionPaste',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: new PluginKey('descriptionPaste'),
      props: { transformPasted: (slice, view) => pastedIntoDescription(view.state, slice) },
    }),
  ],
})
