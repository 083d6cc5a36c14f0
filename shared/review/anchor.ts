import { fromBase64, toBase64 } from 'lib0/buffer'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { z } from 'zod'

/**
 * Where a comment or suggestion points in the text. `from`/`to` are Yjs relative positions
 * (base64 of `Y.encodeRelativePosition`) in the document's `body` fragment, so they follow
 * concurrent edits. A claim is moved by deleting and re-inserting it, which Yjs positions cannot
 * follow: `claimId` names the claim the range was in, and `quote` the text it covered, so the
 * anchor is found again in the moved claim.
 */
export interface TextAnchor {
  from: string
  to: string
  claimId?: string
  quote: string
}

const relativePosition = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => decodeAnchorPosition(value) !== null, 'must be a base64 Yjs relative position (Y.encodeRelativePosition)')

export const TextAnchorSchema = z.object({
  from: relativePosition,
  to: relativePosition,
  claimId: z.string().min(1).max(200).optional(),
  quote: z.string().max(10_000),
})

/** The relative position in an anchor end, or null when it is not one. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return null
    return Y.decodeRelativePosition(fromBase64(encoded))
  } catch {
    return null
  }
}

export const encodeAnchorPosition = (position: Y.RelativePosition): string => toBase64(Y.encodeRelativePosition(position))

/** The claim node with this id and its position, or null when no claim has it. */
function findClaim(doc: ProseMirrorNode, claimId: string): { node: ProseMirrorNode; pos: number } | null {
  let found: { node: ProseMirrorNode; pos: number } | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (node.type.name === 'claim' && node.attrs.id === claimId) found = { node, pos }
    return !node.isTextblock
  })
  return found
}

/** The claim id around a position, or null outside claims. */
export function claimIdAt(doc: ProseMirrorNode, pos: number): string | null {
  const $pos = doc.resolve(pos)
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth)
    if (node.type.name === 'claim') return (node.attrs.id as string | null) ?? null
  }
  return null
}

/**
 * The document range an anchor covers now, or null when its text is gone. `toAbsolute` turns an
 * anchor end into a document position (y-prosemirror's relativePositionToAbsolutePosition with the
 * editor's mapping). Inside a claim, a range that no longer lies in that claim — it was moved —
 * is found again by its quote, else the anchor covers the whole claim. A range whose text was
 * deleted or typed over is found by its quote if the claim still has it, else it is the empty
 * range where the text was: the claim's other words are not what the comment was on.
 */
export function resolveAnchor(
  anchor: TextAnchor,
  doc: ProseMirrorNode,
  toAbsolute: (encoded: string) => number | null,
): { from: number; to: number } | null {
  const from = toAbsolute(anchor.from)
  const to = toAbsolute(anchor.to)
  if (!anchor.claimId) {
    if (from === null || to === null || to < from) return null
    return { from, to }
  }
  const claim = findClaim(doc, anchor.claimId)
  if (!claim) return null
  const start = claim.pos + 1
  const end = claim.pos + claim.node.nodeSize - 1
  const inClaim = from !== null && to !== null && from >= start && to <= end && to >= from
  if (inClaim && (to > from || anchor.quote === '')) return { from, to }
  // One character per position, so an offset in the text is an offset in the claim.
  const text = claim.node.textBetween(0, claim.node.content.size, undefined, '\n')
  const at = anchor.quote ? text.indexOf(anchor.quote) : -1
  if (at >= 0) return { from: start + at, to: start + at + anchor.quote.length }
  if (inClaim) return { from, to: from }
  return { from: start, to: end }
}

/** How an anchor's text stands now: as it was, changed (some of it edited), or gone. */
export type AnchoredTextState = 'same' | 'changed' | 'gone'

/** Compares what an anchor covers now (`range` from resolveAnchor) with the text it was made on. */
export function anchoredTextState(anchor: TextAnchor, doc: ProseMirrorNode, range: { from: number; to: number } | null): AnchoredTextState {
  if (!anchor.quote) return 'same'
  if (range === null || range.to <= range.from) return 'gone'
  return doc.textBetween(range.from, range.to, '\n', '\n') === anchor.quote ? 'same' : 'changed'
}
