import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { findClaimReferences } from '../claims/claimReferences'
import { detectClaimLanguage } from '../claims/claimLanguage'
import { newClaimId } from './claimIds'

export const claimNumberingKey = new PluginKey('claimNumbering')

/** Whether a transaction brings other people's changes (y-tiptap marks those). */
const isRemote = (tr: Transaction): boolean => Boolean(tr.getMeta(ySyncPluginKey)?.isChangeOrigin)

interface ListedClaim {
  id: string | null
  pos: number
  node: ProseMirrorNode
}

function claimLists(doc: ProseMirrorNode): ListedClaim[][] {
  const lists: ListedClaim[][] = []
  doc.forEach((node, offset) => {
    if (node.type.name !== 'claimList') return
    const claims: ListedClaim[] = []
    node.forEach((claim, claimOffset) => claims.push({ id: claim.attrs.id as string | null, pos: offset + 1 + claimOffset, node: claim }))
    lists.push(claims)
  })
  return lists
}

/** Gives every claim a unique id: a claim split in two keeps its id in the first half. */
function assignMissingIds(tr: Transaction): void {
  const seen = new Set<string>()
  for (const list of claimLists(tr.doc)) {
    for (const claim of list) {
      if (claim.id && !seen.has(claim.id)) {
        seen.add(claim.id)
        continue
      }
      const id = newClaimId()
      seen.add(id)
      tr.setNodeMarkup(claim.pos, undefined, { ...claim.node.attrs, id })
    }
  }
}

/**
 * Rewrites the claim numbers inside references ("根据权利要求3", "any one of claims 2 to 4")
 * after claims moved, were inserted or deleted, so that each reference still points to the
 * claim it meant. A number whose claim was deleted is left as written, for the reference rules
 * to flag.
 */
function renumberReferences(tr: Transaction, before: EditorState): void {
  const oldLists = claimLists(before.doc)
  const newLists = claimLists(tr.doc)
  newLists.forEach((claims, listIndex) => {
    const oldClaims = oldLists[listIndex] ?? []
    const newNumberOf = new Map(claims.map((claim, index) => [claim.id, index + 1]))
    const renumbered = (oldNumber: number): number | null => {
      const id = oldClaims[oldNumber - 1]?.id
      const now = id ? newNumberOf.get(id) : undefined
      return now !== undefined && now !== oldNumber ? now : null
    }
    if (!oldClaims.some((claim, index) => claim.id && newNumberOf.get(claim.id) !== index + 1)) return
    const edits: { from: number; to: number; text: string }[] = []
    claims.forEach((claim, index) => {
      const text = claim.node.textBetween(0, claim.node.content.size, '\n', '\n')
      for (const reference of findClaimReferences(text, 0, index + 1, detectClaimLanguage(text))) {
        const span = text.slice(reference.range.start, reference.range.end)
        for (const match of span.matchAll(/\d+/g)) {
          const now = renumbered(Number(match[0]))
          if (now === null) continue
          const from = claim.pos + 1 + reference.range.start + match.index
          edits.push({ from, to: from + match[0].length, text: String(now) })
        }
      }
    })
    for (const edit of edits.sort((a, b) => b.from - a.from)) tr.insertText(edit.text, edit.from, edit.to)
  })
}

/**
 * Keeps claim numbering consistent while people edit: unique claim ids, and references that
 * follow the claims they point to. Runs for one's own edits only; other people's arrive with
 * their references already rewritten by their editor.
 */
export function claimNumberingPlugin(): Plugin {
  return new Plugin({
    key: claimNumberingKey,
    appendTransaction(transactions, before, after) {
      if (!transactions.some((tr) => tr.docChanged && !isRemote(tr))) return null
      const tr = after.tr
      assignMissingIds(tr)
      renumberReferences(tr, before)
      return tr.docChanged ? tr : null
    },
  })
}

export const ClaimNumbering = Extension.create({
  name: 'claimNumbering',
  addProseMirrorPlugins: () => [claimNumberingPlugin()],
})
