import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { PatentDocumentAnalysis } from '../../shared/editor/analyzePatentDocument'
import { checker } from '../analysis/checker'

type Analysis = Pick<PatentDocumentAnalysis, 'claims' | 'findings'>

/** How many analyses are kept: a portfolio's documents, as the dashboard reads them all. */
const KEPT = 200

/** Newest use last: a Map keeps insertion order. */
const analyses = new Map<string, Promise<Analysis>>()

/**
 * A document's claims and findings, from the checker thread or, when the same content of the same
 * kind under the same office was analysed lately, as they came then: findings depend on nothing
 * else. The checklist, approvals and the dashboard all review documents, the dashboard every
 * document of a portfolio each time it opens, and the thread takes 8 waiting analyses at most.
 * A failed analysis is not kept.
 */
export function analyzedDocument(kind: DocumentKind, jurisdiction: Jurisdiction, versionHash: string, snapshot: Uint8Array): Promise<Analysis> {
  const key = `${kind}|${jurisdiction}|${versionHash}`
  const kept = analyses.get(key)
  analyses.delete(key)
  const analysis = kept ?? checker.analyzeDocument(kind, jurisdiction, snapshot)
  analyses.set(key, analysis)
  if (!kept) analysis.catch(() => analyses.get(key) === analysis && analyses.delete(key))
  if (analyses.size > KEPT) analyses.delete(analyses.keys().next().value!)
  return analysis
}
