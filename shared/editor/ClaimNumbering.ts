import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { findClaimReferences } from '../claims/claimReferences'
import { detectClaimLanguage } from '../claims/claimLanguage'
import { newClaimId } from './claimIds'
import { LOST_REFERENCES, lostReferencesStillTrue, writeLostReferences, type LostReference } from './lostReferences'
import { moveClaim } from './moveClaim'
import { removeEmptyClaimBefore } from './removeEmptyClaim'
import { readClaimLists } from './readPatentDocument'

export const claimNumberingKey = new PluginKey('claimNumbering')

/** A transaction's meta: its references are renumbered by a transaction of their own, after it. */
const RENUMBER_LATER = 'renumber-later'

/** Whether a transaction brings other people's changes (y-tiptap marks those). */
const isRemote = (tr: Transaction): boolean => Boolean(tr.getMeta(ySyncPluginKey)?.isChangeOrigin)

/**
 * Gives every claim a unique id. A claim split in two keeps its id in the first half, unless that
 * half is empty (Enter at the start of a claim): the id stays with the claim's words, so that what
 * referred to the claim, and the claim listing of a reply, still find it.
 */
function assignMissingIds(tr: Transaction): void {
  const seen = new Map<string, { pos: number; empty: boolean }>()
  const renew = (pos: number) => {
    const id = newClaimId()
    seen.set(id, { pos, empty: true })
    tr.setNodeMarkup(pos, undefined, { ...tr.doc.nodeAt(pos)!.attrs, id })
  }
  for (const list of readClaimLists(tr.doc)) {
    for (const claim of list.claims) {
      const earlier = claim.id ? seen.get(claim.id) : undefined
      if (claim.id && earlier === undefined) {
        seen.set(claim.id, { pos: claim.pos, empty: claim.text === '' })
      } else if (claim.id && earlier?.empty && claim.text !== '') {
        renew(earlier.pos)
        seen.set(claim.id, { pos: claim.pos, empty: false })
      } else {
        renew(claim.pos)
      }
    }
  }
}

/**
 * Rewrites the claim numbers inside references ("根据权利要求3", "any one of claims 2 to 4")
 * after claims moved, were inserted or deleted, so that each reference still points to the
 * claims it meant. A range takes in claims added among its claims. A range whose claims are no
 * longer contiguous for another reason (one of them moved away, another moved in) is written out
 * as the claims it meant ("1-2" → "1或3", "claims 1 to 3" → "claims 1 and 4 to 5"). A number whose
 * claim was deleted is left as written: nothing else is what it meant. It now names the claim
 * that took the number, which the referring claim remembers (LostReference) for the checker to flag.
 */
function renumberReferences(tr: Transaction, before: EditorState): void {
  const oldLists = readClaimLists(before.doc)
  readClaimLists(tr.doc).forEach(({ claims }, listIndex) => {
    const oldClaims = oldLists[listIndex]?.claims ?? []
    const newNumberOf = new Map(claims.map((claim, index) => [claim.id, index + 1]))
    /** Where the claim that had this number is now; null when it was deleted or never existed. */
    const moved = (oldNumber: number): number | null => {
      const id = oldClaims[oldNumber - 1]?.id
      return (id && newNumberOf.get(id)) || null
    }
    if (!oldClaims.some((claim, index) => claim.id && newNumberOf.get(claim.id) !== index + 1)) return
    const oldIds = new Set(oldClaims.map((claim) => claim.id))
    /** Whether every claim from `first` to `last` that is not one of `kept` was added by this edit. */
    const onlyNewBetween = (kept: number[], first: number, last: number): boolean => {
      for (let number = first; number <= last; number++) {
        if (!kept.includes(number) && oldIds.has(claims[number - 1]?.id ?? null)) return false
      }
      return true
    }
    const edits: { from: number; to: number; text: string }[] = []
    const lost = new Map<number, LostReference[]>()
    /**
     * Remembers that claim `index`'s reference to `number`, which `moved` found no claim for,
     * meant a claim deleted by this edit (not a number that never had a claim).
     */
    const remember = (index: number, number: number) => {
      const named = claims[number - 1]?.id
      if (!named || !oldClaims[number - 1]?.id) return
      lost.set(index, [...(lost.get(index) ?? []), { claim: named, was: number }])
    }
    claims.forEach(({ id, text, pos }, index) => {
      // A claim this edit added (pasted, typed in a new claim) was written for the numbering as it is now.
      if (!oldIds.has(id)) return
      const language = detectClaimLanguage(text)
      for (const reference of findClaimReferences(text, 0, index + 1, language)) {
        const written = text.slice(reference.range.start, reference.range.end)
        const tokens = [...written.matchAll(/\d+/g)]
        const rewrite = (token: RegExpMatchArray, number: number) => {
          if (Number(token[0]) === number) return
          const from = pos + 1 + reference.range.start + token.index!
          edits.push({ from, to: from + token[0].length, text: String(number) })
        }
        const between = tokens.length === 2 ? written.slice(tokens[0]!.index! + tokens[0]![0].length, tokens[1]!.index) : ''
        if (!RANGE_SEPARATOR.test(between) && tokens.length === reference.numbers.length) {
          // Every number is written out: each follows its own claim.
          for (const token of tokens) {
            const now = moved(Number(token[0]))
            if (now !== null) rewrite(token, now)
            else remember(index, Number(token[0]))
          }
        } else if (tokens.length === 2) {
          // A range ("1-3", "claims 2 to 4") keeps covering the same claims while they stay
          // contiguous, and grows over claims added among them: a device claim added to "1-4"
          // belongs to the method's "any one of claims 1-5".
          const now = reference.numbers.map(moved).filter((n): n is number => n !== null).sort((a, b) => a - b)
          const first = now[0]
          const last = now[now.length - 1]
          if (first === undefined || last === undefined) continue
          if (onlyNewBetween(now, first, last)) {
            rewrite(tokens[0]!, first)
            rewrite(tokens[1]!, last)
          } else {
            const from = pos + 1 + reference.range.start + tokens[0]!.index!
            const to = pos + 1 + reference.range.start + tokens[1]!.index! + tokens[1]![0].length
            const anyOf = language === 'en' && /\bany\b/i.test(text.slice(Math.max(0, reference.range.start - 20), reference.range.start + tokens[0]!.index!))
            edits.push({ from, to, text: writtenOut(now, between, language, reference.form === 'alternative' && !anyOf ? 'or' : 'and') })
          }
        }
      }
    })
    for (const [index, entries] of lost) {
      const { pos, lostReferences } = claims[index]!
      const kept = lostReferences.filter((entry) => !entries.some((added) => added.claim === entry.claim))
      setLostReferences(tr, pos, [...kept, ...entries])
    }
    for (const edit of edits.sort((a, b) => b.from - a.from)) tr.insertText(edit.text, edit.from, edit.to)
  })
}

