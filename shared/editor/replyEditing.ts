import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { citedDocument, objection } from './documentBuilders'
import { RESTRUCTURES } from './documentFields'

/**
 * Edits of an office-action reply's structure that the editor's keys cannot make: adding,
 * moving and removing cited documents and objections. Each returns one transaction (one undo
 * step for the author, one update for everyone else), or null when there is nothing to do; each
 * says that it changes the document's fields on purpose (`RESTRUCTURES`), or the editor refuses it.
 */

function topLevel(doc: ProseMirrorNode, type: string): { node: ProseMirrorNode; pos: number } | null {
  let found: { node: ProseMirrorNode; pos: number } | null = null
  doc.forEach((node, pos) => {
    if (!found && node.type.name === type) found = { node, pos }
  })
  return found
}

/** Appends an empty cited document D(n+1) and puts the caret in its title. */
export function addCitedDocument(state: EditorState): Transaction | null {
  const officeAction = topLevel(state.doc, 'officeAction')
  if (!officeAction) return null
  const at = officeAction.pos + officeAction.node.nodeSize - 1
  const tr = state.tr.insert(at, state.schema.nodeFromJSON(citedDocument({}))).setMeta(RESTRUCTURES, true)
  return tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView()
}

/** Appends an objection on a ground, with an empty argument that takes the caret. */
export function addObjection(state: EditorState, ground: string): Transaction | null {
  const list = topLevel(state.doc, 'objectionList')
  if (!list) return null
  const at = list.pos + list.node.nodeSize - 1
  const tr = state.tr.insert(at, state.schema.nodeFromJSON(objection({ claims: '', ground, cited: '', argument: [] }))).setMeta(RESTRUCTURES, true)
  // Inside the objection, inside its first paragraph.
  return tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView()
}

/**
 * Moves the cited document or objection at `pos` one place up or down among its siblings. A
 * cited document's label follows its place, so the objections citing it are relabelled.
 */
export function moveReplyItem(state: EditorState, pos: number, direction: 'up' | 'down'): Transaction | null {
  const $pos = state.doc.resolve(pos)
  const parent = $pos.parent
  const index = $pos.index()
  const node = parent.child(index)
  const swapWith = direction === 'up' ? index - 1 : index + 1
  if (swapWith < 0 || swapWith >= parent.childCount) return null
  const tr = state.tr.delete(pos, pos + node.nodeSize).setMeta(RESTRUCTURES, true)
  const other = parent.child(swapWith)
  tr.insert(direction === 'up' ? pos - other.nodeSize : pos + other.nodeSize, node)
  if (node.type.name === 'citedDocument') {
    relabelCitations(tr, (label) => (label === index + 1 ? swapWith + 1 : label === swapWith + 1 ? index + 1 : label))
  }
  return tr
}

/** Removes the cited document or objection at `pos`; a removed cited document leaves the objections that cited it. */
export function removeReplyItem(state: EditorState, pos: number): Transaction | null {
  const node = state.doc.nodeAt(pos)
  if (!node || (node.type.name !== 'citedDocument' && node.type.name !== 'objection')) return null
  const index = state.doc.resolve(pos).index()
  const tr = state.tr.delete(pos, pos + node.nodeSize).setMeta(RESTRUCTURES, true)
  if (node.type.name === 'citedDocument') {
    relabelCitations(tr, (label) => (label === index + 1 ? null : label > index + 1 ? label - 1 : label))
  }
  return tr
}

/**
 * Rewrites the cited documents every objection names ("D1, D3") after D-labels changed.
 * `relabel` maps an old number to its new one, or null when the document is gone.
 */
function relabelCitations(tr: Transaction, relabel: (label: number) => number | null): void {
  tr.doc.descendants((node, pos) => {
    if (node.type.name === 'objectionList') return true
    if (node.type.name !== 'objection') return false
    const cited = node.attrs.cited as string
    const labels = [...cited.matchAll(/D\s*(\d+)/gi)].map((m) => relabel(Number(m[1])))
    const rewritten = labels.filter((l): l is number => l !== null).map((l) => `D${l}`).join(', ')
    if (rewritten !== cited && labels.length > 0) tr.setNodeMarkup(pos, undefined, { ...node.attrs, cited: rewritten })
    return false
  })
}

/** The cited documents an objection names, as D-numbers. */
export const citedLabels = (cited: string): number[] => [...cited.matchAll(/D\s*(\d+)/gi)].map((m) => Number(m[1]))
