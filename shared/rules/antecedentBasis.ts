import type { ClaimLanguage, ParsedClaim, TermMention, TextRange } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'
import type { ClaimSet } from './claimSet'
import { claimFinding, listNumbers } from './finding'
import { implicitBasis } from './implicitBasis'
import type { ClaimTerms } from './keyedTerms'
import { recitedAction } from './recitedAction'
import { recitedStep } from './recitedStep'
import { descriptionReferences } from './refersToDescription'
import { isStepLabel } from './stepLabel'
import { namesSubjectByPurpose } from './subjectPurpose'
import { supports } from './termKey'
import type { ClaimRule, Finding } from './types'

// Phrases with "the" that never need an introduction: "the same", "the prior art", "the following
// steps", and the things there is only one of ("the Internet", "the earth").
const NO_ANTECEDENT_NEEDED = new Set([
  'same', 'other', 'former', 'latter', 'art', 'prior art', 'invention', 'present invention',
  'internet', 'world wide web', 'earth', 'atmosphere', 'sun', 'moon',
])
const OPENS_A_LIST = /^following\b/
// "the surface of the sphere", "the front ends thereof", "the distance between the plates": an
// inherent attribute of what follows (MPEP 2173.05(e)); "the distance at which the lever
// engages": a term the clause after it defines; "the group consisting of": a Markush group.
const QUALIFIED_BY_WHAT_FOLLOWS =
  /^\s*(?:of|thereof|between|(?:at|in|on|by|through|from|to|with|for|under)\s+which|consisting\s+(?:essentially\s+)?of)\b/i
