import type { ClaimLanguage } from '../claims/types'
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
  return entry.followedBy !== undefined && !entry.followedBy.test(text.slice(at + entry.word.length, at + entry.word.length + 24))
}

/**
 * Indefinite or exemplary words ("约", "等", "例如", "substantially", "such as") make the scope
 * of a claim unclear; each hit is checked against guard lists so that definite words that
 * contain them (强度, 等于, 约束, 厚度, 薄膜, "rotate about an axis") are not reported.
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
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      const { pattern, byWord } = VOCABULARIES[claim.language]
      let text = claim.text
      for (const match of claim.text.matchAll(pattern)) {
        // Guards are written in lower case; most claims never get this far.
        if (claim.language === 'en') text = text === claim.text ? claim.text.toLowerCase() : text
        const entry = byWord.get(claim.language === 'en' ? match[0].toLowerCase() : match[0])
        if (entry === undefined || match.index < claim.bodyStart || guarded(text, match.index, entry)) continue
        const written = claim.text.slice(match.index, match.index + match[0].length)
        findings.push(claimFinding(indefiniteTerm, claim, { start: match.index, end: match.index + match[0].length }, {
          'zh-CN': `“${written}”含义不确定或属于示例性用语，会使保护范围不清楚`,
          en: `"${written}" is indefinite or exemplary wording that leaves the scope of the claim unclear`,
        }))
      }
    }
    return findings
  },
}
