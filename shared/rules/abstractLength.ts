import type { ClaimSet } from './claimSet'
import { partFinding } from './finding'
import { countCharacters, countWords } from './textLength'
import type { ClaimRule, Finding } from './types'

const CN_CHARACTER_LIMIT = 300
const WORD_LIMIT = 150

/**
 * The abstract is short: CN at most 300 characters, punctuation included; US at most 150
 * words; EP preferably at most 150 words.
 */
export const abstractLength: ClaimRule = {
  id: 'abstract.length',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  reads: 'abstract',
  source: {
    CN: '专利法实施细则第26条第2款 / Implementing Rules Art. 26(2)',
    US: '37 CFR 1.72(b)',
    EP: 'EPC Rule 47(3)',
  },
  title: {
    'zh-CN': '摘要篇幅',
    en: 'Abstract length',
  },
  advice: {
    'zh-CN': '删减摘要，只保留技术领域、要解决的问题、技术方案要点和主要用途。',
    en: 'Shorten the abstract to the field, the problem, the gist of the solution and the main use.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const text = claimSet.abstract ?? ''
    if (claimSet.jurisdiction === 'CN') {
      const { count, overflowAt } = countCharacters(text, CN_CHARACTER_LIMIT)
      if (overflowAt === null) return []
      return [partFinding(abstractLength, 'abstract', { start: overflowAt, end: text.trimEnd().length }, {
        'zh-CN': `摘要文字部分共${count}个字，上限为${CN_CHARACTER_LIMIT}个字（多出${count - CN_CHARACTER_LIMIT}个字）`,
        en: `The abstract has ${count} characters, ${count - CN_CHARACTER_LIMIT} over the limit of ${CN_CHARACTER_LIMIT}`,
      })]
    }
    const { count, overflowAt } = countWords(text, WORD_LIMIT)
    if (overflowAt === null) return []
    const over = count - WORD_LIMIT
    return [partFinding(abstractLength, 'abstract', { start: overflowAt, end: text.trimEnd().length }, claimSet.jurisdiction === 'EP'
      ? {
          'zh-CN': `摘要共${count}个词，比建议的${WORD_LIMIT}词多${over}个词`,
          en: `The abstract has ${count} words, ${over} more than the ${WORD_LIMIT} it should preferably not exceed`,
        }
      : {
          'zh-CN': `摘要共${count}个词，上限为${WORD_LIMIT}个词（多出${over}个词）`,
          en: `The abstract has ${count} words, ${over} over the limit of ${WORD_LIMIT}`,
        })]
  },
}
