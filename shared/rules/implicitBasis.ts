import type { ParsedClaim, TermMention } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'
import type { ClaimSet } from './claimSet'

/** The earlier words that give a term implicit antecedent basis, and how to make the basis explicit. */
export interface ImplicitBasis {
  /** The word of the claim or a claim it depends on that implies the term ("mixing", "hardened"). */
  word: string
  advice: LocalizedText
}

// "mixing a precursor with a solvent … heating the mixture": the thing a step makes, named by its
// result and not introduced. MPEP 2173.05(e) asks only that the scope be reasonably ascertainable
// (Ex parte Porter: "a controlled stream of fluid" supports "the controlled fluid"), and EPC Art. 84
// only clarity, so this implicit antecedent basis is a note (info), not an error: an examiner may
// still ask for "to form a mixture", which the advice suggests.
const MADE_BY_STEP: ReadonlyMap<string, RegExp> = new Map([
  ['mixture', /\bmix(?:es|ed|ing)?\b/i],
  ['blend', /\bblend(?:s|ed|ing)?\b/i],
  ['combination', /\bcombin(?:es?|ed|ing)\b/i],
  ['dispersion', /\bdispers(?:es?|ed|ing)\b/i],
  ['suspension', /\bsuspend(?:s|ed|ing)?\b/i],
  ['emulsion', /\bemulsif(?:y|ies|ied|ying)\b/i],
  ['solution', /\bdissolv(?:es?|ed|ing)\b/i],
])
const RESULT_ADVICE: LocalizedText = {
  'zh-CN': '如需明确，可写明该步骤所得之物，如 "mixing a precursor with a solvent to form a mixture"。',
  en: 'To make it explicit, say what the step makes: "mixing a precursor with a solvent to form a mixture".',
}

// "said teeth are hardened, the hardening depth being 0.5 mm": a measure or condition of what was
// done to a thing the claim introduces, named after the doing. Only such heads: "mounted … the
// mounting bracket" names a thing of its own, which needs its introduction.
const PROPERTY_OF_DOING = /^([a-z]{3,}ing) (?:[a-z]+ )?(depth|temperature|time|duration|period|pressure|speed|rate|force|torque|angle|direction|thickness|width|length|height|diameter|distance|stroke|ratio|degree|frequency|current|voltage|power|energy|load|range|zone|cycle|condition|parameter)$/
const PROPERTY_ADVICE: LocalizedText = {
  'zh-CN': '如需明确，可在记载该处理处引入该参数，如 "said teeth are hardened to a hardening depth of 0.5 mm"。',
  en: 'To make it explicit, introduce the property where the treatment is recited: "said teeth are hardened to a hardening depth of 0.5 mm".',
}

/**
 * The words before an English reference, in its own claim and in the claims it depends on, that
 * give it implicit antecedent basis: the step that makes it ("mixing" for "the mixture") or the
 * doing it is a property of ("hardened" for "the hardening depth"). Undefined when there are none.
 */
export function implicitBasis(claimSet: ClaimSet, claim: ParsedClaim, mention: TermMention, key: string): ImplicitBasis | undefined {
  const made = MADE_BY_STEP.get(key.slice(key.lastIndexOf(' ') + 1))
  if (made !== undefined) {
    const word = firstFound(made, claimSet, claim, mention)
    return word === undefined ? undefined : { word, advice: RESULT_ADVICE }
  }
  const gerund = PROPERTY_OF_DOING.exec(key)?.[1]
  if (gerund === undefined) return undefined
  const word = firstFound(verbForms(gerund), claimSet, claim, mention)
  return word === undefined ? undefined : { word, advice: PROPERTY_ADVICE }
}

/** The first match in the claim before the mention, then in the claims it depends on. */
function firstFound(pattern: RegExp, claimSet: ClaimSet, claim: ParsedClaim, mention: TermMention): string | undefined {
  const texts = [claim.text.slice(claim.bodyStart, mention.range.start), ...claimSet.ancestors(claim).map((ancestor) => ancestor.text)]
  for (const text of texts) {
    const found = pattern.exec(text)?.[0]
    if (found !== undefined) return found
  }
  return undefined
}

/** Every form of the verb of an -ing word: "hardening" → harden, hardens, hardened; "curing" → cure, cured; "cutting" → cut. */
export function verbForms(gerund: string): RegExp {
  return new RegExp(`\\b(?:${verbStems(gerund).join('|')})(?:s|es|d|ed|ing)?\\b`, 'i')
}

/** The stems the verb of an -ing word may take: "curing" → cur, cure; "cutting" → cutt, cut. */
export function verbStems(gerund: string): string[] {
  const base = gerund.slice(0, -3)
  const stems = [base, `${base}e`]
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) stems.push(base.slice(0, -1))
  return stems
}
