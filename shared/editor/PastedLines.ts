import { Extension } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode, type NodeType } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'

/**
 * What a paste puts into a text that is one block of its field — a claim, the title, a cited
 * document — when the pasted blocks could not stand where that block stands: their text, each
 * block a line of it, joined by the text's own line break (a claim's hard break) or, where it has
 * none (the title), by a space, and with only the marks the text allows. ProseMirror found no
 * place for paragraphs in a claim list and dropped them, the whole paste with them. Empty
 * paragraphs, the spacing between Word's, give no line.
 */
export function pastedAsLines(state: EditorState, slice: Slice): Slice {
  const { $from } = state.selection
  const into = $from.parent
  const paragraph = state.schema.nodes.paragraph
  if (!into.isTextblock || !paragraph) return slice
  // Where a paragraph may stand (a section, a list item), ProseMirror places pasted blocks itself.
  const container = $from.node(-1)
  const standsIn = (type: NodeType) => container.canReplaceWith($from.index(-1), $from.index(-1) + 1, type)
  if (standsIn(paragraph)) return slice
  const blocks: ProseMirrorNode[] = []
  slice.content.descendants((node) => {
    if (node.isTextblock) blocks.push(node)
    return !node.isTextblock
  })
  // Claims copied from claims stand where a claim stands.
  if (blocks.every((block) => standsIn(block.type))) return slice
  const hardBreak = state.schema.nodes.hardBreak
  const lineBreak = hardBreak && allows(into.type, hardBreak) ? hardBreak.create() : state.schema.text(' ')
  const lines = blocks.filter((block) => block.content.size > 0).map((block) => lineOf(block, into.type, lineBreak))
  return new Slice(Fragment.from(lines.flatMap((line, i) => (i > 0 ? [lineBreak, ...line] : line))), 0, 0)
}

const allows = (textblock: NodeType, inline: NodeType) => textblock.contentMatch.matchType(inline) !== null

/** A pasted block's inline content as `into` may hold it: a line break it has no room for becomes its own. */
function lineOf(block: ProseMirrorNode, into: NodeType, lineBreak: ProseMirrorNode): ProseMirrorNode[] {
  const inline: ProseMirrorNode[] = []
  block.forEach((node) => inline.push(allows(into, node.type) ? node.mark(into.allowedMarks(node.marks)) : lineBreak))
  return inline
}

/** Text of several lines or paragraphs pasted into a claim or the title lands there, none of it lost. */
export const PastedLines = Extension.create({
  name: 'pastedLines',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: new PluginKey('pastedLines'),
      props: { transformPasted: (slice, view) => pastedAsLines(view.state, slice) },
    }),
  ],
})
