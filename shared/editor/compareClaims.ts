import { isCancellation } from '../claims/claimStatus'
import { diffText, type DiffSegment } from './tokenDiff'

export const CLAIM_STATUSES = ['unchanged', 'amended', 'new', 'cancelled', 'renumbered'] as const

export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/** A claim as one version holds it: its id (stable while it is edited and moved) and its text. */
export interface ComparedClaim {
  id: string | null
  text: string
}

/** A run of text put in or taken out; `offset` is into the newer text for insertions, the older for deletions. */
export interface TextChange {
  offset: number
  text: string
}

export interface ClaimComparison {
  /**
   * The claim's number in the newer version; null when it was cancelled by deleting it. A claim
   * cancelled in place ("3. (Canceled)", as a US claim listing keeps it) keeps its number.
   */
  number: number | null
  /** Its number in the older version; null when it is new. */
  previousNumber: number | null
  status: ClaimStatus
  /** The claim as the newer version has it (as the older had it, when cancelled). */
  text: string
  insertions: TextChange[]
  deletions: TextChange[]
  /** The whole claim as runs of kept, inserted and deleted text, for drawing the markup. */
  segments: DiffSegment[]
}

/** How often each pair of adjacent characters occurs in a text. */
function characterPairs(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i < text.length - 1; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1)
  return counts
}

/**
 * How alike two texts are (Dice coefficient of their character pairs), from 0 to 1. `pairs`
 * gives a text's pairs, counted once per text however many texts it is compared with.
 */
function similarity(a: string, b: string, pairs: (text: string) => Map<string, number>): number {
  const pa = pairs(a)
  const pb = pairs(b)
  let shared = 0
  for (const [pair, count] of pa) shared += Math.min(count, pb.get(pair) ?? 0)
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0)
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total
}

/** Below this, two claims without a shared id are a cancelled one and a new one, not one amended. */
const SAME_CLAIM_SIMILARITY = 0.6

/**
 * Matches the claims of two versions: by id first (the editor keeps a claim's id when it is
 * edited, moved or renumbered). When the versions share few ids — the claims were pasted or
 * imported anew — the rest are matched by the most similar text; when they share most, a claim
 * without a match is new or cancelled, however alike dependent claims read. Returns for each
 * claim of `to` the index of its claim in `from`, or -1.
 */
function matchClaims(from: ComparedClaim[], to: ComparedClaim[]): number[] {
  const byId = new Map(from.map((claim, index) => [claim.id, index]))
  const taken = new Set<number>()
  const matches = to.map((claim) => {
    const index = claim.id === null ? undefined : byId.get(claim.id)
    if (index === undefined || taken.has(index)) return -1
    taken.add(index)
    return index
  })
  if (taken.size * 2 >= to.length) return matches
  // "5. (Canceled)" shares no words with the claim it cancels: a claim cancelled in place, as a US
  // listing keeps it, stands where that claim stood — before a similar claim can take its place.
  to.forEach((claim, toIndex) => {
    if (matches[toIndex] !== -1 || !isCancellation(claim.text) || toIndex >= from.length || taken.has(toIndex)) return
    matches[toIndex] = toIndex
    taken.add(toIndex)
  })
  const candidates: { toIndex: number; fromIndex: number; score: number }[] = []
  const counted = new Map<string, Map<string, number>>()
  const pairs = (text: string) => counted.get(text) ?? counted.set(text, characterPairs(text)).get(text)!
  to.forEach((claim, toIndex) => {
    if (matches[toIndex] !== -1) return
    from.forEach((old, fromIndex) => {
      if (taken.has(fromIndex)) return
      const score = similarity(old.text, claim.text, pairs)
      if (score >= SAME_CLAIM_SIMILARITY) candidates.push({ toIndex, fromIndex, score })
    })
  })
  for (const { toIndex, fromIndex } of candidates.sort((x, y) => y.score - x.score)) {
    if (matches[toIndex] !== -1 || taken.has(fromIndex)) continue
    matches[toIndex] = fromIndex
    taken.add(fromIndex)
  }
  return matches
}

const withoutNumbers = (text: string) => text.replace(/\d+/g, '#')

function changesOf(segments: DiffSegment[]): { insertions: TextChange[]; deletions: TextChange[] } {
  const insertions: TextChange[] = []
  const deletions: TextChange[] = []
  let newOffset = 0
  let oldOffset = 0
  for (const { type, text } of segments) {
    if (type === 'insert') insertions.push({ offset: newOffset, text })
    if (type === 'delete') deletions.push({ offset: oldOffset, text })
    if (type !== 'delete') newOffset += text.length
    if (type !== 'insert') oldOffset += text.length
  }
  return { insertions, deletions }
}

/**
 * Whether two texts of a claim say the same words: line breaks, indents and runs of spaces are
 * layout, not an amendment (an office lists a claim changed only so as unamended).
 */
export const sameWording = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

/**
 * Compares two versions of a claim set claim by claim: claims matched across renumbering, each
 * with its status and the insertions and deletions within it — per character for Chinese, per
 * word for English. A claim whose number changed and whose text differs only in numbers (the
 * references that followed the renumbering) is renumbered, not amended. A claim whose text now says
 * only that it is cancelled ("(Canceled)", "（删除）") is cancelled where it stands. Claims come in
 * the order of the newer version, each claim deleted from it after the claim that preceded it.
 */
export function compareClaims(from: ComparedClaim[], to: ComparedClaim[]): ClaimComparison[] {
  const matches = matchClaims(from, to)
  const result: ClaimComparison[] = to.map((claim, index) => {
    const previous = matches[index]!
    if (previous === -1) {
      return { number: index + 1, previousNumber: null, status: 'new', text: claim.text, insertions: [{ offset: 0, text: claim.text }], deletions: [], segments: [{ type: 'insert', text: claim.text }] }
    }
    const old = from[previous]!.text
    if (isCancellation(claim.text) && !isCancellation(old)) return cancellation(index + 1, previous + 1, old)
    const segments = diffText(old, claim.text)
    const moved = previous !== index
    const status: ClaimStatus = sameWording(old, claim.text)
      ? moved ? 'renumbered' : 'unchanged'
      : moved && withoutNumbers(old) === withoutNumbers(claim.text) ? 'renumbered' : 'amended'
    // A claim laid out anew (its line breaks now spaces) reads as before: nothing to mark in it.
    const shown = sameWording(old, claim.text) ? [{ type: 'equal' as const, text: claim.text }] : segments
    return { number: index + 1, previousNumber: previous + 1, status, text: claim.text, ...changesOf(shown), segments: shown }
  })
  const kept = new Set(matches)
  from.forEach((claim, index) => {
    if (kept.has(index)) return
    const cancelled = cancellation(null, index + 1, claim.text)
    const after = result.findLastIndex((c) => c.previousNumber !== null && c.previousNumber < index + 1)
    result.splice(after + 1, 0, cancelled)
  })
  return result
}

/** A claim cancelled: all of its text, as it stood, taken out. */
function cancellation(number: number | null, previousNumber: number, text: string): ClaimComparison {
  return {
    number,
    previousNumber,
    status: 'cancelled',
    text,
    insertions: [],
    deletions: [{ offset: 0, text }],
    segments: [{ type: 'delete', text }],
  }
}
