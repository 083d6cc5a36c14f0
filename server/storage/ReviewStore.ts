import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import type { Role } from '../../shared/domain/roles'
import type { MatterGrade, MatterState, ReviewState } from '../../shared/domain/workflow'
import type { ChecklistMark } from '../../shared/review/checklist'
import type { ChecklistTemplateItem } from '../../shared/review/checklistTemplates'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { ArchiveEntryKind, ArchiveFacts, SuggestionState, TriageDecision } from '../../shared/review/reviewApi'
import type { ApplicationFacts } from './Store'

export interface PersonRecord {
  userId: UserId
  name: string
  email: string
  role: Role
}

/** One entry of a matter's process archive (流程档案). Entries are never changed or deleted. */
export interface ArchiveEntryRecord {
  id: string
  matterId: MatterId
  documentId: DocumentId | null
  at: string
  actorId: UserId
  /** The actor's name when the entry was written: the record stands even if the user is renamed. */
  actorName: string
  kind: ArchiveEntryKind
  from: string | null
  to: string | null
  versionHash: string | null
  note: string | null
  /** What it records by name (the facts a step was taken with, the application data changed); null for entries before facts were kept. */
  facts: ArchiveFacts | null
}

/** What a step of the workflow changes on the matter besides its state: a grant's grade, the application data it was taken with. */
export interface MatterStepChanges extends ApplicationFacts {
  grade?: MatterGrade
}

export interface ApprovalRecord {
  id: string
  documentId: DocumentId
  versionHash: string
  /** `Y.encodeStateAsUpdate` of the document as approved. */
  snapshot: Uint8Array
  approvedBy: UserId
  approvedAt: string
  overrideReason: string | null
}

export interface CommentRecord {
  id: string
  documentId: DocumentId
  /** The first comment of the thread this one replies to; null for a thread's first comment. */
  threadId: string | null
  authorId: UserId
  text: string
  /** The anchor as JSON (shared/review/anchor.ts), null for a comment on the whole document. */
  anchor: string | null
  mentions: UserId[]
  createdAt: string
  resolvedBy: UserId | null
  resolvedAt: string | null
}

export interface SuggestionRecord {
  id: string
  documentId: DocumentId
  authorId: UserId
  anchor: string
  text: string
  state: SuggestionState
  createdAt: string
  decidedBy: UserId | null
  decidedAt: string | null
}

export interface TriageRecord {
  findingKey: string
  rule: string
  decision: TriageDecision
  reason: string
  decidedBy: UserId
  decidedAt: string
}

/**
 * What the review half keeps: teams, workflow states, the process archive, checklists,
 * approvals, comments, suggestions and finding triage. A change that the archive records is
 * written together with its archive entry, in one transaction.
 */
export interface ReviewStore {
  /** Every member of a workspace with their workspace role. */
  workspaceMembers(workspaceId: WorkspaceId): Promise<PersonRecord[]>
  team(matterId: MatterId): Promise<PersonRecord[]>
  teamRole(matterId: MatterId, userId: UserId): Promise<Role | null>
  /** The matters this user is on the team of. */
  teamMatters(userId: UserId): Promise<MatterId[]>
  /** The seats this user holds on the teams of one workspace's matters. */
  seatsIn(workspaceId: WorkspaceId, userId: UserId): Promise<{ matterId: MatterId; role: Role }[]>
  addTeamMember(matterId: MatterId, userId: UserId, role: Role): Promise<void>
  replaceTeam(matterId: MatterId, members: { userId: UserId; role: Role }[], entry: ArchiveEntryRecord): Promise<void>

  /** Moves a matter on, with the changes its step makes, if it is still in `from`; false when another change came first. */
  transitionMatter(matterId: MatterId, from: MatterState, to: MatterState, changes: MatterStepChanges, entry: ArchiveEntryRecord): Promise<boolean>
  setReviewState(documentId: DocumentId, from: ReviewState, to: ReviewState, entry: ArchiveEntryRecord): Promise<boolean>

  /** The workspace's own checklist template for a kind, or null for the built-in one. */
  checklistTemplate(workspaceId: WorkspaceId, kind: DocumentKind): Promise<ChecklistTemplateItem[] | null>
  setChecklistTemplate(workspaceId: WorkspaceId, kind: DocumentKind, items: ChecklistTemplateItem[]): Promise<void>

  passLine(workspaceId: WorkspaceId): Promise<number>
  setPassLine(workspaceId: WorkspaceId, passLine: number): Promise<void>

  appendArchive(entry: ArchiveEntryRecord): Promise<void>
  archive(matterId: MatterId): Promise<ArchiveEntryRecord[]>

  checklistMarks(documentId: DocumentId): Promise<ChecklistMark[]>
  setChecklistMarks(documentId: DocumentId, marks: ChecklistMark[]): Promise<void>

  /**
   * Stores an approval, sets the document's review state to approved, and archives both — unless
   * the document's latest approval is already the same person's of the same version (two requests
   * at once): then nothing is stored. Returns whether it was stored.
   */
  createApproval(approval: ApprovalRecord, entries: ArchiveEntryRecord[]): Promise<boolean>
  approvals(documentId: DocumentId): Promise<ApprovalRecord[]>

  createComment(comment: CommentRecord): Promise<void>
  comments(documentId: DocumentId): Promise<CommentRecord[]>
  findComment(id: string): Promise<CommentRecord | null>
  setCommentResolved(id: string, resolvedBy: UserId | null, resolvedAt: string | null): Promise<void>

  createSuggestion(suggestion: SuggestionRecord): Promise<void>
  suggestions(documentId: DocumentId): Promise<SuggestionRecord[]>
  findSuggestion(id: string): Promise<SuggestionRecord | null>
  /** Decides an open suggestion; false when it was already decided. */
  decideSuggestion(id: string, state: SuggestionState, decidedBy: UserId, decidedAt: string): Promise<boolean>

  /** Sets an item of a person's "Waiting for you" list aside; its key changes when something new happens in it. */
  dismissInboxItem(userId: UserId, key: string, at: string): Promise<void>
  dismissedInboxItems(userId: UserId): Promise<Set<string>>

  triage(documentId: DocumentId): Promise<TriageRecord[]>
  setTriage(documentId: DocumentId, record: TriageRecord, entry: ArchiveEntryRecord | null): Promise<void>
}