// What stands between the two numbers of a range: "1-3", "1–3", "1至3", "1 to 3", "1 through 3".
const RANGE_SEPARATOR = /^\s*(?:[-–—~～至到]|to|through)\s*$/i

/**
 * Claim numbers written out as a list in the claim's language, runs of three or more as ranges
 * with the range's own separator: "1-6或8", "1、3或5", "1 to 6 and 8", "1, 3 or 5".
 */
function writtenOut(numbers: readonly number[], rangeSeparator: string, language: 'zh' | 'en', conjunction: 'or' | 'and'): string {
  const runs: string[] = []
  for (let start = 0; start < numbers.length; ) {
    let end = start
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++
    if (end - start >= 2) runs.push(`${numbers[start]}${rangeSeparator}${numbers[end]}`)
    else for (let i = start; i <= end; i++) runs.push(String(numbers[i]))
    start = end + 1
  }
  if (runs.length === 1) return runs[0]!
  const last = runs.pop()!
  if (language === 'zh') return `${runs.join('、')}${conjunction === 'or' ? '或' : '和'}${last}`
  return `${runs.join(', ')} ${conjunction} ${last}`
}

function setLostReferences(tr: Transaction, pos: number, entries: readonly LostReference[]): void {
  tr.setNodeAttribute(pos, LOST_REFERENCES, writeLostReferences(entries))
}

/** Whether any claim remembers a lost reference: a look at attributes, without reading texts, on every keystroke. */
function hasLostReferences(doc: ProseMirrorNode): boolean {
  let found = false
  doc.forEach((list) => {
    if (list.type.name === 'claimList') list.forEach((claim) => (found ||= Boolean(claim.attrs[LOST_REFERENCES])))
  })
  return found
}

/** Forgets a lost reference once its claim no longer refers to the claim it names, or that claim is gone. */
function forgetSettledLostReferences(tr: Transaction): void {
  if (!hasLostReferences(tr.doc)) return
  for (const { claims } of readClaimLists(tr.doc)) {
    if (!claims.some((claim) => claim.lostReferences.length > 0)) continue
    const numberOf = new Map(claims.map((claim) => [claim.id, claim.number]))
    for (const { number, text, pos, lostReferences } of claims) {
      if (lostReferences.length === 0) continue
      const referred = new Set(findClaimReferences(text, 0, number, detectClaimLanguage(text)).flatMap((reference) => reference.numbers))
      const kept = lostReferencesStillTrue(lostReferences, numberOf, referred)
      if (kept.length < lostReferences.length) setLostReferences(tr, pos, kept)
    }
  }
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
      if (!transactions.some((tr) => tr.getMeta(claimNumberingKey) === RENUMBER_LATER)) renumberReferences(tr, before)
      forgetSettledLostReferences(tr)
      return tr.docChanged ? tr : null
    },
  })
}

export const ClaimNumbering = Extension.create({
  name: 'claimNumbering',
  addProseMirrorPlugins: () => [claimNumberingPlugin()],
  addKeyboardShortcuts() {
    // The move reaches the shared document on its own, then the references it renumbers. y-tiptap
    // keeps a claim's shared text across a reorder only while the claim is unchanged; a claim moved
    // and another renumbered in one step were paired by position, and someone else's typing in the
    // renumbered claim went into the moved one, or was deleted with it.
    const move = (direction: 'up' | 'down') => () => {
      const before = this.editor.state
      const tr = moveClaim(before, direction)
      if (!tr) return false
      this.editor.view.dispatch(tr.setMeta(claimNumberingKey, RENUMBER_LATER))
      const renumber = this.editor.state.tr
      renumberReferences(renumber, before)
      if (renumber.docChanged) this.editor.view.dispatch(renumber)
      return true
    }
    const removeEmptyBefore = () => {
      const tr = removeEmptyClaimBefore(this.editor.state)
      if (tr) this.editor.view.dispatch(tr)
      return tr !== null
    }
    return { 'Alt-ArrowUp': move('up'), 'Alt-ArrowDown': move('down'), Backspace: removeEmptyBefore }
  },
})
