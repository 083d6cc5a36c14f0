import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { cellKey, readClaimChart, writeClaimChart, type ClaimChart } from './claimChart'
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
 * cited document's label follows its place (D1…Dn, as the office action's list and the printout
 * number them), so every reference to it — the objections' cited documents and their claim
 * charts — is relabelled with it: an objection keeps citing the same documents.
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

/** A cited document as an objection names it: "D3", "D 3", "对比文件3". */
const CITED_LABEL = /D\s*(\d+)|对比文件\s*(\d+)/gi

/** The cited documents an objection names, as D-numbers, each once and in order. */
export const citedLabels = (cited: string): number[] =>
  [...new Set([...cited.matchAll(CITED_LABEL)].map((m) => Number(m[1] ?? m[2])))].sort((a, b) => a - b)

/**
 * The `cited` attribute naming these D-numbers in order ("D1, D2, D3"), in the separator the
 * attribute was written with: a Chinese list ("D1、D2、D3", as the import writes a CNIPA action's) stays one.
 */
export function writeCitedLabels(labels: readonly number[], writtenAs = ''): string {
  const separator = writtenAs.includes('、') ? '、' : ', '
  return [...new Set(labels)].sort((a, b) => a - b).map((n) => `D${n}`).join(separator)
}

/**
 * Rewrites what every objection cites after D-labels changed: its cited documents ("D1, D3") and
 * its claim chart's columns and closest prior art, which are keyed by D-number too. `relabel`
 * maps an old number to its new one, or null when the document is gone.
 */
function relabelCitations(tr: Transaction, relabel: (label: number) => number | null): void {
  tr.doc.descendants((node, pos) => {
    if (node.type.name === 'objectionList') return true
    if (node.type.name !== 'objection') return false
    const attrs = { ...node.attrs }
    const cited = (node.attrs.cited as string) ?? ''
    const labels = citedLabels(cited)
    if (labels.length > 0) {
      const rewritten = writeCitedLabels(labels.map(relabel).filter((l): l is number => l !== null), cited)
      if (rewritten !== cited) attrs.cited = rewritten
    }
    const chart = node.attrs.chart as string
    if (chart) {
      const read = readClaimChart(chart)
      const cells: ClaimChart['cells'] = {}
      for (const [key, cell] of Object.entries(read.cells)) {
        const [feature, label] = key.split(':').map(Number)
        const now = feature === undefined || label === undefined || Number.isNaN(label) ? null : relabel(label)
        if (now !== null) cells[cellKey(feature!, now)] = cell
      }
      const closest = read.closest === null ? null : relabel(read.closest)
      const rewritten = writeClaimChart({ ...read, closest, cells })
      if (rewritten !== writeClaimChart(read)) attrs.chart = rewritten
    }
    if (attrs.cited !== node.attrs.cited || attrs.chart !== node.attrs.chart) tr.setNodeMarkup(pos, undefined, attrs)
    return false
  })
}
