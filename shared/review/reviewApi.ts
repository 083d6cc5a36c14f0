import type { Jurisdiction } from '../claims/types'
import type { DocumentId, MatterId, UserId } from '../domain/ids'
import type { DocumentKind } from '../domain/documentKinds'
import type { Role } from '../domain/roles'
import type { MatterGrade, MatterState, ReviewState } from '../domain/workflow'
import type { TextAnchor } from './anchor'
import type { ChecklistItem } from './checklist'

/** The longest comment or reply, in characters: the server refuses a longer one, the box takes no more. */
export const COMMENT_MAX_LENGTH = 10_000

/** Shapes of the review API's JSON bodies (docs/api.md "Review and approval"), shared by server and client. */

export interface PersonView {
  id: UserId
  name: string
}

export interface TeamMemberView {
  userId: UserId
  name: string
  email: string
  role: Role
}

/** `GET /api/matters/:id/members`; `workspaceMembers` (who can be added) only for those who manage the team. */
export interface MembersResponse {
  members: TeamMemberView[]
  workspaceMembers?: TeamMemberView[]
}

export const ARCHIVE_ENTRY_KINDS = [
  'matter.created',
  'matter.state',
  'document.review-state',
  'team.changed',
  'approval',
  'approval.override',
  'finding.dismissed',
  'version.saved',
  'version.restored',
  'matter.renamed',
  'matter.application',
  'matter.archived',
  'document.renamed',
  'document.archived',
  'document.created',
  'document.imported',
] as const

export type ArchiveEntryKind = (typeof ARCHIVE_ENTRY_KINDS)[number]

/** The facts an archive entry may record by name (`facts`), besides its from → to. */
export const ARCHIVE_FACT_NAMES = [
  'applicationNumber',
  'filingDate',
  'applicant',
  'docketNumber',
  'examiner',
  'artUnit',
  'confirmationNumber',
  'grantNumber',
  'grantDate',
  'reason',
  'decisionDate',
] as const

export type ArchiveFactName = (typeof ARCHIVE_FACT_NAMES)[number]

/**
 * What an entry records by name, values as given (dates YYYY-MM-DD, a reason by its code): for a
 * step, the facts it was taken with (filing: number and date; grant: its number and date; an end:
 * reason and decision date); for a change of the application data, every fact recorded before or
 * after it, `''` for one cleared. Entries written before facts were kept have none (null).
 */
export type ArchiveFacts = Partial<Record<ArchiveFactName, string>>

export interface ArchiveEntryView {
  id: string
  at: string
  actor: PersonView
  kind: ArchiveEntryKind
  documentId: DocumentId | null
  from: string | null
  to: string | null
  versionHash: string | null
  note: string | null
  facts: ArchiveFacts | null
}

export interface CommentView {
  id: string
  author: PersonView
  text: string
  anchor: TextAnchor | null
  mentions: PersonView[]
  createdAt: string
  resolved: boolean
  resolvedBy: PersonView | null
  resolvedAt: string | null
  /** Replies in the order written; a reply has no replies and no anchor of its own. */
  replies: CommentView[]
}

export const SUGGESTION_STATES = ['open', 'accepted', 'rejected', 'withdrawn'] as const

export type SuggestionState = (typeof SUGGESTION_STATES)[number]

/** A proposed edit: replace the anchored text (empty for an insertion) by `text` (empty for a deletion). */
export interface SuggestionView {
  id: string
  author: PersonView
  anchor: TextAnchor
  text: string
  state: SuggestionState
  createdAt: string
  decidedBy: PersonView | null
  decidedAt: string | null
}

export const TRIAGE_DECISIONS = ['acknowledged', 'dismissed'] as const

export type TriageDecision = (typeof TRIAGE_DECISIONS)[number]

export interface TriageView {
  key: string
  rule: string
  decision: TriageDecision
  reason: string
  by: PersonView
  at: string
}

/** A checklist item as shown: who set it by name, for the items people decide. */
export interface ChecklistItemView extends ChecklistItem {
  setByName?: string
}

export interface ChecklistResponse {
  items: ChecklistItemView[]
  score: number
  passLine: number
}

export interface ApprovalView {
  id: string
  versionHash: string
  state: 'valid' | 'stale'
  approvedBy: PersonView
  approvedAt: string
  /** The written reason when the lead approved despite failing checks. */
  override: { reason: string } | null
}

export interface DashboardRow {
  id: MatterId
  title: string
  jurisdiction: Jurisdiction
  /** The office's number for the application, once recorded. */
  applicationNumber: string | null
  state: MatterState
  grade: MatterGrade | null
  /** The nearest reply deadline of the matter's office-action replies (YYYY-MM-DD). */
  nextDeadline: string | null
  openErrorFindings: number
  /** The lowest checklist score of the matter's documents, or null without documents. */
  checklistScore: number | null
  passLine: number
  /** Who is expected to act next. */
  ballHolder: Role | 'office' | null
  /** The people on the matter's team in that role; empty when nobody on the team holds it (nobody can act). */
  ballHolderPeople: PersonView[]
  /** `unreadable`: its stored state could not be read (no score, no approval): an operator must look. */
  documents: {
    id: DocumentId
    kind: string
    title: string
    reviewState: ReviewState
    unreadable: boolean
    score: number | null
    approval: 'valid' | 'stale' | null
    /** The latest approval was given although the checks had not passed, with a reason (强制批准). */
    approvalForced: boolean
  }[]
}

export interface DashboardResponse {
  matters: DashboardRow[]
}

/**
 * What waits for one person (`GET /api/inbox`): a thread that mentions them, a reply in a thread
 * they wrote in, suggestions for an editor to decide, a document to review or to approve, changes
 * asked of a document they edit or its approval, and a matter whose step is theirs.
 */
export type InboxItemKind = 'mention' | 'reply' | 'suggestions' | 'review' | 'approval' | 'stale-approval' | 'changes-requested' | 'approved' | 'your-turn'

export interface InboxItem {
  /** Names the item and its newest part: dismissed by it (POST /api/inbox/dismiss), back when something new happens. */
  key: string
  kind: InboxItemKind
  matter: { id: MatterId; title: string; state: MatterState }
  /** The document it is about; null for the matter's own step ("your turn"). */
  document: { id: DocumentId; kind: DocumentKind; title: string } | null
  /** When the newest thing in it happened. */
  at: string
  /** For a mention or a reply: the thread, and the comment that is waiting (author, first words); for changes requested, who asked and what. */
  threadId?: string
  author?: PersonView
  excerpt?: string
  /** For suggestions: how many are open. */
  count?: number
}

export interface InboxResponse {
  items: InboxItem[]
}
