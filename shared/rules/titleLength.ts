import type { Jurisdiction } from '../claims/types'
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
    const title = claimSet.title ?? ''
    const overrun = titleOverrun(claimSet.jurisdiction, title)
    if (!overrun) return []
    const { count, limit, overflowAt } = overrun
    return [partFinding(titleLength, 'title', { start: overflowAt, end: title.trimEnd().length }, {
      'zh-CN': `发明名称共${count}个字，上限为${limit}个字（多出${count - limit}个字）`,
      en: `The title has ${count} characters; the limit is ${limit} (${count - limit} over)`,
    })]
  },
}

/**
 * How far a title goes over its office's limit, or null within it (EP sets none). The matter form
 * says so as the title is typed: a claim set's title starts as its matter's.
 */
export function titleOverrun(jurisdiction: Jurisdiction, title: string): { count: number; limit: number; overflowAt: number } | null {
  if (jurisdiction === 'EP') return null
  const limit = TITLE_LIMITS[jurisdiction]
  // The USPTO counts every character, spaces included; CNIPA counts 字.
  const { count, overflowAt } = jurisdiction === 'US' ? countAllCharacters(title, limit) : countCharacters(title, limit)
  return overflowAt === null ? null : { count, limit, overflowAt }
}
