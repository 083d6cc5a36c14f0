import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { isDocumentKind } from '../../shared/domain/documentKinds'
import type { Role } from '../../shared/domain/roles'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import { isRole } from '../../shared/domain/roles'
import type { Jurisdiction } from '../../shared/claims/types'
import { JURISDICTIONS } from '../../shared/claims/types'
import { SQLITE_MIGRATIONS } from './sqliteSchema'
import type {
  ApplicationFacts,
  DocumentRecord,
  MatterRecord,
  MembershipRecord,
  SessionRecord,
  Store,
  StoredDocumentState,
  UserRecord,
  VersionRecord,
} from './Store'
import type { ArchiveEntryRecord } from './ReviewStore'
import { VERSION_ORIGINS } from '../../shared/editor/versionApi'
import { CorruptRowError } from './CorruptRowError'
import { blob, integer, oneOf, optionalText, text, type Row } from './sqliteRows'
import { SqliteReviewTables } from './SqliteReviewTables'
import { writeApplicationFacts } from './applicationColumns'
import { WalSync, type CommitObserver, type WriteGroup } from './WalSync'
import { MATTER_GRADES, MATTER_STATES, REVIEW_STATES } from '../../shared/domain/workflow'

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest()

/** Updates of one document's batch, appended to the log together. */
interface LogAppend {
  documentId: DocumentId
  updates: Uint8Array[]
}

/**
 * The embedded store: one SQLite file in WAL mode, so that a committed update survives a killed
 * process and a power cut alike. Records are written with synchronous=FULL. The update log —
 * every keystroke of every document — has a connection of its own that commits without waiting
 * for the disk, and `WalSync` waits for it: one fdatasync for all the commits made meanwhile.
 */
export class SqliteStore extends SqliteReviewTables implements Store {
  /** Writes appends to the update log in one transaction; each one's result is the seq of its last update. */
  private readonly writeAppends: WriteGroup<LogAppend, number>
  /** The update log's connection; the records' one for an in-memory database (tests), which has no disk to wait for. */
  private readonly logDb: Database.Database
  private readonly walSync: WalSync<LogAppend, number> | null

