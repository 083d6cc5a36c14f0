import { Extension } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode, type ResolvedPos } from '@tiptap/pm/model'
import { Plugin, PluginKey, Selection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { descriptionHeading, paragraphNumberLength } from '../rules/descriptionOutline'

/** The depth of the description section (of a claim set or a reply) around a position, or null outside one. */
function descriptionDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth)
    if (node.type.name === 'section') return node.attrs.field === 'description' ? depth : null
  }
  return null
}

/**
 * A pasted paragraph as the description holds it: without the office's paragraph number ("[0010]":
 * the export numbers paragraphs again), and a part's heading ("BACKGROUND", "技术领域") as a
 * heading, as an imported description has them.
 */
export function asDescriptionBlock(node: ProseMirrorNode): ProseMirrorNode {
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
  if (descriptionDepth(state.selection.$from) === null) return slice
  const blocks: ProseMirrorNode[] = []
  slice.content.forEach((node) => blocks.push(asDescriptionBlock(node)))
  return new Slice(Fragment.from(blocks), slice.openStart, slice.openEnd)
}

// Two part headings make a whole description, not a passage of one.
const WHOLE_DESCRIPTION_HEADINGS = 2

/** Whether nothing is written in a section but its template's headings: what a paste may replace. */
export function isUnwritten(section: ProseMirrorNode): boolean {
  let unwritten = true
  section.forEach((block) => {
    if (block.type.name !== 'heading' && block.textContent.trim() !== '') unwritten = false
  })
  return unwritten
}

/**
 * A whole description (two part headings or more) pasted into one that holds nothing but its
 * template's headings replaces them: kept, they would stand empty beside the pasted ones, each
 * flagged as repeated and as empty. Null for any other paste, which goes where the caret is.
 */
export function replacingTemplate(state: EditorState, slice: Slice): Transaction | null {
  const { $from } = state.selection
  const depth = descriptionDepth($from)
  if (depth === null) return null
  let headings = 0
  slice.content.forEach((block) => {
    if (block.type.name === 'heading') headings++
  })
  if (!isUnwritten($from.node(depth)) || headings < WHOLE_DESCRIPTION_HEADINGS) return null
  const tr = state.tr.replaceWith($from.start(depth), $from.end(depth), slice.content)
  return tr.setSelection(Selection.near(tr.doc.resolve($from.start(depth) + slice.content.size), -1)).scrollIntoView()
}

/** Text pasted into a description (from Word, a PDF, another filing) reads as an imported one. */
export const DescriptionPaste = Extension.create({
  name: 'descriptionPaste',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: new PluginKey('descriptionPaste'),
      props: {
        transformPasted: (slice, view) => pastedIntoDescription(view.state, slice),
        handlePaste(view, _event, slice) {
          const tr = replacingTemplate(view.state, slice)
          if (!tr) return false
          view.dispatch(tr)
          return true
        },
      },
    }),
  ],
})
