import type { ClaimSet } from './claimSet'
import { partFinding } from './finding'
import { countAllCharacters, countCharacters } from './textLength'
import type { ClaimRule, Finding } from './types'

/** Characters a title may have: CN as a rule (40 in special cases, e.g. chemistry), US at most. */
const TITLE_LIMITS = { CN: 25, US: 500 } as const

/** The title is short: CN generally at most 25 characters; US at most 500 characters. */
export const titleLength: ClaimRule = {
  id: 'title.length',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US'],
  severity: 'warning',
  source: {
    CN: '专利审查指南第一部分第一章4.1.1节 / Guidelines for Examination Part I Ch. 1 §4.1.1',
    US: '37 CFR 1.72(a)',
  },
  title: {
    'zh-CN': '发明名称长度',
    en: 'Title length',
  },
  advice: {
    'zh-CN': '缩短发明名称，只保留技术主题。',
    en: 'Shorten the title to the technical subject.',
  },
  check(claimSet: ClaimSet): Finding[] {
    if (claimSet.jurisdiction === 'EP') return []
    const limit = TITLE_LIMITS[claimSet.jurisdiction]
    const title = claimSet.title ?? ''
    // The USPTO counts every character, spaces included; CNIPA counts 字.
    const { count, overflowAt } = claimSet.jurisdiction === 'US' ? countAllCharacters(title, limit) : countCharacters(title, limit)
    if (overflowAt === null) return []
    return [partFinding(titleLength, 'title', { start: overflowAt, end: title.trimEnd().length }, {
      'zh-CN': `发明名称共${count}个字，上限为${limit}个字（多出${count - limit}个字）`,
      en: `The title has ${count} characters; the limit is ${limit} (${count - limit} over)`,
    })]
  },
}
