import type { EditorState, Transaction } from '@tiptap/pm/state'

/**
 * Backspace at the start of a claim that follows an empty claim removes the empty claim, rather
 * than joining this claim into it: the claim keeps its id, so that an Enter pressed at its start
 * and taken back leaves it the claim it was — for the references to it and for a reply's claim
 * listing. Null when the caret is anywhere else.
 */
export function removeEmptyClaimBefore(state: EditorState): Transaction | null {
  const { $from, empty } = state.selection
  if (!empty || $from.parent.type.name !== 'claim' || $from.parentOffset !== 0) return null
  const index = $from.index($from.depth - 1)
  if (index === 0) return null
  const previous = $from.node($from.depth - 1).child(index - 1)
  if (previous.type.name !== 'claim' || previous.content.size !== 0) return null
  const start = $from.before() - previous.nodeSize
  return state.tr.delete(start, $from.before()).scrollIntoView()
}