// "the data in the object": what a thing holds is there with the thing.
const CONTENTS = new Set(['data', 'datum', 'content', 'information'])
const HELD_IN = /^\s*(?:in|on|stored\s+in|contained\s+in|held\s+in)\s/i
// "where d is the distance …": a symbol of a formula, defined by the term that follows it.
const DEFINES_A_SYMBOL = /(?:^|[\s,(])[A-Za-z](?:\d{1,2}|_[A-Za-z0-9]{1,4})?\s+(?:is|denotes|represents|indicates|means)\s+(?:the|said)\s+$/
// "receiving object information … the received object information": a leading participle
// names what happened to the thing, not another thing; so does one of motion ("a drum … the
// rotating drum", "a web … the traveling web"), which says what the thing is doing. Other -ing
// words make a thing of their own: "the heating element" is for heating, no "element".
const LEADING_PARTICIPLE =
  /^(?:[a-z]+ed|travell?ing|moving|rotating|revolving|spinning|sliding|advancing|flowing|circulating|oscillating|vibrating|reciprocating|swinging|pivoting) (?=\S)/
// "A nanoparticle thin film manufacturing method … the nanoparticle thin film": a method of
// making a thing introduces the thing it makes.
const MADE_BY_SUBJECT = /^(.+) (?:manufacturing|production|fabrication|forming|making|preparation|producing) (?:method|process)$/
// "characterized by the fact that", "in the case that", "as the case may be", "in the event that",
// "to the extent that": fixed phrases of the language, never a claimed element.
const IDIOMS: ReadonlyMap<string, { before?: RegExp; after: RegExp }[]> = new Map([
  ['fact', [{ after: /^\s+that\b/i }]],
  ['case', [{ before: /\bin\s+the\s+$/i, after: /^\s+(?:that|where|when|if)\b/i }, { after: /^\s+may\s+be\b/i }, { before: /\bas\s+is\s+the\s+$/i, after: /^/ }]],
  ['event', [{ before: /\bin\s+the\s+$/i, after: /^\s+(?:that|where|when|if)\b/i }]],
  ['extent', [{ after: /^\s+that\b/i }]],
  ['effect', [{ before: /\bto\s+the\s+$/i, after: /^\s+that\b/i }]],
])
// "A computer program product …, when the program is executed": the subject's head before a
// word of its form ("product") names what the claim claims, and gives basis to "the program".
const FORM_OF_SUBJECT = /^(.+ (?:program|software|code)) product$/

/**
 * "所述X" / "the X" / "said X" needs an earlier "X" / "a X" in the claim itself or in the claims
 * it depends on, directly or through others. A multiple dependent claim needs it along every
 * claim it refers to: "claim 1 or 3" must read with claim 1 as well as with claim 3. Terms
 * match tolerantly (see termKey.supports); a term that an earlier claim already refers to is
 * reported there, not again in each dependent; the subject named with the claim reference
 * ("The DMA of claim 1") is left to claims.subject-mismatch, and the thing a manufacturing
 * method makes is introduced by its subject. English phrases that need no introduction are
 * skipped: "the same", "the following steps", the Internet, an inherent attribute ("the surface
 * of the sphere", "the ends thereof", MPEP 2173.05(e)) and what a thing holds ("the data in the
 * object"), a term the words after it define ("the distance at which", "d is the distance"), an
 * attribute named so before, a Markush group ("the group consisting of"), idioms ("the fact
 * that", "in the case that") and what a reference to the description names ("the accompanying
 * drawings", left to claims.refers-to-description); "the received signal" is supported by
 * "receiving a signal" and "the rotating drum" by "a drum", "the mounting step" by the step
 * "mounting a lever", "the valve adjustment" by the action "adjusts a valve", "the program" by the
 * claim's subject "computer program product" and "the detection process" by the subject "process
 * for detecting". The result of a step ("mixing … the mixture") and a property of what was done
 * ("hardened … the hardening depth") have implicit antecedent basis and are noted as info. In Chinese, a step named by its label ("所述步骤S1") needs none.
 */
export const antecedentBasis: ClaimRule = {
  id: 'claims.antecedent-basis',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法第26条第4款；专利审查指南第二部分第二章3.2.2节 / Patent Law Art. 26(4); Guidelines Part II Ch. 2 §3.2.2',
    US: '35 USC 112(b); MPEP 2173.05(e)',
    EP: 'EPC Art. 84',
  },
  title: {
    'zh-CN': '“所述X”须有在前记载（引用基础）',
    en: '"the X" / "said X" has antecedent basis',
  },
  advice: {
    'zh-CN': '先在本权利要求或其引用的权利要求中记载该术语（中文不带“所述”，英文用 "a"/"an"），再指代它，或改用已记载的名称。',
    en: 'Introduce the term earlier in this claim or a claim it depends on (with "a"/"an" in English, without 所述 in Chinese), then refer back to it, or use the name already introduced.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    const chains = new ChainTerms(claimSet)
    for (const claim of claimSet.activeClaims) findings.push(...checkClaim(claimSet, chains, claim))
    return findings
  },
}

