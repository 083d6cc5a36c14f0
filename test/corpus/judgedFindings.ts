import type { ClaimLanguage, Jurisdiction } from '../../shared/claims/types'
import { analyzeClaimSet } from '../../shared/rules'
import type { Severity } from '../../shared/rules'

/**
 * Judged precision of the drafting rules on the published corpus. Every error and warning the
 * checker raises on a corpus set is matched with a practitioner's judgement of it (TRUE: a real
 * defect an examiner of that office would object to; FALSE: a false alarm; UNSURE: practice
 * differs), by set, claim, rule and the words the finding points at.
 */

export type Verdict = 'TRUE' | 'FALSE' | 'UNSURE'

export interface JudgedFinding {
  set: string
  claim: number | null
  rule: string
  /** The words of the claim the finding points at. */
  text: string
  verdict: Verdict
  reason: string
}

/** One error or warning the checker raises on a corpus set. */
export interface RaisedFinding {
  set: string
  language: ClaimLanguage
  claim: number | null
  rule: string
  severity: Severity
  text: string
}

export interface PrecisionRow {
  rule: string
  language: ClaimLanguage
  severity: Severity
  raised: number
  judgedTrue: number
  judgedFalse: number
  unsure: number
  unjudged: number
}

export interface JudgedScore {
  rows: PrecisionRow[]
  /** Judged TRUE findings the checker no longer raises: lost recall. */
  missedTrue: JudgedFinding[]
  /** Errors and warnings nobody has judged yet. */
  unjudged: RaisedFinding[]
}

const key = (finding: Pick<JudgedFinding, 'set' | 'claim' | 'rule' | 'text'>) =>
  `${finding.set}\u0000${finding.claim ?? ''}\u0000${finding.rule}\u0000${finding.text}`

/** The errors and warnings of a full analysis of one corpus set (info notes are not judged). */
export function raisedFindings(set: { id: string; jurisdiction: Jurisdiction }, claimsText: string): RaisedFinding[] {
  const { claims, findings } = analyzeClaimSet({ jurisdiction: set.jurisdiction, claimsText })
  return findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => {
      const claim = claims.find((candidate) => candidate.number === finding.claim)
      return {
        set: set.id,
        language: set.jurisdiction === 'CN' ? 'zh' : 'en',
        claim: finding.claim,
        rule: finding.rule,
        severity: finding.severity,
        text: claim === undefined ? '' : claim.text.slice(finding.start, finding.end),
      }
    })
}

/** Raised findings against the judgements, per rule, language and severity. */
export function scoreJudgedFindings(raised: readonly RaisedFinding[], judged: readonly JudgedFinding[]): JudgedScore {
  const verdicts = new Map(judged.map((judgement) => [key(judgement), judgement.verdict]))
  const rows = new Map<string, PrecisionRow>()
  const unjudged: RaisedFinding[] = []
  for (const finding of raised) {
    const rowKey = `${finding.rule} ${finding.language} ${finding.severity}`
    let row = rows.get(rowKey)
    if (row === undefined) {
      row = { rule: finding.rule, language: finding.language, severity: finding.severity, raised: 0, judgedTrue: 0, judgedFalse: 0, unsure: 0, unjudged: 0 }
      rows.set(rowKey, row)
    }
    row.raised++
    const verdict = verdicts.get(key(finding))
    if (verdict === 'TRUE') row.judgedTrue++
    else if (verdict === 'FALSE') row.judgedFalse++
    else if (verdict === 'UNSURE') row.unsure++
    else {
      row.unjudged++
      unjudged.push(finding)
    }
  }
  const raisedKeys = new Set(raised.map(key))
  const missedTrue = judged.filter((judgement) => judgement.verdict === 'TRUE' && !raisedKeys.has(key(judgement)))
  const ordered = [...rows.values()].sort((a, b) =>
    a.severity.localeCompare(b.severity) || a.rule.localeCompare(b.rule) || a.language.localeCompare(b.language))
  return { rows: ordered, missedTrue, unjudged }
}

/**
 * The share of findings judged TRUE, leaving out those judged UNSURE; a finding nobody judged
 * counts against it, so that new findings must be judged before they can raise the figure.
 */
export function precision(rows: readonly Pick<PrecisionRow, 'raised' | 'judgedTrue' | 'unsure'>[]): number | null {
  const raised = rows.reduce((sum, row) => sum + row.raised - row.unsure, 0)
  const judgedTrue = rows.reduce((sum, row) => sum + row.judgedTrue, 0)
  return raised === 0 ? null : judgedTrue / raised
}
