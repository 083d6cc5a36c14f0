import type Database from 'better-sqlite3'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import { ROLES, type Role } from '../../shared/domain/roles'
import type { MatterState, ReviewState } from '../../shared/domain/workflow'
import { CHECKLIST_STATES, type ChecklistMark } from '../../shared/review/checklist'
import { DEFAULT_PASS_LINE, type ChecklistTemplateItem } from '../../shared/review/checklistTemplates'
import { parseChecklistTemplate } from '../../shared/review/checklistTemplateSchema'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import {
  ARCHIVE_ENTRY_KINDS,
  ARCHIVE_FACT_NAMES,
  type ArchiveFacts,
  SUGGESTION_STATES,
  TRIAGE_DECISIONS,
  type SuggestionState,
} from '../../shared/review/reviewApi'
import { CorruptRowError } from './CorruptRowError'
import type {
  ApprovalRecord,
  ArchiveEntryRecord,
  CommentRecord,
  MatterStepChanges,
  PersonRecord,
  ReviewStore,
  SuggestionRecord,
  TriageRecord,
} from './ReviewStore'
import { blob, integer, oneOf, optionalText, text, type Row } from './sqliteRows'
import { writeApplicationFacts } from './applicationColumns'

/** The review tables of the SQLite store (migration 2 in sqliteSchema.ts). */
export class SqliteReviewTables implements ReviewStore {
  private readonly statements = new Map<string, Database.Statement>()

  constructor(protected readonly db: Database.Database) {}

