import type { ClaimLanguage } from '../claims/types'
import { allMatches } from './allMatches'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import { CHINESE_INDEFINITE_WORDS, ENGLISH_INDEFINITE_WORDS, type IndefiniteWord } from './indefiniteWords'
import type { ClaimRule, Finding } from './types'

interface Vocabulary {
  pattern: RegExp
  byWord: Map<string, IndefiniteWord>
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One alternation per language, longest words first so that "大约" wins over "约". */
function vocabulary(words: readonly IndefiniteWord[], language: ClaimLanguage): Vocabulary {
  const alternatives = [...words]
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word }) => escape(word))
    .join('|')
  return {
    pattern: language === 'en' ? new RegExp(`\\b(?:${alternatives})(?![A-Za-z])`, 'gi') : new RegExp(alternatives, 'g'),
    byWord: new Map(words.map((entry) => [entry.word, entry])),
  }
}

const VOCABULARIES: Record<ClaimLanguage, Vocabulary> = {
  zh: vocabulary(CHINESE_INDEFINITE_WORDS, 'zh'),
  en: vocabulary(ENGLISH_INDEFINITE_WORDS, 'en'),
}

/** Whether the hit at `at` lies inside one of the word's definite guard words. */
function guarded(text: string, at: number, entry: IndefiniteWord): boolean {
  for (const guard of entry.guards ?? []) {
    for (let offset = guard.indexOf(entry.word); offset >= 0; offset = guard.indexOf(entry.word, offset + 1)) {
      if (at - offset >= 0 && text.startsWith(guard, at - offset)) return true
    }
  }
  if (entry.precededBy !== undefined && !entry.precededBy.test(text.slice(Math.max(0, at - 16), at))) return true
  return entry.followedBy !== undefined && !entry.followedBy.test(text.slice(at + entry.word.length, at + entry.word.length + 24))
}

// MPEP 2173.05(b): a term of degree is definite when the description gives a standard for it.
const US_DEGREE = {
  severity: 'info',
  advice: {
    'zh-CN': '美国实践接受程度用语，但说明书须给出衡量该程度的标准；请确认说明书已给出。',
    en: 'The USPTO accepts a term of degree when the description gives a standard for measuring it: make sure it does.',
  },
} as const

/**
 * Indefinite or exemplary words ("约", "等", "例如", "substantially", "such as") make the scope
 * of a claim unclear; each hit is checked against guard lists so that definite words that
 * contain them (强度, 等于, 约束, 厚度, 薄膜, "rotate about an axis") are not reported. Severity
 * follows the office: CNIPA and the EPO object to terms of degree (约, 左右, "about") and the rule
 * warns; the USPTO accepts them where the description gives a standard, so for the US they are
 * an info note asking to check that it does.
 */
export const indefiniteTerm: ClaimRule = {
  id: 'claims.indefinite-term',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  source: {
    CN: '专利法第26条第4款；专利审查指南第二部分第二章3.2.2节 / Patent Law Art. 26(4); Guidelines Part II Ch. 2 §3.2.2',
    US: '35 USC 112(b); MPEP 2173.05(b), 2173.05(d)',
    EP: 'EPC Art. 84; Guidelines F-IV 4.6–4.9',
  },
  title: {
    'zh-CN': '不使用含义不确定或示例性的用语',
    en: 'No indefinite or exemplary wording',
  },
  advice: {
    'zh-CN': '删除该用语，或改为确定的数值范围或明确的特征；示例可移到说明书中。',
    en: 'Delete the word or replace it with a definite value, range or feature; move examples to the description.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      const { pattern, byWord } = VOCABULARIES[claim.language]
      let text = claim.text
      for (const match of allMatches(pattern, claim.text)) {
        // Guards are written in lower case; most claims never get this far.
        if (claim.language === 'en') text = text === claim.text ? claim.text.toLowerCase() : text
        const entry = byWord.get(claim.language === 'en' ? match[0].toLowerCase() : match[0])
        if (entry === undefined || match.index < claim.bodyStart || guarded(text, match.index, entry)) continue
        const written = claim.text.slice(match.index, match.index + match[0].length)
        const range = { start: match.index, end: match.index + match[0].length }
        findings.push(entry.degree && claimSet.jurisdiction === 'US'
          ? claimFinding(indefiniteTerm, claim, range, {
              'zh-CN': `“${written}”是程度用语，其含义取决于说明书给出的衡量标准`,
              en: `"${written}" is a term of degree: its meaning depends on the standard the description gives`,
            }, US_DEGREE)
          : claimFinding(indefiniteTerm, claim, range, {
              'zh-CN': `“${written}”含义不确定或属于示例性用语，会使保护范围不清楚`,
              en: `"${written}" is indefinite or exemplary wording that leaves the scope of the claim unclear`,
            }))
      }
    }
    return findings
  },
}
