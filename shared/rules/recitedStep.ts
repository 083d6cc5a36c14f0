import type { ParsedClaim, TermMention } from '../claims/types'
import type { ClaimSet } from './claimSet'

// "the mounting step", "the first determining step": a step named by its verb.
const STEP_NAMED_BY_VERB = /(?:^| )([a-z]{3,}ing) steps?$/

/**
 * Whether a reference names a step the method recites before it, in its own claim or a claim it
 * depends on: "mounting a lever (4) on …" gives basis to "the mounting step", as "determining a
 * position" does to "the determining step" ("the step of mounting" is defined by what follows it).
 * The -ing word must stand as a step, outside any term: "a mounting bracket" recites no mounting.
 */
export function recitedStep(claimSet: ClaimSet, claim: ParsedClaim, mention: TermMention, key: string): boolean {
  const gerund = STEP_NAMED_BY_VERB.exec(key)?.[1]
  if (gerund === undefined) return false
  const verb = new RegExp(`\\b${gerund}\\b`, 'gi')
  return [claim, ...claimSet.ancestors(claim)].some((source) => {
    const end = source === claim ? mention.range.start : source.text.length
    verb.lastIndex = source.bodyStart
    for (let match = verb.exec(source.text); match !== null && match.index < end; match = verb.exec(source.text)) {
      const at = match.index
      if (!source.terms.some(({ range }) => range.start <= at && at < range.end)) return true
    }
    return false
  })
}
