import * as Y from 'yjs'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { checkAddedMatter, type AddedMatterInput } from '../../shared/amendment/addedMatter'
import { analyzeAmendment, type AnalyzeAmendmentInput } from '../../shared/amendment/analyzeAmendment'
import { analyzePatentDocument } from '../../shared/editor/analyzePatentDocument'
import { analyzeClaimSet, type AnalyzeClaimSetInput } from '../../shared/rules/analyze'
import { readBody } from '../../shared/editor/documentBody'

/** The analyses the worker runs; inputs and results are plain data that cross a thread. */
export type AnalysisTask =
  | { task: 'claim-set'; input: AnalyzeClaimSetInput }
  | { task: 'document'; kind: DocumentKind; jurisdiction: Jurisdiction; state: Uint8Array }
  | { task: 'amendment'; input: AnalyzeAmendmentInput }
  | { task: 'added-matter'; input: AddedMatterInput; jurisdiction: Jurisdiction }

export function runAnalysis(task: AnalysisTask) {
  if (task.task === 'claim-set') return analyzeClaimSet(task.input)
  if (task.task === 'amendment') return analyzeAmendment(task.input)
  if (task.task === 'added-matter') return checkAddedMatter(task.input, task.jurisdiction)
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, task.state)
    const { claims, findings } = analyzePatentDocument(readBody(task.kind, doc), task.kind, task.jurisdiction)
    return { claims, findings }
  } finally {
    doc.destroy()
  }
}