  /**
   * `onCommit` hears of every sync of the update log: the updates it made durable and how long it
   * took. `syncIntervalMs` spaces the log's fdatasyncs under load (see `WalSync`).
   */
  constructor(filename: string, options: { onCommit?: CommitObserver; syncIntervalMs?: number } = {}) {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true })
    const db = new Database(filename)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    super(db)
    this.migrate()
    this.logDb = filename === ':memory:' ? db : openUpdateLog(filename)
    const insert = this.logDb.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)')
    this.writeAppends = this.logDb.transaction((appends: readonly LogAppend[]) =>
      appends.map(({ documentId, updates }) => {
        let lastSeq = 0
        for (const update of updates) lastSeq = Number(insert.run(documentId, update).lastInsertRowid)
        return lastSeq
      }),
    )
    this.walSync =
      filename === ':memory:'
        ? null
        : new WalSync(`${filename}-wal`, this.writeAppends, {
            onSync: options.onCommit,
            minIntervalMs: options.syncIntervalMs,
            updatesOf: (append) => append.updates.length,
          })
  }

  private migrate(): void {
    const applied = this.db.pragma('user_version', { simple: true }) as number
    for (let version = applied; version < SQLITE_MIGRATIONS.length; version++) {
      this.db.transaction(() => {
        this.db.exec(SQLITE_MIGRATIONS[version]!)
        this.db.pragma(`user_version = ${version + 1}`)
      })()
    }
  }

  async createUser(user: UserRecord): Promise<void> {
    this.statement('INSERT INTO users (id, email, name, password_hash, password_handed_over) VALUES (?, ?, ?, ?, ?)')
      .run(user.id, user.email.toLowerCase(), user.name, user.passwordHash, user.passwordHandedOver ? 1 : 0)
  }

  async findUserByEmail(email: string): Promise<UserRecord | null> {
    const row = this.statement('SELECT * FROM users WHERE email = ?').get(email.toLowerCase()) as Row | undefined
    return row ? toUser(row) : null
  }

  async setPasswordHash(id: UserId, passwordHash: string, handedOver = false): Promise<boolean> {
    return this.statement('UPDATE users SET password_hash = ?, password_handed_over = ? WHERE id = ?').run(passwordHash, handedOver ? 1 : 0, id).changes > 0
  }

  async findUserById(id: UserId): Promise<UserRecord | null> {
    const row = this.statement('SELECT * FROM users WHERE id = ?').get(id) as Row | undefined
    return row ? toUser(row) : null
  }

  async createWorkspace(id: WorkspaceId, name: string): Promise<void> {
    this.statement('INSERT INTO workspaces (id, name) VALUES (?, ?)').run(id, name)
  }

  async createFirstWorkspace(workspace: { id: WorkspaceId; name: string }, admin: UserRecord): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.statement('SELECT 1 FROM users LIMIT 1').get() !== undefined) return false
      this.statement('INSERT INTO workspaces (id, name) VALUES (?, ?)').run(workspace.id, workspace.name)
      this.statement('INSERT INTO users (id, email, name, password_hash) VALUES (?, ?, ?, ?)')
        .run(admin.id, admin.email.toLowerCase(), admin.name, admin.passwordHash)
      this.statement('INSERT INTO memberships (workspace_id, user_id, role) VALUES (?, ?, ?)').run(workspace.id, admin.id, 'admin')
      return true
    })()
  }

  async addMember(workspaceId: WorkspaceId, userId: UserId, role: string): Promise<void> {
    this.statement('INSERT OR REPLACE INTO memberships (workspace_id, user_id, role) VALUES (?, ?, ?)')
      .run(workspaceId, userId, role)
  }

  async updateMatter(id: MatterId, changes: { title?: string; archivedAt?: string | null } & ApplicationFacts): Promise<void> {
    this.db.transaction(() => {
      this.updateRow('matters', id, changes)
      writeApplicationFacts((sql) => this.statement(sql), id, changes)
    })()
  }

  async updateDocument(id: DocumentId, changes: { title?: string; archivedAt?: string | null }): Promise<void> {
    this.updateRow('documents', id, changes)
  }

  private updateRow(table: 'matters' | 'documents', id: string, { title, archivedAt }: { title?: string; archivedAt?: string | null }): void {
    if (title !== undefined) this.statement(`UPDATE ${table} SET title = ? WHERE id = ?`).run(title, id)
    if (archivedAt !== undefined) this.statement(`UPDATE ${table} SET archived_at = ? WHERE id = ?`).run(archivedAt, id)
  }

  async setMemberRole(workspaceId: WorkspaceId, userId: UserId, role: Role): Promise<boolean> {
    const result = this.statement('UPDATE memberships SET role = ? WHERE workspace_id = ? AND user_id = ?').run(role, workspaceId, userId)
    return result.changes > 0
  }

  async removeMember(workspaceId: WorkspaceId, userId: UserId): Promise<boolean> {
    return this.statement('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?').run(workspaceId, userId).changes > 0
  }

  async memberships(userId: UserId): Promise<MembershipRecord[]> {
    const rows = this.statement(
      `SELECT m.workspace_id, m.role, w.name FROM memberships m
       JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? ORDER BY w.name`,
    ).all(userId) as Row[]
    return rows.map((row) => {
      const role = text(row, 'role', 'memberships')
      if (!isRole(role)) throw new CorruptRowError('memberships', 'role')
      return {
        workspaceId: text(row, 'workspace_id', 'memberships') as WorkspaceId,
        workspaceName: text(row, 'name', 'workspaces'),
        role,
      }
    })
  }

  async createSession(tokenHash: string, session: SessionRecord): Promise<void> {
    this.statement('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)')
      .run(tokenHash, session.userId, session.expiresAt)
  }

  async findSession(tokenHash: string): Promise<SessionRecord | null> {
    const row = this.statement('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as Row | undefined
    if (!row) return null
    return { userId: text(row, 'user_id', 'sessions') as UserId, expiresAt: integer(row, 'expires_at', 'sessions') }
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.statement('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash)
  }

  async deleteOtherSessions(userId: UserId, keep: string): Promise<number> {
    return this.statement('DELETE FROM sessions WHERE user_id = ? AND token_hash != ?').run(userId, keep).changes
  }

  async deleteExpiredSessions(now: number): Promise<number> {
    return this.statement('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes
  }

  async createMatter(matter: Omit<MatterRecord, 'state' | 'grade'>): Promise<void> {
    this.statement('INSERT INTO matters (id, workspace_id, title, jurisdiction, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(matter.id, matter.workspaceId, matter.title, matter.jurisdiction, matter.createdAt)
  }

  async listMatters(workspaceIds: WorkspaceId[]): Promise<MatterRecord[]> {
    if (workspaceIds.length === 0) return []
    const marks = workspaceIds.map(() => '?').join(', ')
    const rows = this.statement(`SELECT * FROM matters WHERE workspace_id IN (${marks}) ORDER BY created_at DESC, id`)
      .all(...workspaceIds) as Row[]
    return rows.map(toMatter)
  }

  async findMatter(id: MatterId): Promise<MatterRecord | null> {
    const row = this.statement('SELECT * FROM matters WHERE id = ?').get(id) as Row | undefined
    return row ? toMatter(row) : null
  }

  async createDocument(document: Omit<DocumentRecord, 'reviewState'>): Promise<void> {
    this.statement('INSERT INTO documents (id, matter_id, kind, title, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(document.id, document.matterId, document.kind, document.title, document.createdAt)
  }

  async listDocuments(matterId: MatterId): Promise<DocumentRecord[]> {
    const rows = this.statement(
      `SELECT d.*, m.workspace_id FROM documents d JOIN matters m ON m.id = d.matter_id
       WHERE d.matter_id = ? ORDER BY d.created_at, d.id`,
    ).all(matterId) as Row[]
    return rows.map(toDocument)
  }

  async findDocument(id: DocumentId): Promise<DocumentRecord | null> {
    const row = this.statement('SELECT d.*, m.workspace_id FROM documents d JOIN matters m ON m.id = d.matter_id WHERE d.id = ?')
      .get(id) as Row | undefined
    return row ? toDocument(row) : null
  }

  async isEmpty(): Promise<boolean> {
    return this.statement('SELECT 1 FROM users LIMIT 1').get() === undefined
  }

  async appendUpdates(documentId: DocumentId, updates: Uint8Array[]): Promise<number> {
    if (!this.walSync) return this.writeAppends([{ documentId, updates }])[0]!
    return this.walSync.append({ documentId, updates })
  }

  async loadDocumentState(documentId: DocumentId): Promise<StoredDocumentState> {
    const snapshotRow = this.statement('SELECT data, through_seq, sha256 FROM document_snapshots WHERE document_id = ?')
      .get(documentId) as Row | undefined
    const throughSeq = snapshotRow ? integer(snapshotRow, 'through_seq', 'document_snapshots') : 0
    const snapshot = snapshotRow ? blob(snapshotRow, 'data', 'document_snapshots') : null
    const checksum = snapshotRow?.sha256
    if (checksum != null && !(checksum instanceof Uint8Array && sha256(snapshot!).equals(checksum))) {
      throw new CorruptRowError('document_snapshots', 'data')
    }
    const rows = this.statement('SELECT seq, data FROM document_updates WHERE document_id = ? AND seq > ? ORDER BY seq')
      .all(documentId, throughSeq) as Row[]
    const updates = rows.map((row) => blob(row, 'data', 'document_updates'))
    const lastRow = rows[rows.length - 1]
    return {
      snapshot,
      snapshotChecked: checksum != null,
      updates,
      lastSeq: lastRow ? integer(lastRow, 'seq', 'document_updates') : throughSeq,
    }
  }

  /**
   * On the log's connection, which does not wait for the disk: a snapshot only replaces log rows
   * holding the same edits, so losing it to a power cut loses nothing, and the next sync of the
   * log makes it durable with everything before it. On the records' connection it cost an fsync
   * on the event loop every few hundred edits.
   */
  async compact(documentId: DocumentId, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.logDb.transaction(() => {
      const stored = this.logDb.prepare('SELECT through_seq FROM document_snapshots WHERE document_id = ?').get(documentId) as Row | undefined
      const storedSeq = stored ? integer(stored, 'through_seq', 'document_snapshots') : 0
      // An older snapshot over a newer one would lose the updates between them, already deleted.
      if (throughSeq < storedSeq) throw new Error(`snapshot of ${documentId} through seq ${throughSeq} is older than the stored one (${storedSeq})`)
      this.logDb
        .prepare(
          `INSERT INTO document_snapshots (document_id, data, through_seq, sha256) VALUES (?, ?, ?, ?)
           ON CONFLICT(document_id) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq, sha256 = excluded.sha256`,
        ).run(documentId, snapshot, throughSeq, sha256(snapshot))
      this.logDb.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?').run(documentId, throughSeq)
    })()
  }

  async createVersions(versions: VersionRecord[], entries: ArchiveEntryRecord[]): Promise<void> {
    this.db.transaction(() => {
      const insert = this.statement(
      `INSERT INTO document_versions (id, document_id, name, origin, version_hash, snapshot, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      for (const v of versions) insert.run(v.id, v.documentId, v.name, v.origin, v.versionHash, v.snapshot, v.createdBy, v.createdAt)
      for (const entry of entries) this.insertArchive(entry)
    })()
  }

  async listVersions(documentId: DocumentId): Promise<Omit<VersionRecord, 'snapshot'>[]> {
    const rows = this.statement(
      `SELECT id, document_id, name, origin, version_hash, created_by, created_at FROM document_versions
       WHERE document_id = ? ORDER BY created_at DESC, rowid DESC`,
    ).all(documentId) as Row[]
    return rows.map(toVersionSummary)
  }

  async findVersion(id: string): Promise<VersionRecord | null> {
    const row = this.statement('SELECT * FROM document_versions WHERE id = ?').get(id) as Row | undefined
    return row ? { ...toVersionSummary(row), snapshot: blob(row, 'snapshot', 'document_versions') } : null
  }

  async close(): Promise<void> {
    await this.walSync?.close()
    if (this.logDb.open) this.logDb.close()
    if (this.db.open) this.db.close()
  }
}

/**
 * The update log's connection: commits are written to the WAL at once but not waited for
 * (synchronous=NORMAL); `WalSync` makes them durable before anyone is told they are.
 */
function openUpdateLog(filename: string): Database.Database {
  const logDb = new Database(filename)
  logDb.pragma('journal_mode = WAL')
  logDb.pragma('synchronous = NORMAL')
  logDb.pragma('foreign_keys = ON')
  logDb.pragma('busy_timeout = 5000')
  return logDb
}

function toVersionSummary(row: Row): Omit<VersionRecord, 'snapshot'> {
  return {
    id: text(row, 'id', 'document_versions'),
    documentId: text(row, 'document_id', 'document_versions') as DocumentId,
    name: text(row, 'name', 'document_versions'),
    origin: oneOf(row, 'origin', 'document_versions', VERSION_ORIGINS),
    versionHash: text(row, 'version_hash', 'document_versions'),
    createdBy: text(row, 'created_by', 'document_versions') as UserId,
    createdAt: text(row, 'created_at', 'document_versions'),
  }
}

function toUser(row: Row): UserRecord {
  return {
    id: text(row, 'id', 'users') as UserId,
    email: text(row, 'email', 'users'),
    name: text(row, 'name', 'users'),
    passwordHash: text(row, 'password_hash', 'users'),
    passwordHandedOver: row.password_handed_over === 1,
  }
}

function toMatter(row: Row): MatterRecord {
  const jurisdiction = text(row, 'jurisdiction', 'matters')
  if (!(JURISDICTIONS as readonly string[]).includes(jurisdiction)) throw new CorruptRowError('matters', 'jurisdiction')
  return {
    id: text(row, 'id', 'matters') as MatterId,
    workspaceId: text(row, 'workspace_id', 'matters') as WorkspaceId,
    title: text(row, 'title', 'matters'),
    jurisdiction: jurisdiction as Jurisdiction,
    createdAt: text(row, 'created_at', 'matters'),
    state: oneOf(row, 'state', 'matters', MATTER_STATES),
    grade: row.grade === null ? null : oneOf(row, 'grade', 'matters', MATTER_GRADES),
    archivedAt: optionalText(row, 'archived_at', 'matters'),
    applicationNumber: optionalText(row, 'application_number', 'matters'),
    filingDate: optionalText(row, 'filing_date', 'matters'),
    applicant: optionalText(row, 'applicant', 'matters'),
    docketNumber: optionalText(row, 'docket_number', 'matters'),
    examiner: optionalText(row, 'examiner', 'matters'),
    artUnit: optionalText(row, 'art_unit', 'matters'),
    confirmationNumber: optionalText(row, 'confirmation_number', 'matters'),
    grantNumber: optionalText(row, 'grant_number', 'matters'),
    grantDate: optionalText(row, 'grant_date', 'matters'),
  }
}

function toDocument(row: Row): DocumentRecord {
  const kind = text(row, 'kind', 'documents')
  if (!isDocumentKind(kind)) throw new CorruptRowError('documents', 'kind')
  return {
    id: text(row, 'id', 'documents') as DocumentId,
    matterId: text(row, 'matter_id', 'documents') as MatterId,
    workspaceId: text(row, 'workspace_id', 'matters') as WorkspaceId,
    kind: kind as DocumentKind,
    title: text(row, 'title', 'documents'),
    createdAt: text(row, 'created_at', 'documents'),
    reviewState: oneOf(row, 'review_state', 'documents', REVIEW_STATES),
    archivedAt: optionalText(row, 'archived_at', 'documents'),
  }
}
