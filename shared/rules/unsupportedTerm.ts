import type { ClaimSet } from './claimSet'
import type { DescriptionIndex } from './descriptionIndex'
import { claimFinding } from './finding'
import { markushMembers } from './markushGroup'
import { isStepLabel } from './stepLabel'
import { termKey, withoutChineseSymbol } from './termKey'
import type { ClaimRule, Finding } from './types'

// "means" names no thing: "display means" is supported where the description has a display, and
// "the means for storing" by the structure that claims.means-plus-function asks for.
const MEANS = /(?:^|\s)means$/
// Words that pick one of the things the rest names without saying what it is: "a desired rest
// position" is the rest position the user wants, supported where the description has a rest position.
const CHOOSING_WORD = /^(?:desired|given|certain|particular)\s/
// A claim's category alone ("A method of …", "一种系统") names what is claimed, not a feature to describe.
const CATEGORY_WORDS = new Set(['method', 'process', 'use', 'system', 'apparatus', 'device', '方法', '用途', '系统', '装置', '设备'])

/**
 * Every claim term appears in the description, in its words (English compared without case or
 * plural endings; "display means" by its display), except a claim's category alone ("method",
 * "系统"), a word that only picks one of the things named ("a desired rest position" by its rest
 * position), a step named by the label the claims give it ("所述步骤S1") and the head word of a Markush
 * group whose members the description names ("a material selected from the group consisting of
 * aluminum and magnesium"), and the symbol a Chinese claim writes after a name ("风偏角θ" is supported
 * by 风偏角). Runs only when a description is given; each missing term is reported
 * once, at its first mention in the claim set, as the claim writes it.
 */
export const unsupportedTerm: ClaimRule = {
  reads: 'description',
  id: 'claims.unsupported-term',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法第26条第4款；专利法实施细则第22条第3款 / Patent Law Art. 26(4); Implementing Rules Art. 22(3)',
    US: '37 CFR 1.75(d)(1)',
    EP: 'EPC Art. 84',
  },
  title: {
    'zh-CN': '权利要求用语在说明书中有记载',
    en: 'Claim terms appear in the description',
  },
  advice: {
    'zh-CN': '在说明书中记载该术语并说明其含义，或改用说明书中的用语。',
    en: 'Describe the term in the description, or use the description\'s wording.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const description = claimSet.description
    if (description === null) return []
    const findings: Finding[] = []
    const checked = { zh: new Set<string>(), en: new Set<string>() }
    for (const claim of claimSet.activeClaims) {
      const minimum = claim.language === 'zh' ? 2 : 3
      for (const { mention, key } of claimSet.termsOf(claim).mentions) {
        if (key.length < minimum || checked[claim.language].has(key)) continue
        checked[claim.language].add(key)
        const supportedBy = claim.language === 'en' ? namedThing(key) : key
        if (supportedBy === '' || CATEGORY_WORDS.has(supportedBy) || isStepLabel(supportedBy)) continue
        if (description.uses(supportedBy, claim.language)) continue
        // "风偏角θ": the symbol labels the feature in the claims, the description need only name the feature.
        if (claim.language === 'zh' && description.uses(withoutChineseSymbol(supportedBy), 'zh')) continue
        if (claim.language === 'en' && headsDescribedGroup(claim.text, mention.range.end, description)) continue
        // As the claim writes it: "white LED", not the key's "white led".
        const written = claim.text.slice(mention.range.start, mention.range.end)
        findings.push(claimFinding(unsupportedTerm, claim, mention.range, {
          'zh-CN': `说明书中没有记载“${written}”，权利要求的用语应得到说明书的支持`,
          en: `"${written}" does not appear in the description; claim terms must find support there`,
        }))
      }
    }
    return findings
  },
}

function namedThing(key: string): string {
  return key.replace(MEANS, '').replace(CHOOSING_WORD, '')
}

function headsDescribedGroup(text: string, headEnd: number, description: DescriptionIndex): boolean {
  const members = markushMembers(text, headEnd).map((member) => termKey(member, 'en'))
  return members.length > 0 && members.every((key) => key !== '' && description.uses(key, 'en'))
}