function checkClaim(claimSet: ClaimSet, chains: ChainTerms, claim: ParsedClaim): Finding[] {
  const findings: Finding[] = []
  const terms = claimSet.termsOf(claim)
  const subjects = new Set<string>()
  const claimedThings: string[] = []
  for (const source of [claim, ...claimSet.ancestors(claim)]) {
    const subject = claimSet.subjectKeyOf(source)
    subjects.add(subject)
    const made = MADE_BY_SUBJECT.exec(subject)?.[1]
    if (made !== undefined) subjects.add(made)
    const claimed = FORM_OF_SUBJECT.exec(subject)?.[1]
    if (claimed !== undefined) claimedThings.push(claimed)
  }
  const parents = claim.dependsOn
    .map((number) => claimSet.claim(number))
    .filter((parent): parent is ParsedClaim => parent !== undefined && parent !== claim)
  const reported = new Set<string>()
  terms.mentions.forEach(({ mention, key }, index) => {
    if (mention.kind !== 'referenced' || key === '' || reported.has(key)) return
    if (subjects.has(key) || insideReference(claim, mention.range)) return
    const keys = claim.language === 'en' && LEADING_PARTICIPLE.test(key) ? [key, key.replace(LEADING_PARTICIPLE, '')] : [key]
    // Cheaper questions first: the same key above, then the parents (answers kept), then a tolerant match above.
    if (keys.some((candidate) => introducedEarlier(terms, mention, candidate))) return
    const lacking = parents.filter((parent) => !keys.some((candidate) => chains.knownAlong(parent, candidate, claim.language)))
    if (parents.length > 0 && lacking.length === 0) return
    if (keys.some((candidate) => supportedEarlier(terms, mention, candidate, claim.language))) return
    // Rarer reasons come last: most references find their introduction above.
    if (needsNoAntecedent(claim, mention.range, key) || attributeNamedBefore(claim, terms, index, key)) return
    if (claim.language === 'en' && (claimedThings.some((thing) => supports(thing, key, 'en')) || recitedStep(claimSet, claim, mention, key)
      || recitedAction(claimSet, claim, mention, key) || namesASubject(claimSet, claim, key))) return
    reported.add(key)
    const written = claim.text.slice(mention.range.start, mention.range.end)
    const implicit = claim.language === 'en' ? implicitBasis(claimSet, claim, mention, key) : undefined
    if (implicit !== undefined) {
      const source = claimSet.jurisdiction === 'EP' ? 'EPC Art. 84' : 'MPEP 2173.05(e)'
      findings.push(claimFinding(antecedentBasis, claim, mention.range, {
        'zh-CN': `“${written}”未经引入，其引用基础仅隐含于“${implicit.word}”（${source}）`,
        en: `"${written}" is not introduced: its antecedent basis is only implicit in "${implicit.word}" (${source})`,
      }, { severity: 'info', advice: implicit.advice }))
      return
    }
    findings.push(claimFinding(antecedentBasis, claim, mention.range, lacking.length < parents.length
      ? readWith(written, lacking.map((parent) => parent.number))
      : {
          'zh-CN': `“${written}”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“${mention.term}”`,
          en: `"${written}" has no antecedent basis: "${mention.term}" is not introduced earlier in this claim or in the claims it depends on`,
        }, { advice: ADVICE_FOR[claim.language] }))
  })
  return findings
}

/** "the detection process": a subject of the claim's chain named by what it is for ("A process for detecting …"). */
function namesASubject(claimSet: ClaimSet, claim: ParsedClaim, key: string): boolean {
  return [claim, ...claimSet.ancestors(claim)].some((source) => namesSubjectByPurpose(source, claimSet.subjectKeyOf(source), key))
}

/**
 * The advice in words of the claim's own language. A Chinese claim names a feature without an article
 * ("毫米波雷达(3)，安装在…") and refers back to it with 所述, so an English reader of one is not told to add "a".
 */
const ADVICE_FOR: Record<ClaimLanguage, LocalizedText> = {
  zh: {
    'zh-CN': '先在本权利要求或其引用的权利要求中记载该特征（不带“所述”），再用“所述”指代，或改用已记载的名称。',
    en: 'Name the feature earlier in this claim or a claim it depends on, without 所述, then refer back to it with 所述, or use the name already introduced.',
  },
  en: {
    'zh-CN': '在本权利要求或其引用的权利要求中先用 "a"/"an" 引入该术语，或改用已引入的名称。',
    en: 'Introduce the term earlier with "a"/"an" in this claim or a claim it depends on, or use the name already introduced.',
  },
}

/**
 * "the boundary of the terminal domain … the boundary", "the basis weight profile of the web … the
 * basis weight": an attribute named earlier in the claim is there to refer to.
 */
function attributeNamedBefore(claim: ParsedClaim, terms: ClaimTerms, index: number, key: string): boolean {
  for (let earlier = 0; earlier < index; earlier++) {
    const { mention, key: earlierKey } = terms.mentions[earlier]!
    if (mention.kind !== 'referenced' || !supports(earlierKey, key, claim.language)) continue
    if (needsNoAntecedent(claim, mention.range, earlierKey)) return true
  }
  return false
}

