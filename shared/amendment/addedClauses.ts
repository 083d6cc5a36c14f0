import { findClaimReferences } from '../claims/claimReferences'
import type { ClaimLanguage } from '../claims/types'
import type { DiffSegment } from '../editor/tokenDiff'
import { textUnits, type TextUnit } from './textUnits'

/** A clause of an amended claim holding text the amendment put in. */
export interface AddedClause {
  /** The claim's units (textUnits); indexes below are into this array. */
  units: TextUnit[]
  /** The clause's units: units[from] up to, not including, units[to]. */
  from: number
  to: number
  /** Indexes of the content units the amendment added, in order; never empty. */
  added: number[]
}

const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '，', '；', '：', '、', '。'])

/** Whether text[from..to] holds a clause break; a full stop between digits is a decimal point. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let at = from; at <= to && at < text.length; at++) {
    const char = text[at]!
    if (CLAUSE_PUNCTUATION.has(char) || (char === '.' && !/\d/.test(text[at + 1] ?? ''))) return true
  }
  return false
}

/**
 * The clauses of an amended claim that hold added text: the runs the diff inserted, less claim
 * references (renumbering and updated references add no matter) and punctuation. A clause ends
 * at a comma, semicolon or colon, so that two features spliced in together are judged apart.
 * `segments` is the diff from the claim as it was to `text` (compareClaims).
 */
export function addedClauses(text: string, segments: readonly DiffSegment[], number: number, language: ClaimLanguage): AddedClause[] {
  const inserted = new Uint8Array(text.length)
  let offset = 0
  for (const segment of segments) {
    if (segment.type === 'delete') continue
    if (segment.type === 'insert') inserted.fill(1, offset, offset + segment.text.length)
    offset += segment.text.length
  }
  for (const reference of findClaimReferences(text, 0, number, language)) inserted.fill(0, reference.range.start, reference.range.end)

  const units = textUnits(text, language)
  const clauses: AddedClause[] = []
  let from = 0
  let current: number[] = []
  const close = (to: number) => {
    if (current.length > 0) clauses.push({ units, from, to, added: current })
    current = []
    from = to
  }
  units.forEach((unit, index) => {
    if (breaksClause(text, index === 0 ? 0 : units[index - 1]!.end, unit.start)) close(index)
    if (unit.content && inserted.subarray(unit.start, unit.end).includes(1)) current.push(index)
  })
  close(units.length)
  return clauses
}
