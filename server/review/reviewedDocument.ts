import { createHash } from 'node:crypto'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import type { ParsedClaim } from '../../shared/claims/types'
import type { LocatedFinding } from '../../shared/editor/analyzePatentDocument'
import { readPatentDocument } from '../../shared/editor/readPatentDocument'
import { findingKey } from '../../shared/review/findingKey'
import type { OpenFindingsByRule, UncheckedRules } from '../../shared/review/checklist'
import type { PatentDocumentContent } from '../../shared/editor/readPatentDocument'
import { rulesReading } from '../../shared/rules/rules'
import { hashedForm, readBody } from '../../shared/editor/documentBody'
import { analyzedDocument } from './documentAnalyses'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import type { TriageRecord } from '../storage/ReviewStore'
import type { SyncServer } from '../sync/SyncServer'

export interface KeyedFinding extends LocatedFinding {
  key: string
  triage: TriageRecord | null
}

/** A document as it is now, read for review: its content, its hash, its findings with their triage. */
export interface ReviewedDocument {
  body: ProseMirrorNode
  /** `Y.encodeStateAsUpdate` of the document now, kept as the snapshot of an approval. */
  snapshot: Uint8Array
  versionHash: string
  claims: ParsedClaim[]
  findings: KeyedFinding[]
  /** Per rule, the error and warning findings not dismissed: what fails a rule-bound checklist item. */
  openFindings: OpenFindingsByRule
  /** Error findings not dismissed: an approval is refused while any remain. */
  openErrors: KeyedFinding[]
  /** Rules that had nothing to check against: a claim set's description is empty. */
  uncheckedRules: UncheckedRules
}

/** Why a rule that reads a part of a claim set besides its claims had nothing to judge. */
const NOTHING_TO_READ = {
  description: {
    'zh-CN': '说明书尚未撰写，无从判定权利要求是否得到支持',
    en: 'The description is not written yet: there is nothing to support the claims',
  },
  abstract: {
    'zh-CN': '摘要尚未撰写',
    en: 'The abstract is not written yet',
  },
} as const

/** The rules of a claim set whose part is still empty: their checklist items stay open, saying why. */
function uncheckedRules(document: DocumentRecord, content: PatentDocumentContent): UncheckedRules {
  const unchecked = new Map<string, (typeof NOTHING_TO_READ)[keyof typeof NOTHING_TO_READ]>()
  if (document.kind !== 'claims') return unchecked
  for (const part of ['description', 'abstract'] as const) {
    if (content.sections.get(part)?.hasProse) continue
    for (const rule of rulesReading(part)) unchecked.set(rule, NOTHING_TO_READ[part])
  }
  return unchecked
}

/**
 * The hash of a document's content — what a reader sees, through the schema — not of its Yjs
 * history, so undoing an edit brings an approval back and compaction never makes one stale.
 */
export function contentHash(body: ProseMirrorNode): string {
  return createHash('sha256').update(hashedForm(body)).digest('hex')
}

/** The exact version of a document now: its content, its state as an update, and its content hash. */
export async function currentVersion(
  sync: SyncServer,
  document: DocumentRecord,
): Promise<Pick<ReviewedDocument, 'body' | 'snapshot' | 'versionHash'>> {
  const doc = await sync.currentState(document.id)
  const snapshot = Y.encodeStateAsUpdate(doc)
  const body = readBody(document.kind, doc)
  doc.destroy()
  return { body, snapshot, versionHash: contentHash(body) }
}

export async function reviewDocument(
  store: Store,
  sync: SyncServer,
  document: DocumentRecord,
  matter: MatterRecord,
): Promise<ReviewedDocument> {
  const { body, snapshot, versionHash } = await currentVersion(sync, document)
  const triage = new Map((await store.triage(document.id)).map((t) => [t.findingKey, t]))
  const content = readPatentDocument(body)
  // On the checker thread: a long document must not stall the sync loop.
  const { claims, findings } = await analyzedDocument(document.kind, matter.jurisdiction, versionHash, snapshot)
  const keyed = findings.map((f): KeyedFinding => {
    const key = findingKey(f, content)
    return { ...f, key, triage: triage.get(key) ?? null }
  })
  const open = keyed.filter((f) => f.triage?.decision !== 'dismissed')
  const openFindings = new Map<string, number>()
  for (const f of open) {
    if (f.severity !== 'info') openFindings.set(f.rule, (openFindings.get(f.rule) ?? 0) + 1)
  }
  return {
    body,
    snapshot,
    versionHash,
    claims,
    findings: keyed,
    openFindings,
    openErrors: open.filter((f) => f.severity === 'error'),
    uncheckedRules: uncheckedRules(document, content),
  }
}
