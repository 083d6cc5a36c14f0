import type { ParsedClaim, TermMention } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import { cachedSingular, supports } from './termKey'
import type { ClaimRule, Finding } from './types'

// A second introduction counts only when written as one: "a" (not "each", "any", "a count of",
// nor "another", which says it is a different one), or a Chinese quantifier ("一", "多个") not bound
// to an earlier thing by 的 ("所述电接触端子中的一对接触引脚" refers to the pair already there).
const ENGLISH_INTRODUCTION = /(?:^|[^A-Za-z])(?:a|an)\s+(?:plurality\s+of\s+)?$/i
const ENGLISH_OPENING = /^(?:a|an)\s/i
const CHINESE_OPENING = /^(?:一|若干|多个|两个|至少一个)/
const CHINESE_INTRODUCTION = /(?:^|[^的另又再])(?:一|一个|一种|一对|一组|若干|若干个|多个|两个|至少一个)\s*$/

// "a plurality of modes … a mode", "多个用户 … 用户": one thing and a class of them are different terms.
const ENGLISH_PLURAL_LEAD = /(?:plurality\s+of|one\s+or\s+more|two\s+or\s+more|at\s+least\s+two|several|multiple|two|three|four|five|six|seven|eight|nine|ten)\s+$/i
const CHINESE_PLURAL_LEAD = /(?:多|若干|[两二三四五六七八九十几]|至少两)[个根条块片组对只套台层段枚颗把支种]?$/
const ENGLISH_PLURAL_OPENING = /^(?:(?:a|an)\s+)?(?:plurality\s+of|one\s+or\s+more|two\s+or\s+more|at\s+least\s+two|several|multiple)\s/i
const CHINESE_PLURAL_OPENING = /^(?:多|若干|[两二三四五六七八九十几]|至少两)[个根条块片组对只套台层段枚颗把支种]?/
// "每组包括多个第一单元", "each group comprising a plurality of units": said of each one, not a new element.
const CLAUSE_TAIL = /[，,；;：:\n。][^，,；;：:\n。]*$/
const ENGLISH_DISTRIBUTIVE = /\b(?:each|every)\b/i
const CHINESE_DISTRIBUTIVE = /[每各]/

// "a brake lever assembly as claimed in claim 1": the thing of that claim, not a second one.
const NAMED_THROUGH_A_CLAIM = /^\s*(?:\(\s*\d+\s*\)\s*)?,?\s*(?:(?:as\s+)?(?:claimed|defined|recited|described|set\s+forth|specified)\s+in|according\s+to|in\s+accordance\s+with|of)\s+(?:any\s+(?:one\s+)?of\s+|one\s+of\s+|either\s+of\s+)?(?:the\s+(?:preceding\s+)?)?claims?\s*\d/i

// "for a bicycle", "for retrofitting a bicycle", "for use in a vehicle": what the claimed thing is for.
const STATEMENT_OF_PURPOSE = /\bfor\s+(?:use\s+(?:in|on|with)\s+|[a-z]+ing\s+)?(?:a|an)\s+$/i

// "the change in the basis weight": a reference that says which one it means is not ambiguous.
const QUALIFIED_BY_WHAT_FOLLOWS = /^\s*(?:of|in|on|at|for|between|from|to|with|within)\b/i

// "a change in a pressure … a change in the temperature": the words between an introduction and the
// complement that says which one it is.
const OPENS_COMPLEMENT = /^\s*(?:of|in|on|at|for|between|from|to|with|within)\s+(?:(?:a|an|the|said)\s+)?$/i

interface Introduction {
  claim: ParsedClaim
  mention: TermMention
}

/**
 * The same term introduced twice in a claim's chain ("a signal … a signal … the signal") leaves
 * its later references ambiguous. Reported at the second introduction, and only when the term is
 * referred to afterwards; two introductions with the same reference sign name one element, and two
 * whose complements name different things ("a change in a pressure … a change in the temperature")
 * name two.
 */
