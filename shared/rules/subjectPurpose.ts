import type { ParsedClaim } from '../claims/types'
import { verbStems } from './implicitBasis'

// "A process for detecting a leak", "A method of cleaning a filter": the doing the subject is for.
const PURPOSE = /^\s+(?:for|of)\s+([a-z]{3,}ing)\b/i
// The endings that turn a verb into the noun of its doing: detect-ion, measure-ment, produc-tion, clean-ing.
const NOUN_OF_DOING = /^(?:|ing|ion|tion|ation|ition|ment|ance|ence|al|ure|is)$/

/**
 * Whether a reference names a claim's subject by the doing its preamble says it is for: "the
 * detection process" is the claimed "process for detecting …", "the cleaning method" the "method
 * for cleaning …". `subjectKey` is the claim's subject as a term key ("process"); the reference
 * must be that key with one word before it, a noun of the same verb.
 */
export function namesSubjectByPurpose(claim: ParsedClaim, subjectKey: string, referencedKey: string): boolean {
  if (subjectKey === '' || !referencedKey.endsWith(` ${subjectKey}`)) return false
  const doing = referencedKey.slice(0, -subjectKey.length - 1)
  if (doing.includes(' ')) return false
  const gerund = purposeOf(claim)
  return gerund !== undefined && verbStems(gerund).some((stem) => doing.startsWith(stem) && NOUN_OF_DOING.test(doing.slice(stem.length)))
}

/** The -ing word right after the subject in the preamble, lower-cased: "detecting". */
function purposeOf(claim: ParsedClaim): string | undefined {
  const preamble = claim.text.slice(claim.bodyStart, claim.preamble.end)
  const at = claim.subject === '' ? -1 : preamble.toLowerCase().indexOf(claim.subject.toLowerCase())
  if (at < 0) return undefined
  return PURPOSE.exec(preamble.slice(at + claim.subject.length))?.[1]?.toLowerCase()
}

