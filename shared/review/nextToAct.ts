import { BALL_HOLDER, type MatterState, type ReviewState } from '../domain/workflow'
import type { Role } from '../domain/roles'
import { reviewAwaited } from './reviewAwaited'

/** What the portfolio knows of one document in use: its kind, review state and latest approval. */
export interface DocumentStanding {
  /** A `DocumentKind`; the dashboard's rows carry it as a string. */
  kind: string
  reviewState: ReviewState
  approval: 'valid' | 'stale' | null
}

/**
 * Who is expected to act next on a matter, for the dashboard: what its documents wait for first —
 * changes asked of one (its editor: the inventor for a disclosure, else the agent), an approval that
 * no longer holds (the lead: it stops the next step), one submitted and not approved (the
 * reviewer), a claim set approved while the matter is still before that step (the lead, who moves
 * it on) — and else who the matter's state waits for. A team that reviews and approves before
 * moving the matter along is not told that an inventor holds the ball; a document whose review
 * the matter has gone past (`reviewAwaited`) holds nobody.
 */
export function nextToAct(state: MatterState, allDocuments: readonly DocumentStanding[]): Role | 'office' | null {
  const documents = allDocuments.filter((d) => reviewAwaited(state, d.kind))
  const sentBack = documents.find((d) => d.reviewState === 'changes-requested')
  if (sentBack) return sentBack.kind === 'disclosure' ? 'inventor' : 'agent'
  if (documents.some((d) => d.approval === 'stale')) return 'lead'
  if (documents.some((d) => d.reviewState === 'in-review' && d.approval !== 'valid')) return 'reviewer'
  const claimsApproved = documents.some((d) => d.kind === 'claims' && d.reviewState === 'approved' && d.approval === 'valid')
  if (claimsApproved && (state === 'disclosure' || state === 'evaluation' || state === 'drafting' || state === 'review')) return 'lead'
  return BALL_HOLDER[state]
}