export const antecedentAmbiguous: ClaimRule = {
  id: 'claims.antecedent-ambiguous',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法第26条第4款 / Patent Law Art. 26(4)',
    US: '35 USC 112(b); MPEP 2173.05(e)',
    EP: 'EPC Art. 84',
  },
  title: {
    'zh-CN': '同一术语不重复引入',
    en: 'A term is introduced only once',
  },
  advice: {
    'zh-CN': '第二次提及时改用“所述”，或用“第一/第二”等区分两个不同的部件。',
    en: 'Refer back with "the"/"said" the second time, or tell the two apart ("first", "second").',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      const reported = new Set<string>()
      for (const { mention, key } of claimSet.termsOf(claim).mentions) {
        if (mention.kind !== 'introduced' || key === '' || reported.has(key)) continue
        const earlier = earlierIntroduction(claimSet, claim, mention, key)
        if (earlier === undefined || namesThePurpose(earlier) || (earlier.claim !== claim && ownsTheSubject(earlier))) continue
        if (statesAPurpose({ claim, mention }) || (earlier.claim !== claim && statesAPurpose(earlier))) continue
        if (!introducesAnew(claim, mention) || sameSign(earlier, { claim, mention }) || namedThroughAClaim(claim, mention)) continue
        if (isPlural(earlier.claim, earlier.mention) !== isPlural(claim, mention) || saidOfEach(claim, mention)) continue
        if (toldApartByComplements(claimSet, earlier, { claim, mention })) continue
        if (!referredToAfter(claimSet, claim, mention, key)) continue
        reported.add(key)
        const written = claim.text.slice(mention.range.start, mention.range.end)
        const where = earlier.claim === claim
          ? { 'zh-CN': '本权利要求前文', en: 'earlier in this claim' }
          : { 'zh-CN': `权利要求${earlier.claim.number}`, en: `claim ${earlier.claim.number}` }
        findings.push(claimFinding(antecedentAmbiguous, claim, mention.range, {
          'zh-CN': `“${written}”再次引入了${where['zh-CN']}已记载的“${mention.term}”，其后的“所述${mention.term}”指代不清`,
          en: `"${written}" introduces "${mention.term}" again (already introduced ${where.en}); later references to it are ambiguous`,
        }))
      }
    }
    return findings
  },
}

/** An introduction of the same term before this one: earlier in the claim or in a claim it depends on. */
function earlierIntroduction(claimSet: ClaimSet, claim: ParsedClaim, later: TermMention, key: string): Introduction | undefined {
  const inClaim = claimSet.termsOf(claim).firstIntroduced.get(key)
  const source = inClaim !== undefined && inClaim < later.range.start
    ? claim
    : claimSet.ancestors(claim).find((ancestor) => claimSet.termsOf(ancestor).firstIntroduced.has(key))
  if (source === undefined) return undefined
  const start = claimSet.termsOf(source).firstIntroduced.get(key)
  const mention = source.terms.find((candidate) => candidate.kind === 'introduced' && candidate.range.start === start)
  return mention === undefined ? undefined : { claim: source, mention }
}

/**
 * "A method of monitoring posture, comprising: sensing a posture of the user": a bare noun of the
 * preamble names what the claim is for, in general, and the body's "a posture" is the one the
 * claim speaks of; US and EP practice accept the article there. The bare noun still gives
 * antecedent basis to a "the posture" no body introduces (claims.antecedent-basis).
 */
function namesThePurpose({ claim, mention }: Introduction): boolean {
  const { preamble } = claim
  return claim.language === 'en' && mention.range.start >= preamble.start && mention.range.end <= preamble.end
    && !introducesAnew(claim, mention)
}

/**
 * "一种巡检机器人的传感器安装结构": the thing before 的 in a Chinese subject is what the claimed thing
 * belongs to, not a claimed element, so a later claim to that thing ("一种巡检机器人，包括权利要求1所述的
 * 传感器安装结构", the usual CN form) introduces it for the first time.
 */
function ownsTheSubject({ claim, mention }: Introduction): boolean {
  if (claim.language !== 'zh' || claim.subject === '') return false
  const subjectStart = claim.text.indexOf(claim.subject, claim.bodyStart)
  const headStart = subjectStart + claim.subject.lastIndexOf('的')
  return subjectStart >= 0 && mention.range.start >= subjectStart && mention.range.end <= headStart
}

/**
 * "A brake lever for a bicycle (B)", "Use of the brake lever according to claim 1 for retrofitting a
 * bicycle": the thing a claim's preamble names what it is for is no claimed element, so an "a X"
 * there is no second introduction, nor is a later claim's "a bicycle" one of the bicycle another
 * claim names only as a purpose. Within one claim, a body that introduces the thing of its
 * purpose again still does.
 */
function statesAPurpose({ claim, mention }: Introduction): boolean {
  if (claim.language !== 'en' || mention.range.end > claim.preamble.end) return false
  return STATEMENT_OF_PURPOSE.test(claim.text.slice(Math.max(0, mention.range.start - 40), mention.range.start))
}