function readWith(written: string, numbers: number[]) {
  const list = listNumbers(numbers)
  return {
    'zh-CN': `与权利要求${list['zh-CN']}结合时，“${written}”缺少引用基础`,
    en: `"${written}" has no antecedent basis when this claim is read with claim${numbers.length > 1 ? 's' : ''} ${list.en}`,
  }
}

function needsNoAntecedent(claim: ParsedClaim, range: TextRange, key: string): boolean {
  if (claim.language === 'zh') return isStepLabel(key)
  return NO_ANTECEDENT_NEEDED.has(key) || OPENS_A_LIST.test(key)
    || QUALIFIED_BY_WHAT_FOLLOWS.test(claim.text.slice(range.end, range.end + 32))
    || (CONTENTS.has(key) && HELD_IN.test(claim.text.slice(range.end, range.end + 16)))
    || DEFINES_A_SYMBOL.test(claim.text.slice(Math.max(0, range.start - 24), range.start))
    || isIdiom(claim, range, key)
    || descriptionReferences(claim).some((reference) => reference.start <= range.start && range.end <= reference.end)
}

function isIdiom(claim: ParsedClaim, range: TextRange, key: string): boolean {
  const forms = IDIOMS.get(key)
  if (forms === undefined) return false
  const before = claim.text.slice(Math.max(0, range.start - 12), range.start)
  const after = claim.text.slice(range.end, range.end + 12)
  return forms.some((form) => (form.before === undefined || form.before.test(before)) && form.after.test(after))
}

function insideReference(claim: ParsedClaim, range: TextRange): boolean {
  return claim.references.some((reference) => range.start < reference.range.end && reference.range.start < range.end)
}

/** Introduced before the mention in the same claim, or an abbreviation the claim defines. */
function introducedEarlier(terms: ClaimTerms, referenced: TermMention, key: string): boolean {
  const at = referenced.range.start
  return (terms.firstIntroduced.get(key) ?? at) < at || (!terms.firstIntroduced.has(key) && terms.introduced.has(key))
}

/** Supported by a term introduced before the mention in the same claim (see termKey.supports). */
function supportedEarlier(terms: ClaimTerms, referenced: TermMention, key: string, language: ClaimLanguage): boolean {
  const at = referenced.range.start
  for (const [known, start] of terms.firstIntroduced) if (start < at && supports(known, key, language)) return true
  return false
}

/**
 * Whether a claim or a claim it depends on mentions a term, exact keys first, then tolerantly.
 * Dependent claims ask this of the same parents for the same terms, so each answer is kept for
 * the rest of the analysis.
 */
class ChainTerms {
  private readonly answers: Record<ClaimLanguage, Map<ParsedClaim, Map<string, boolean>>> = { zh: new Map(), en: new Map() }

  constructor(private readonly claimSet: ClaimSet) {}

  knownAlong(parent: ParsedClaim, key: string, language: ClaimLanguage): boolean {
    let answers = this.answers[language].get(parent)
    if (answers === undefined) {
      answers = new Map()
      this.answers[language].set(parent, answers)
    }
    let known = answers.get(key)
    if (known === undefined) {
      known = this.mentionedAlong(parent, key, language)
      answers.set(key, known)
    }
    return known
  }

  private mentionedAlong(parent: ParsedClaim, key: string, language: ClaimLanguage): boolean {
    const { claimSet } = this
    const chain = [parent, ...claimSet.ancestors(parent)]
    if (chain.some((claim) => claimSet.termsOf(claim).all.has(key))) return true
    return chain.some((claim) => {
      for (const known of claimSet.termsOf(claim).all) if (supports(known, key, language)) return true
      return false
    })
  }
}
