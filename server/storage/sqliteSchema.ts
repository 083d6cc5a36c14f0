/**
 * The SQLite schema, as numbered migrations applied in order; `PRAGMA user_version` records how
 * many have run. Append new migrations, never edit old ones.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL
  );
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
  );
  CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE matters (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    title TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX matters_workspace ON matters(workspace_id);
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    matter_id TEXT NOT NULL REFERENCES matters(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX documents_matter ON documents(matter_id);
  CREATE TABLE document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX document_updates_document ON document_updates(document_id, seq);
  CREATE TABLE document_snapshots (
    document_id TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    through_seq INTEGER NOT NULL
  );
  `,
  // Review and approval: matter teams, workflow states, the process archive, checklists,
  // approvals, comments, suggestions and finding triage.
  `
  ALTER TABLE matters ADD COLUMN state TEXT NOT NULL DEFAULT 'disclosure';
  ALTER TABLE matters ADD COLUMN grade TEXT;
  ALTER TABLE documents ADD COLUMN review_state TEXT NOT NULL DEFAULT 'draft';
  CREATE TABLE workspace_settings (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
    pass_line INTEGER NOT NULL
  );
  CREATE TABLE matter_members (
    matter_id TEXT NOT NULL REFERENCES matters(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    PRIMARY KEY (matter_id, user_id)
  );
  CREATE INDEX matter_members_user ON matter_members(user_id);
  CREATE TABLE archive_entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    matter_id TEXT NOT NULL REFERENCES matters(id),
    document_id TEXT,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    from_value TEXT,
    to_value TEXT,
    version_hash TEXT,
    note TEXT
  );
  CREATE INDEX archive_entries_matter ON archive_entries(matter_id, seq);
  -- The process archive is append-only: the store itself refuses to change or delete an entry.
  CREATE TRIGGER archive_entries_no_update BEFORE UPDATE ON archive_entries
    BEGIN SELECT RAISE(ABORT, 'the process archive is append-only'); END;
  CREATE TRIGGER archive_entries_no_delete BEFORE DELETE ON archive_entries
    BEGIN SELECT RAISE(ABORT, 'the process archive is append-only'); END;
  CREATE TABLE checklist_marks (
    document_id TEXT NOT NULL REFERENCES documents(id),
    item_id TEXT NOT NULL,
    state TEXT NOT NULL,
    note TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (document_id, item_id)
  );
  CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    version_hash TEXT NOT NULL,
    snapshot BLOB NOT NULL,
    approved_by TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    override_reason TEXT
  );
  CREATE INDEX approvals_document ON approvals(document_id, approved_at);
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    thread_id TEXT,
    author_id TEXT NOT NULL,
    text TEXT NOT NULL,
    anchor TEXT,
    mentions TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT
  );
  CREATE INDEX comments_document ON comments(document_id, created_at);
  CREATE TABLE suggestions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    author_id TEXT NOT NULL,
    anchor TEXT NOT NULL,
    text TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT
  );
  CREATE INDEX suggestions_document ON suggestions(document_id, created_at);
  CREATE TABLE finding_triage (
    document_id TEXT NOT NULL REFERENCES documents(id),
    finding_key TEXT NOT NULL,
    rule TEXT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (document_id, finding_key)
  );
  `,
  // Checklist templates an admin has set for a workspace, in place of the built-in ones.
  `
  CREATE TABLE checklist_templates (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    kind TEXT NOT NULL,
    items TEXT NOT NULL,
    PRIMARY KEY (workspace_id, kind)
  );
  `,
  // Saved versions of documents: named ones and those kept at filing, office actions and restores.
  `
  CREATE TABLE document_versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    version_hash TEXT NOT NULL,
    snapshot BLOB NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX document_versions_document ON document_versions(document_id, created_at);
  `,
  // Matters and documents are archived, never deleted: the record and its archive stay.
  `
  ALTER TABLE matters ADD COLUMN archived_at TEXT;
  ALTER TABLE documents ADD COLUMN archived_at TEXT;
  `,
  // A snapshot's SHA-256, written with it: the first clients of a large document are sent the
  // snapshot's bytes before the room has read them (SyncServer), so they must be known to be the
  // bytes that were written. Snapshots from before have none, and are decoded instead.
  `
  ALTER TABLE document_snapshots ADD COLUMN sha256 BLOB;
  `,
  // What the office gave the application when it was filed: its number and filing date.
  `
  ALTER TABLE matters ADD COLUMN application_number TEXT;
  ALTER TABLE matters ADD COLUMN filing_date TEXT;
  `,
  // What each person set aside from their "Waiting for you" list, by the item's key (which holds its time).
  `
  CREATE TABLE inbox_dismissals (
    user_id TEXT NOT NULL,
    item_key TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (user_id, item_key)
  );
  `,
  // A password someone else chose and handed over (a new account's, or one an admin reset): its owner is asked to change it.
  `
  ALTER TABLE users ADD COLUMN password_handed_over INTEGER NOT NULL DEFAULT 0;
  `,
  // What a filed reply names at its head besides the number and date: the applicant and our docket
  // number (known before filing), and what the USPTO's notices add: examiner, art unit, confirmation number.
  `
  ALTER TABLE matters ADD COLUMN applicant TEXT;
  ALTER TABLE matters ADD COLUMN docket_number TEXT;
  ALTER TABLE matters ADD COLUMN examiner TEXT;
  ALTER TABLE matters ADD COLUMN art_unit TEXT;
  ALTER TABLE matters ADD COLUMN confirmation_number TEXT;
  `,
  // The process archive's record for the yearly report: a grant's publication number and date on
  // the matter, and the facts an entry records by name (JSON), which entries before have none of.
  `
  ALTER TABLE matters ADD COLUMN grant_number TEXT;
  ALTER TABLE matters ADD COLUMN grant_date TEXT;
  ALTER TABLE archive_entries ADD COLUMN facts TEXT;
  `,
]
