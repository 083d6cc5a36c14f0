import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import type { Role } from '../../shared/domain/roles'
import type { Jurisdiction } from '../../shared/claims/types'
import type { MatterGrade, MatterState, ReviewState } from '../../shared/domain/workflow'
import type { VersionOrigin } from '../../shared/editor/versionApi'
import type { ArchiveEntryRecord, ReviewStore } from './ReviewStore'

export interface UserRecord {
  id: UserId
  email: string
  name: string
  passwordHash: string
  /** The password was chosen by someone else and handed over (a first password, a reset): its owner should change it. */
  passwordHandedOver?: boolean
}

export interface MembershipRecord {
  workspaceId: WorkspaceId
  workspaceName: string
  role: Role
}

export interface SessionRecord {
  userId: UserId
  expiresAt: number
}

/**
 * What a filed paper names of its application, each absent or null until recorded: the number and
 * filing date (YYYY-MM-DD) the office gave it, the applicant, our docket number, for the USPTO
 * the examiner, art unit and confirmation number of its notices, and once granted the grant's
 * publication number and date.
 */
export interface ApplicationFacts {
  applicationNumber?: string | null
  filingDate?: string | null
  applicant?: string | null
  docketNumber?: string | null
  examiner?: string | null
  artUnit?: string | null
  confirmationNumber?: string | null
  grantNumber?: string | null
  grantDate?: string | null
}

export interface MatterRecord extends ApplicationFacts {
  id: MatterId
  workspaceId: WorkspaceId
  title: string
  jurisdiction: Jurisdiction
  createdAt: string
  state: MatterState
  grade: MatterGrade | null
  /** When it was archived (hidden from lists, kept with its documents and archive); absent or null while active. */
  archivedAt?: string | null
}

export interface DocumentRecord {
  id: DocumentId
  matterId: MatterId
  workspaceId: WorkspaceId
  kind: DocumentKind
  title: string
  createdAt: string
  reviewState: ReviewState
  /** When it was archived; absent or null while active. */
  archivedAt?: string | null
}

/** What is stored of a Yjs document: the last snapshot and the updates appended after it. */
export interface StoredDocumentState {
  snapshot: Uint8Array | null
  /**
   * The snapshot's bytes matched the checksum written with them: they are what the server encoded
   * from a loaded document. (A mismatch fails the load with CorruptRowError.)
   */
  snapshotChecked?: boolean
  updates: Uint8Array[]
  /** Sequence number of the last update included, for compaction. 0 when nothing is stored. */
  lastSeq: number
}

/** A saved version of a document: its whole Yjs state, so that it opens without replaying history. */
export interface VersionRecord {
  id: string
  documentId: DocumentId
  name: string
  origin: VersionOrigin
  versionHash: string
  /** `Y.encodeStateAsUpdate` of the document as it was. */
  snapshot: Uint8Array
  createdBy: UserId
  createdAt: string
}

/**
 * Everything Claimroom keeps, behind one interface: SQLite now, PostgreSQL later. Every method is
 * asynchronous so that a networked implementation fits. Implementations throw on failure; they
 * never return partial or blank data in place of a corrupt row.
 */
export interface Store extends ReviewStore {
  // Users, workspaces and sessions
  createUser(user: UserRecord): Promise<void>
  findUserByEmail(email: string): Promise<UserRecord | null>
  findUserById(id: UserId): Promise<UserRecord | null>
  /** Replaces a user's password hash (one handed over by someone else, or the owner's own); false when there is no such user. */
  setPasswordHash(id: UserId, passwordHash: string, handedOver?: boolean): Promise<boolean>
  createWorkspace(id: WorkspaceId, name: string): Promise<void>
  /**
   * The first-run set-up, all or nothing: a workspace with its first admin, only while the store
   * holds no user at all; false (and nothing written) once anyone has an account.
   */
  createFirstWorkspace(workspace: { id: WorkspaceId; name: string }, admin: UserRecord): Promise<boolean>
  addMember(workspaceId: WorkspaceId, userId: UserId, role: Role): Promise<void>
  /** Changes a member's role; false when they are not a member. */
  setMemberRole(workspaceId: WorkspaceId, userId: UserId, role: Role): Promise<boolean>
  /** Removes a member from the workspace; false when they were not one. */
  removeMember(workspaceId: WorkspaceId, userId: UserId): Promise<boolean>
  memberships(userId: UserId): Promise<MembershipRecord[]>
  createSession(tokenHash: string, session: SessionRecord): Promise<void>
  findSession(tokenHash: string): Promise<SessionRecord | null>
  deleteSession(tokenHash: string): Promise<void>
  /** Deletes every session of a user but the one whose token hash is `keep`; resolves to how many. */
  deleteOtherSessions(userId: UserId, keep: string): Promise<number>
  /** Deletes sessions that expired before `now`; resolves to how many. */
  deleteExpiredSessions(now: number): Promise<number>

  // Matters and documents
  /** A new matter starts in state `disclosure` with no grade. */
  createMatter(matter: Omit<MatterRecord, 'state' | 'grade'>): Promise<void>
  listMatters(workspaceIds: WorkspaceId[]): Promise<MatterRecord[]>
  findMatter(id: MatterId): Promise<MatterRecord | null>
  /** Renames or archives (archivedAt a time) or restores (archivedAt null) a matter, or records its application data. */
  updateMatter(id: MatterId, changes: { title?: string; archivedAt?: string | null } & ApplicationFacts): Promise<void>
  /** Renames, archives or restores a document. */
  updateDocument(id: DocumentId, changes: { title?: string; archivedAt?: string | null }): Promise<void>
  /** A new document starts in review state `draft`. */
  createDocument(document: Omit<DocumentRecord, 'reviewState'>): Promise<void>
  listDocuments(matterId: MatterId): Promise<DocumentRecord[]>
  findDocument(id: DocumentId): Promise<DocumentRecord | null>
  isEmpty(): Promise<boolean>

  // The Yjs update log of each document
  /**
   * Appends updates in order, atomically: all are durable when the promise resolves, or none.
   * Resolves to the sequence number of the last one, for compaction.
   */
  appendUpdates(documentId: DocumentId, updates: Uint8Array[]): Promise<number>
  loadDocumentState(documentId: DocumentId): Promise<StoredDocumentState>
  /**
   * Replaces the snapshot and drops the updates it includes (seq ≤ throughSeq), atomically. A
   * snapshot never goes back: one through an earlier seq than the stored one is refused.
   */
  compact(documentId: DocumentId, snapshot: Uint8Array, throughSeq: number): Promise<void>

  // Saved versions of documents
  /** Stores versions, with the archive entries that record them, in one transaction. */
  createVersions(versions: VersionRecord[], entries: ArchiveEntryRecord[]): Promise<void>
  /** A document's versions, newest first, without their snapshots. */
  listVersions(documentId: DocumentId): Promise<Omit<VersionRecord, 'snapshot'>[]>
  findVersion(id: string): Promise<VersionRecord | null>

  close(): Promise<void>
}
