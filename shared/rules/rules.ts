import { abstractLength } from './abstractLength'
import { antecedentAmbiguous } from './antecedentAmbiguous'
import { antecedentBasis } from './antecedentBasis'
import { descriptionParts } from './descriptionParts'
import { disclosureReferenceNumerals } from './disclosureReferenceNumerals'
import { disclosureRequiredFields } from './disclosureRequiredFields'
import { fees } from './fees'
import { indefiniteTerm } from './indefiniteTerm'
import { meansPlusFunction } from './meansPlusFunction'
import { multipleDependencyAlternative } from './multipleDependencyAlternative'
import { multipleDependencyChain } from './multipleDependencyChain'
import { noIndependent } from './noIndependent'
import { numbering } from './numbering'
import { referenceForward } from './referenceForward'
import { referenceMissing } from './referenceMissing'
import { referenceSignFormat } from './referenceSignFormat'
import { repeatedLimitation } from './repeatedLimitation'
import { refersToDescription } from './refersToDescription'
import { singleSentence } from './singleSentence'
import { subjectMismatch } from './subjectMismatch'
import { titleLength } from './titleLength'
import { twoPartForm } from './twoPartForm'
import { unsupportedTerm } from './unsupportedTerm'
import type { ClaimRule, DisclosureRule, Rule } from './types'

/** The rules on a claim set, its title, abstract and description, in the order the rule list shows them. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  numbering,
  referenceMissing,
  referenceForward,
  multipleDependencyAlternative,
  multipleDependencyChain,
  subjectMismatch,
  noIndependent,
  antecedentBasis,
  antecedentAmbiguous,
  singleSentence,
  refersToDescription,
  referenceSignFormat,
  indefiniteTerm,
  repeatedLimitation,
  meansPlusFunction,
  twoPartForm,
  unsupportedTerm,
  fees,
  abstractLength,
  titleLength,
  descriptionParts,
]

/** The rules on a disclosure form. */
export const DISCLOSURE_RULES: readonly DisclosureRule[] = [
  disclosureRequiredFields,
  disclosureReferenceNumerals,
]

/** Every drafting rule. Explicit: a rule takes part only by being listed here. */
export const RULES: readonly Rule[] = [...CLAIM_RULES, ...DISCLOSURE_RULES]

/** The rules that cannot judge a claim set while this part of it is empty (see ClaimRule.reads). */
export const rulesReading = (part: NonNullable<ClaimRule['reads']>): string[] =>
  CLAIM_RULES.filter((rule) => rule.reads === part).map((rule) => rule.id)
