import type { EditorState, Transaction } from '@tiptap/pm/state'
import { TextSelection } from '@tiptap/pm/state'

/**
 * Moves the claim holding the caret one place up or down the list, keeping the caret in it.
 * Its number and every reference to it follow (ClaimNumbering). Null at either end of the list
 * or outside a claim.
 */
export function moveClaim(state: EditorState, direction: 'up' | 'down'): Transaction | null {
  const { $head } = state.selection
  if ($head.parent.type.name !== 'claim') return null
  const list = $head.node(-1)
  const index = $head.index(-1)
  const swapWith = direction === 'up' ? index - 1 : index + 1
  if (swapWith < 0 || swapWith >= list.childCount) return null
  const claim = $head.parent
  const claimStart = $head.before()
  const offsetInClaim = $head.pos - claimStart
  const tr = state.tr.delete(claimStart, claimStart + claim.nodeSize)
  const listStart = $head.before(-1) + 1
  let insertAt = listStart
  for (let i = 0; i < swapWith; i++) insertAt += tr.doc.nodeAt(insertAt)!.nodeSize
  tr.insert(insertAt, claim)
  return tr.setSelection(TextSelection.create(tr.doc, insertAt + offsetInClaim)).scrollIntoView()
}
