import type { ParsedClaim, TermMention } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { englishWords } from './termKey'

// The endings that make a noun of a verb's doing: adjust-ment, rotat-ion, select-ion.
const NOUN_OF_DOING = /(?:ment|ion)$/
// Nouns of change that are the verb itself: "changes a valve … the valve change".
const CHANGES = new Set(['change', 'increase', 'decrease', 'rise', 'drop', 'shift', 'update', 'transfer', 'exchange', 'reset'])
const ARTICLE = /^\s+(?:a|an|the|said)\s+/i
const CLAUSE_END = /[,;:.]/

/**
 * Whether a reference names an action the claim recites before it, in its own claim or a claim
 * it depends on, by the thing acted on and the noun of the verb: "adjusts a valve" gives basis to
 * "the valve adjustment", "changes a network access point (NAP)" to "the NAP change". The verb
 * must take that thing as its object, with an article, in the same clause.
 */
export function recitedAction(claimSet: ClaimSet, claim: ParsedClaim, mention: TermMention, key: string): boolean {
  const space = key.lastIndexOf(' ')
  if (space < 0) return false
  const verb = verbOfNoun(key.slice(space + 1))
  if (verb === undefined) return false
  const object = ` ${key.slice(0, space)} `
  return [claim, ...claimSet.ancestors(claim)].some((source) => {
    const end = source === claim ? mention.range.start : source.text.length
    verb.lastIndex = source.bodyStart
    for (let match = verb.exec(source.text); match !== null && match.index < end; match = verb.exec(source.text)) {
      const after = source.text.slice(match.index + match[0].length, end)
      const article = ARTICLE.exec(after)
      if (article === null) continue
      const clause = after.slice(article[0].length).split(CLAUSE_END, 1)[0] ?? ''
      if (` ${englishWords(clause).join(' ')} `.includes(object)) return true
    }
    return false
  })
}

/** Every form of the verb a noun of doing comes from: "adjustment" → adjust, adjusts, adjusted; "change" → changes, changing. */
function verbOfNoun(noun: string): RegExp | undefined {
  const stem = CHANGES.has(noun) ? noun.replace(/e$/, '') : NOUN_OF_DOING.exec(noun) ? noun.replace(NOUN_OF_DOING, '') : undefined
  if (stem === undefined || stem.length < 3) return undefined
  return new RegExp(`\\b${stem}(?:e|es|s|ed|d|ing)?\\b`, 'gi')
}