function introducesAnew(claim: ParsedClaim, mention: TermMention): boolean {
  const lead = claim.text.slice(Math.max(0, mention.range.start - 16), mention.range.start)
  const written = claim.text.slice(mention.range.start, mention.range.end)
  const pattern = claim.language === 'zh' ? CHINESE_INTRODUCTION : ENGLISH_INTRODUCTION
  const opening = claim.language === 'zh' ? CHINESE_OPENING : ENGLISH_OPENING
  // The mention's range may include its article or quantifier, or start after it.
  return pattern.test(lead) || (opening.test(written) && !lead.endsWith('的'))
}

function namedThroughAClaim(claim: ParsedClaim, mention: TermMention): boolean {
  return claim.language !== 'zh' && NAMED_THROUGH_A_CLAIM.test(claim.text.slice(mention.range.end, mention.range.end + 60))
}

/**
 * "detecting a change in a pressure … signalling a change in the temperature": two introductions
 * whose complements name different things are two different things, as a reference with such a
 * complement is one of them ("the change in the pressure"). Complements that may name the same
 * thing ("a request for an operation … a request for an operation initiated by …") do not.
 */
function toldApartByComplements(claimSet: ClaimSet, earlier: Introduction, later: Introduction): boolean {
  if (later.claim.language !== 'en') return false
  const first = complementKey(claimSet, earlier)
  const second = complementKey(claimSet, later)
  return first !== undefined && second !== undefined && !supports(first, second, 'en') && !supports(second, first, 'en')
}

/** The key of the term right after an introduction's preposition: "pressure" of "a change in a pressure". */
function complementKey(claimSet: ClaimSet, { claim, mention }: Introduction): string | undefined {
  const next = claimSet.termsOf(claim).mentions.find((candidate) => candidate.mention.range.start >= mention.range.end)
  if (next === undefined || !OPENS_COMPLEMENT.test(claim.text.slice(mention.range.end, next.mention.range.start))) return undefined
  return next.key
}

/** Whether an introduction names several things: "a plurality of connectors", "多个用户". */
function isPlural(claim: ParsedClaim, mention: TermMention): boolean {
  const lead = claim.text.slice(Math.max(0, mention.range.start - 20), mention.range.start)
  const written = claim.text.slice(mention.range.start, mention.range.end)
  if (claim.language === 'zh') return CHINESE_PLURAL_LEAD.test(lead) || CHINESE_PLURAL_OPENING.test(written)
  const last = /[a-z0-9]+$/i.exec(written)?.[0].toLowerCase() ?? ''
  return ENGLISH_PLURAL_LEAD.test(lead) || ENGLISH_PLURAL_OPENING.test(written) || cachedSingular(last) !== last
}

/** Whether the clause an introduction stands in speaks of each of several things. */
function saidOfEach(claim: ParsedClaim, mention: TermMention): boolean {
  const before = claim.text.slice(Math.max(claim.bodyStart, mention.range.start - 160), mention.range.start)
  const clause = before.slice(CLAUSE_TAIL.exec(before)?.index ?? 0)
  return (claim.language === 'zh' ? CHINESE_DISTRIBUTIVE : ENGLISH_DISTRIBUTIVE).test(clause)
}

/** The reference sign right after a mention ("支撑座（1）", "member 12"), if any. */
function signAfter({ claim, mention }: Introduction): string | undefined {
  return claim.referenceSigns.find((sign) => sign.range.start >= mention.range.end && sign.range.start <= mention.range.end + 2)?.sign
}

function sameSign(earlier: Introduction, later: Introduction): boolean {
  const sign = signAfter(later)
  return sign !== undefined && sign === signAfter(earlier)
}

/** Whether a later plain reference ("the signal", not "the signal of the sensor") could mean either. */
function referredToAfter(claimSet: ClaimSet, claim: ParsedClaim, introduction: TermMention, key: string): boolean {
  const plainReference = (source: ParsedClaim, mention: TermMention, mentionKey: string) =>
    mention.kind === 'referenced' && mentionKey === key
    && (source.language === 'zh' || !QUALIFIED_BY_WHAT_FOLLOWS.test(source.text.slice(mention.range.end, mention.range.end + 16)))
  if (claimSet.termsOf(claim).mentions.some(({ mention, key: mentionKey }) =>
    plainReference(claim, mention, mentionKey) && mention.range.start > introduction.range.start)) return true
  return claimSet.dependents(claim).some((dependent) =>
    claimSet.termsOf(dependent).mentions.some(({ mention, key: mentionKey }) => plainReference(dependent, mention, mentionKey)))
}