  /**
   * The records connection's statement for `sql`, compiled once: preparing costs 15–20 µs a call,
   * several times the query itself, and a sync socket's upgrade alone runs half a dozen queries.
   */
  protected statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)))
    return statement
  }

  async workspaceMembers(workspaceId: WorkspaceId): Promise<PersonRecord[]> {
    const rows = this.statement(
      `SELECT u.id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.workspace_id = ? ORDER BY u.name, u.id`,
    ).all(workspaceId) as Row[]
    return rows.map((row) => toPerson(row, 'memberships'))
  }

  async team(matterId: MatterId): Promise<PersonRecord[]> {
    const rows = this.statement(
      `SELECT u.id, u.name, u.email, t.role FROM matter_members t JOIN users u ON u.id = t.user_id
       WHERE t.matter_id = ? ORDER BY u.name, u.id`,
    ).all(matterId) as Row[]
    return rows.map((row) => toPerson(row, 'matter_members'))
  }

  async teamRole(matterId: MatterId, userId: UserId): Promise<Role | null> {
    const row = this.statement('SELECT role FROM matter_members WHERE matter_id = ? AND user_id = ?').get(matterId, userId) as
      | Row
      | undefined
    return row ? oneOf(row, 'role', 'matter_members', ROLES) : null
  }

  async teamMatters(userId: UserId): Promise<MatterId[]> {
    const rows = this.statement('SELECT matter_id FROM matter_members WHERE user_id = ?').all(userId) as Row[]
    return rows.map((row) => text(row, 'matter_id', 'matter_members') as MatterId)
  }

  async seatsIn(workspaceId: WorkspaceId, userId: UserId): Promise<{ matterId: MatterId; role: Role }[]> {
    const rows = this.statement(
      `SELECT t.matter_id, t.role FROM matter_members t JOIN matters m ON m.id = t.matter_id
       WHERE t.user_id = ? AND m.workspace_id = ? ORDER BY t.matter_id`,
    ).all(userId, workspaceId) as Row[]
    return rows.map((row) => ({ matterId: text(row, 'matter_id', 'matter_members') as MatterId, role: oneOf(row, 'role', 'matter_members', ROLES) }))
  }

  async addTeamMember(matterId: MatterId, userId: UserId, role: Role): Promise<void> {
    this.statement('INSERT OR REPLACE INTO matter_members (matter_id, user_id, role) VALUES (?, ?, ?)').run(matterId, userId, role)
  }

  async replaceTeam(matterId: MatterId, members: { userId: UserId; role: Role }[], entry: ArchiveEntryRecord): Promise<void> {
    this.db.transaction(() => {
      this.statement('DELETE FROM matter_members WHERE matter_id = ?').run(matterId)
      const insert = this.statement('INSERT INTO matter_members (matter_id, user_id, role) VALUES (?, ?, ?)')
      for (const member of members) insert.run(matterId, member.userId, member.role)
      this.insertArchive(entry)
    })()
  }

  async transitionMatter(
    matterId: MatterId,
    from: MatterState,
    to: MatterState,
    { grade, ...facts }: MatterStepChanges,
    entry: ArchiveEntryRecord,
  ): Promise<boolean> {
    return this.db.transaction(() => {
      const changed = this.statement('UPDATE matters SET state = ?, grade = COALESCE(?, grade) WHERE id = ? AND state = ?')
        .run(to, grade ?? null, matterId, from).changes
      if (changed === 0) return false
      writeApplicationFacts((sql) => this.statement(sql), matterId, facts)
      this.insertArchive(entry)
      return true
    })()
  }

  async setReviewState(documentId: DocumentId, from: ReviewState, to: ReviewState, entry: ArchiveEntryRecord): Promise<boolean> {
    return this.db.transaction(() => {
      const changed = this.statement('UPDATE documents SET review_state = ? WHERE id = ? AND review_state = ?')
        .run(to, documentId, from).changes
      if (changed === 0) return false
      this.insertArchive(entry)
      return true
    })()
  }

  async checklistTemplate(workspaceId: WorkspaceId, kind: DocumentKind): Promise<ChecklistTemplateItem[] | null> {
    const row = this.statement('SELECT items FROM checklist_templates WHERE workspace_id = ? AND kind = ?').get(workspaceId, kind) as
      | Row
      | undefined
    if (!row) return null
    const items = parseChecklistTemplate(JSON.parse(text(row, 'items', 'checklist_templates')))
    if (!items) throw new CorruptRowError('checklist_templates', 'items')
    return items
  }

  async setChecklistTemplate(workspaceId: WorkspaceId, kind: DocumentKind, items: ChecklistTemplateItem[]): Promise<void> {
    this.statement(
      `INSERT INTO checklist_templates (workspace_id, kind, items) VALUES (?, ?, ?)
       ON CONFLICT(workspace_id, kind) DO UPDATE SET items = excluded.items`,
    ).run(workspaceId, kind, JSON.stringify(items))
  }

  async passLine(workspaceId: WorkspaceId): Promise<number> {
    const row = this.statement('SELECT pass_line FROM workspace_settings WHERE workspace_id = ?').get(workspaceId) as Row | undefined
    return row ? integer(row, 'pass_line', 'workspace_settings') : DEFAULT_PASS_LINE
  }

  async setPassLine(workspaceId: WorkspaceId, passLine: number): Promise<void> {
    this.statement(
      `INSERT INTO workspace_settings (workspace_id, pass_line) VALUES (?, ?)
       ON CONFLICT(workspace_id) DO UPDATE SET pass_line = excluded.pass_line`,
    ).run(workspaceId, passLine)
  }

  async appendArchive(entry: ArchiveEntryRecord): Promise<void> {
    this.insertArchive(entry)
  }

  async archive(matterId: MatterId): Promise<ArchiveEntryRecord[]> {
    const rows = this.statement('SELECT * FROM archive_entries WHERE matter_id = ? ORDER BY seq').all(matterId) as Row[]
    return rows.map(toArchiveEntry)
  }

  async checklistMarks(documentId: DocumentId): Promise<ChecklistMark[]> {
    const rows = this.statement('SELECT * FROM checklist_marks WHERE document_id = ?').all(documentId) as Row[]
    return rows.map((row) => ({
      itemId: text(row, 'item_id', 'checklist_marks'),
      state: oneOf(row, 'state', 'checklist_marks', CHECKLIST_STATES),
      note: text(row, 'note', 'checklist_marks'),
      setBy: text(row, 'set_by', 'checklist_marks') as UserId,
      setAt: text(row, 'set_at', 'checklist_marks'),
    }))
  }

  async setChecklistMarks(documentId: DocumentId, marks: ChecklistMark[]): Promise<void> {
    const upsert = this.statement(
    `INSERT INTO checklist_marks (document_id, item_id, state, note, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(document_id, item_id) DO UPDATE SET
       state = excluded.state, note = excluded.note, set_by = excluded.set_by, set_at = excluded.set_at`,
  )
    this.db.transaction(() => {
      for (const mark of marks) upsert.run(documentId, mark.itemId, mark.state, mark.note, mark.setBy, mark.setAt)
    })()
  }

  async createApproval(approval: ApprovalRecord, entries: ArchiveEntryRecord[]): Promise<boolean> {
    return this.db.transaction(() => {
      const latest = this.statement('SELECT version_hash, approved_by FROM approvals WHERE document_id = ? ORDER BY approved_at DESC, id DESC LIMIT 1')
        .get(approval.documentId) as Row | undefined
      if (latest && latest.version_hash === approval.versionHash && latest.approved_by === approval.approvedBy) return false
      this.statement(
        `INSERT INTO approvals (id, document_id, version_hash, snapshot, approved_by, approved_at, override_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
          approval.id,
          approval.documentId,
          approval.versionHash,
          approval.snapshot,
          approval.approvedBy,
          approval.approvedAt,
          approval.overrideReason,
        )
      this.statement("UPDATE documents SET review_state = 'approved' WHERE id = ?").run(approval.documentId)
      for (const entry of entries) this.insertArchive(entry)
      return true
    })()
  }

  async approvals(documentId: DocumentId): Promise<ApprovalRecord[]> {
    const rows = this.statement('SELECT * FROM approvals WHERE document_id = ? ORDER BY approved_at, id').all(documentId) as Row[]
    return rows.map((row) => ({
      id: text(row, 'id', 'approvals'),
      documentId: text(row, 'document_id', 'approvals') as DocumentId,
      versionHash: text(row, 'version_hash', 'approvals'),
      snapshot: blob(row, 'snapshot', 'approvals'),
      approvedBy: text(row, 'approved_by', 'approvals') as UserId,
      approvedAt: text(row, 'approved_at', 'approvals'),
      overrideReason: optionalText(row, 'override_reason', 'approvals'),
    }))
  }

  async createComment(comment: CommentRecord): Promise<void> {
    this.statement(
      `INSERT INTO comments (id, document_id, thread_id, author_id, text, anchor, mentions, created_at, resolved_by, resolved_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
        comment.id,
        comment.documentId,
        comment.threadId,
        comment.authorId,
        comment.text,
        comment.anchor,
        JSON.stringify(comment.mentions),
        comment.createdAt,
        comment.resolvedBy,
        comment.resolvedAt,
      )
  }

  async comments(documentId: DocumentId): Promise<CommentRecord[]> {
    const rows = this.statement('SELECT * FROM comments WHERE document_id = ? ORDER BY created_at, id').all(documentId) as Row[]
    return rows.map(toComment)
  }

  async findComment(id: string): Promise<CommentRecord | null> {
    const row = this.statement('SELECT * FROM comments WHERE id = ?').get(id) as Row | undefined
    return row ? toComment(row) : null
  }

  async setCommentResolved(id: string, resolvedBy: UserId | null, resolvedAt: string | null): Promise<void> {
    this.statement('UPDATE comments SET resolved_by = ?, resolved_at = ? WHERE id = ?').run(resolvedBy, resolvedAt, id)
  }

  async createSuggestion(suggestion: SuggestionRecord): Promise<void> {
    this.statement(
      `INSERT INTO suggestions (id, document_id, author_id, anchor, text, state, created_at, decided_by, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
        suggestion.id,
        suggestion.documentId,
        suggestion.authorId,
        suggestion.anchor,
        suggestion.text,
        suggestion.state,
        suggestion.createdAt,
        suggestion.decidedBy,
        suggestion.decidedAt,
      )
  }

  async suggestions(documentId: DocumentId): Promise<SuggestionRecord[]> {
    const rows = this.statement('SELECT * FROM suggestions WHERE document_id = ? ORDER BY created_at, id').all(documentId) as Row[]
    return rows.map(toSuggestion)
  }

  async findSuggestion(id: string): Promise<SuggestionRecord | null> {
    const row = this.statement('SELECT * FROM suggestions WHERE id = ?').get(id) as Row | undefined
    return row ? toSuggestion(row) : null
  }

  async decideSuggestion(id: string, state: SuggestionState, decidedBy: UserId, decidedAt: string): Promise<boolean> {
    const changed = this.statement("UPDATE suggestions SET state = ?, decided_by = ?, decided_at = ? WHERE id = ? AND state = 'open'")
      .run(state, decidedBy, decidedAt, id).changes
    return changed > 0
  }

  async dismissInboxItem(userId: UserId, key: string, at: string): Promise<void> {
    this.statement('INSERT OR IGNORE INTO inbox_dismissals (user_id, item_key, dismissed_at) VALUES (?, ?, ?)').run(userId, key, at)
  }

  async dismissedInboxItems(userId: UserId): Promise<Set<string>> {
    const rows = this.statement('SELECT item_key FROM inbox_dismissals WHERE user_id = ?').all(userId) as Row[]
    return new Set(rows.map((row) => text(row, 'item_key', 'inbox_dismissals')))
  }

  async triage(documentId: DocumentId): Promise<TriageRecord[]> {
    const rows = this.statement('SELECT * FROM finding_triage WHERE document_id = ? ORDER BY decided_at').all(documentId) as Row[]
    return rows.map((row) => ({
      findingKey: text(row, 'finding_key', 'finding_triage'),
      rule: text(row, 'rule', 'finding_triage'),
      decision: oneOf(row, 'decision', 'finding_triage', TRIAGE_DECISIONS),
      reason: text(row, 'reason', 'finding_triage'),
      decidedBy: text(row, 'decided_by', 'finding_triage') as UserId,
      decidedAt: text(row, 'decided_at', 'finding_triage'),
    }))
  }

  async setTriage(documentId: DocumentId, record: TriageRecord, entry: ArchiveEntryRecord | null): Promise<void> {
    this.db.transaction(() => {
      this.statement(
        `INSERT INTO finding_triage (document_id, finding_key, rule, decision, reason, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(document_id, finding_key) DO UPDATE SET
           rule = excluded.rule, decision = excluded.decision, reason = excluded.reason,
           decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
      ).run(documentId, record.findingKey, record.rule, record.decision, record.reason, record.decidedBy, record.decidedAt)
      if (entry) this.insertArchive(entry)
    })()
  }

  /** Inserts one archive entry; callers run it inside the transaction of the change it records. */
  protected insertArchive(entry: ArchiveEntryRecord): void {
    this.statement(
      `INSERT INTO archive_entries (id, matter_id, document_id, at, actor_id, actor_name, kind, from_value, to_value, version_hash, note, facts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
        entry.id,
        entry.matterId,
        entry.documentId,
        entry.at,
        entry.actorId,
        entry.actorName,
        entry.kind,
        entry.from,
        entry.to,
        entry.versionHash,
        entry.note,
        entry.facts && JSON.stringify(entry.facts),
      )
  }
}

function toPerson(row: Row, table: string): PersonRecord {
  return {
    userId: text(row, 'id', 'users') as UserId,
    name: text(row, 'name', 'users'),
    email: text(row, 'email', 'users'),
    role: oneOf(row, 'role', table, ROLES),
  }
}

function toArchiveEntry(row: Row): ArchiveEntryRecord {
  const table = 'archive_entries'
  return {
    id: text(row, 'id', table),
    matterId: text(row, 'matter_id', table) as MatterId,
    documentId: optionalText(row, 'document_id', table) as DocumentId | null,
    at: text(row, 'at', table),
    actorId: text(row, 'actor_id', table) as UserId,
    actorName: text(row, 'actor_name', table),
    kind: oneOf(row, 'kind', table, ARCHIVE_ENTRY_KINDS),
    from: optionalText(row, 'from_value', table),
    to: optionalText(row, 'to_value', table),
    versionHash: optionalText(row, 'version_hash', table),
    note: optionalText(row, 'note', table),
    facts: archiveFacts(row),
  }
}

/** An entry's facts: a JSON object of known names and text values, or null for an entry from before they were kept. */
function archiveFacts(row: Row): ArchiveFacts | null {
  const stored = optionalText(row, 'facts', 'archive_entries')
  if (stored === null) return null
  let facts: unknown
  try {
    facts = JSON.parse(stored)
  } catch {
    throw new CorruptRowError('archive_entries', 'facts')
  }
  const known = (ARCHIVE_FACT_NAMES as readonly string[])
  const valid =
    typeof facts === 'object' && facts !== null && !Array.isArray(facts) && Object.entries(facts).every(([name, value]) => known.includes(name) && typeof value === 'string')
  if (!valid) throw new CorruptRowError('archive_entries', 'facts')
  return facts as ArchiveFacts
}

function toComment(row: Row): CommentRecord {
  const mentions: unknown = JSON.parse(text(row, 'mentions', 'comments'))
  if (!Array.isArray(mentions) || !mentions.every((m) => typeof m === 'string')) throw new CorruptRowError('comments', 'mentions')
  return {
    id: text(row, 'id', 'comments'),
    documentId: text(row, 'document_id', 'comments') as DocumentId,
    threadId: optionalText(row, 'thread_id', 'comments'),
    authorId: text(row, 'author_id', 'comments') as UserId,
    text: text(row, 'text', 'comments'),
    anchor: optionalText(row, 'anchor', 'comments'),
    mentions: mentions as UserId[],
    createdAt: text(row, 'created_at', 'comments'),
    resolvedBy: optionalText(row, 'resolved_by', 'comments') as UserId | null,
    resolvedAt: optionalText(row, 'resolved_at', 'comments'),
  }
}

function toSuggestion(row: Row): SuggestionRecord {
  return {
    id: text(row, 'id', 'suggestions'),
    documentId: text(row, 'document_id', 'suggestions') as DocumentId,
    authorId: text(row, 'author_id', 'suggestions') as UserId,
    anchor: text(row, 'anchor', 'suggestions'),
    text: text(row, 'text', 'suggestions'),
    state: oneOf(row, 'state', 'suggestions', SUGGESTION_STATES),
    createdAt: text(row, 'created_at', 'suggestions'),
    decidedBy: optionalText(row, 'decided_by', 'suggestions') as UserId | null,
    decidedAt: optionalText(row, 'decided_at', 'suggestions'),
  }
}
