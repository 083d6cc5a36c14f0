import type { ParsedClaim, TextRange } from '../claims/types'
import { allMatches } from './allMatches'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import type { ClaimRule, Finding } from './types'

// A limitation is a clause of the claim: the words between two commas, semicolons or colons.
const CLAUSE = /[^，,；;：:。]+/g
// Reference signs and blanks do not change what a clause limits: "所述支架（2）连接所述底座" is "所述支架连接所述底座".
const SIGNS_AND_BLANKS = /[（(][^（()）]*[）)]|\s+/g

/**
 * A claim states each of its limitations once: the same clause written twice ("所述A连接所述B，
 * 所述A连接所述B") adds nothing to the scope and leaves the reader asking which feature was meant
 * (Patent Law Art. 26(4): claims define the scope clearly and concisely; Guidelines II-2 §3.2.3).
 * Clauses are compared as written, apart from reference signs and blanks. A method claim may do a
 * step twice ("洗涤沉淀；加入乙醇，洗涤沉淀"), so its clauses are not compared.
 */
export const repeatedLimitation: ClaimRule = {
  id: 'claims.repeated-limitation',
  appliesTo: 'claims',
  jurisdictions: ['CN'],
  severity: 'warning',
  source: {
    CN: '专利法第26条第4款；专利审查指南第二部分第二章3.2.3节 / Patent Law Art. 26(4); Guidelines Part II Ch. 2 §3.2.3',
  },
  title: {
    'zh-CN': '同一限定在一项权利要求中只记载一次',
    en: 'Each limitation is stated once in a claim',
  },
  advice: {
    'zh-CN': '删除重复的限定；如本意是限定另一特征，请改写为该特征。',
    en: 'Delete the repeated limitation, or rewrite it as the other feature it was meant to limit.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      if (claim.category === 'method') continue
      for (const range of repeatedClauses(claim)) {
        const written = claim.text.slice(range.start, range.end)
        findings.push(claimFinding(repeatedLimitation, claim, range, {
          'zh-CN': `“${written}”在本权利要求中重复记载`,
          en: `"${written}" is stated twice in this claim`,
        }))
      }
    }
    return findings
  },
}

/** The clauses of a claim's body that repeat an earlier one, each trimmed to its words. */
function repeatedClauses(claim: ParsedClaim): TextRange[] {
  const seen = new Set<string>()
  const repeated: TextRange[] = []
  for (const { index, 0: clause } of allMatches(CLAUSE, claim.text)) {
    if (index < claim.bodyStart) continue
    // A clause that names no feature limits none, and may recur: "其中", "以重量份计" before each of two compositions.
    if (!namesFeature(claim, index, index + clause.length)) continue
    const limitation = clause.replace(SIGNS_AND_BLANKS, '')
    if (seen.has(limitation)) repeated.push(trimmed(claim.text, index, index + clause.length))
    seen.add(limitation)
  }
  return repeated
}

function namesFeature(claim: ParsedClaim, start: number, end: number): boolean {
  return claim.terms.some(({ range }) => range.start >= start && range.start < end)
}

function trimmed(text: string, start: number, end: number): TextRange {
  const leading = text.slice(start, end).length - text.slice(start, end).trimStart().length
  return { start: start + leading, end: start + text.slice(start, end).trimEnd().length }
}
