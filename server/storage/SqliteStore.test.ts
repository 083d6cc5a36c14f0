import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import { CorruptRowError } from './CorruptRowError'
import { SqliteStore } from './SqliteStore'
import { SQLITE_MIGRATIONS } from './sqliteSchema'
import type { DocumentRecord, MatterRecord, StoredDocumentState, UserRecord } from './Store'
import type { ArchiveEntryRecord } from './ReviewStore'

const stores: SqliteStore[] = []
const directories: string[] = []

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true })
})

function memoryStore(): SqliteStore {
  const store = new SqliteStore(':memory:')
  stores.push(store)
  return store
}

/** A path for a database file in a fresh directory that is removed after the test. */
function tempDatabasePath(): string {
  const directory = mkdtempSync(join(tmpdir(), 'claimroom-store-'))
  directories.push(directory)
  return join(directory, 'claimroom.db')
}

function fileStore(filename: string): SqliteStore {
  const store = new SqliteStore(filename)
  stores.push(store)
  return store
}

let counter = 0
const nextId = <T extends string>(prefix: string): T => `${prefix}-${String(++counter).padStart(6, '0')}` as T

function aUser(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = nextId<UserId>('user')
  return { id, email: `${id}@test.example`, name: `User ${id}`, passwordHash: 'scrypt$hash', passwordHandedOver: false, ...overrides }
}

async function aWorkspace(store: SqliteStore, name = `Workspace ${++counter}`): Promise<WorkspaceId> {
  const id = nextId<WorkspaceId>('workspace')
  await store.createWorkspace(id, name)
  return id
}

async function aMatter(store: SqliteStore, workspaceId: WorkspaceId, overrides: Partial<MatterRecord> = {}) {
  const matter: MatterRecord = {
    id: nextId<MatterId>('matter'),
    workspaceId,
    title: 'A folding bicycle frame',
    jurisdiction: 'CN',
    createdAt: '2025-01-01T00:00:00.000Z',
    state: 'disclosure',
    grade: null,
    archivedAt: null,
    applicationNumber: null,
    filingDate: null,
    applicant: null,
    docketNumber: null,
    examiner: null,
    artUnit: null,
    confirmationNumber: null,
    grantNumber: null,
    grantDate: null,
    ...overrides,
  }
  await store.createMatter(matter)
  return matter
}

async function aDocument(store: SqliteStore, matter: MatterRecord, overrides: Partial<DocumentRecord> = {}) {
  const document: DocumentRecord = {
    id: nextId<DocumentId>('document'),
    matterId: matter.id,
    workspaceId: matter.workspaceId,
    kind: 'claims',
    title: 'Claims',
    createdAt: '2025-01-01T00:00:00.000Z',
    reviewState: 'draft',
    archivedAt: null,
    ...overrides,
  }
  await store.createDocument(document)
  return document
}

/** Yjs updates that each insert one piece of text at the end of the shared text `t`. */
function textEdits(...pieces: string[]): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (const piece of pieces) doc.getText('t').insert(doc.getText('t').length, piece)
  doc.destroy()
  return updates
}

/** The text a loaded document state produces when applied to an empty Y.Doc. */
function textOf(state: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const update of state.updates) Y.applyUpdate(doc, update)
  const text = doc.getText('t').toString()
  doc.destroy()
  return text
}

/** A loaded state with plain Uint8Arrays in place of the Buffers better-sqlite3 returns, to compare. */
async function load(store: SqliteStore, documentId: DocumentId): Promise<StoredDocumentState> {
  const state = await store.loadDocumentState(documentId)
  return {
    snapshot: state.snapshot && Uint8Array.from(state.snapshot),
    updates: state.updates.map((update) => Uint8Array.from(update)),
    lastSeq: state.lastSeq,
  }
}

describe('SqliteStore users', () => {
  it('finds a user by e-mail whatever the case it was created or looked up in', async () => {
    const store = memoryStore()
    const user = aUser({ email: 'Ada.Lovelace@Example.COM' })
    await store.createUser(user)

    const found = await store.findUserByEmail('ADA.LOVELACE@example.com')

    expect(found).toEqual({ ...user, email: 'ada.lovelace@example.com' })
  })

  it('refuses a second user with the same e-mail in another case', async () => {
    const store = memoryStore()
    await store.createUser(aUser({ email: 'ada@example.com' }))

    await expect(store.createUser(aUser({ email: 'ADA@example.com' }))).rejects.toThrow(/UNIQUE/)
  })

  it('finds a user by id, and nobody for an unknown id or e-mail', async () => {
    const store = memoryStore()
    const user = aUser()
    await store.createUser(user)

    expect(await store.findUserById(user.id)).toEqual(user)
    expect(await store.findUserById('nobody-here' as UserId)).toBeNull()
    expect(await store.findUserByEmail('nobody@example.com')).toBeNull()
  })

  it('is empty until the first user is created', async () => {
    const store = memoryStore()
    expect(await store.isEmpty()).toBe(true)

    await store.createUser(aUser())

    expect(await store.isEmpty()).toBe(false)
  })
})

describe('SqliteStore memberships', () => {
  it("lists a user's workspaces with their names and roles, ordered by name", async () => {
    const store = memoryStore()
    const user = aUser()
    const other = aUser()
    await store.createUser(user)
    await store.createUser(other)
    const zeta = await aWorkspace(store, 'Zeta Patents')
    const alpha = await aWorkspace(store, 'Alpha IP')
    const notMine = await aWorkspace(store, 'Beta Law')
    await store.addMember(zeta, user.id, 'reviewer')
    await store.addMember(alpha, user.id, 'lead')
    await store.addMember(notMine, other.id, 'admin')

    expect(await store.memberships(user.id)).toEqual([
      { workspaceId: alpha, workspaceName: 'Alpha IP', role: 'lead' },
      { workspaceId: zeta, workspaceName: 'Zeta Patents', role: 'reviewer' },
    ])
  })

  it("replaces a member's role instead of adding a second membership", async () => {
    const store = memoryStore()
    const user = aUser()
    await store.createUser(user)
    const workspace = await aWorkspace(store, 'Acme')
    await store.addMember(workspace, user.id, 'inventor')

    await store.addMember(workspace, user.id, 'agent')

    expect(await store.memberships(user.id)).toEqual([{ workspaceId: workspace, workspaceName: 'Acme', role: 'agent' }])
  })
})

describe('SqliteStore sessions', () => {
  it('finds a session by its token hash until it is deleted', async () => {
    const store = memoryStore()
    const user = aUser()
    await store.createUser(user)
    await store.createSession('token-hash', { userId: user.id, expiresAt: 1_750_000_000_000 })

    expect(await store.findSession('token-hash')).toEqual({ userId: user.id, expiresAt: 1_750_000_000_000 })
    expect(await store.findSession('another-hash')).toBeNull()

    await store.deleteSession('token-hash')

    expect(await store.findSession('token-hash')).toBeNull()
  })
})

describe('SqliteStore matters and documents', () => {
  it('lists only the matters of the given workspaces, newest first', async () => {
    const store = memoryStore()
    const mine = await aWorkspace(store)
    const alsoMine = await aWorkspace(store)
    const theirs = await aWorkspace(store)
    const oldest = await aMatter(store, mine, { createdAt: '2024-03-01T00:00:00.000Z' })
    const newest = await aMatter(store, alsoMine, { createdAt: '2025-06-01T00:00:00.000Z' })
    const middle = await aMatter(store, mine, { createdAt: '2024-11-01T00:00:00.000Z' })
    await aMatter(store, theirs, { createdAt: '2025-01-01T00:00:00.000Z' })

    const listed = await store.listMatters([mine, alsoMine])

    expect(listed).toEqual([newest, middle, oldest])
  })

  it('lists no matters when given no workspaces', async () => {
    const store = memoryStore()
    await aMatter(store, await aWorkspace(store))

    expect(await store.listMatters([])).toEqual([])
  })

  it('finds a matter by id, and none for an unknown id', async () => {
    const store = memoryStore()
    const matter = await aMatter(store, await aWorkspace(store), { jurisdiction: 'EP' })

    expect(await store.findMatter(matter.id)).toEqual(matter)
    expect(await store.findMatter('no-such-matter' as MatterId)).toBeNull()
  })

  it("lists a matter's documents oldest first, each with the workspace of its matter", async () => {
    const store = memoryStore()
    const workspace = await aWorkspace(store)
    const matter = await aMatter(store, workspace)
    const otherMatter = await aMatter(store, workspace)
    const reply = await aDocument(store, matter, { kind: 'oa-reply', createdAt: '2025-03-01T00:00:00.000Z' })
    const disclosure = await aDocument(store, matter, { kind: 'disclosure', createdAt: '2025-01-01T00:00:00.000Z' })
    await aDocument(store, otherMatter)

    const listed = await store.listDocuments(matter.id)

    expect(listed).toEqual([disclosure, reply])
    expect(listed.map((document) => document.workspaceId)).toEqual([workspace, workspace])
  })

  it('finds a document with the workspace of its matter, and none for an unknown id', async () => {
    const store = memoryStore()
    const workspace = await aWorkspace(store)
    const document = await aDocument(store, await aMatter(store, workspace))

    expect(await store.findDocument(document.id)).toEqual({ ...document, workspaceId: workspace })
    expect(await store.findDocument('no-such-document' as DocumentId)).toBeNull()
  })
})

describe('SqliteStore update log', () => {
  const doc = 'document-with-log' as DocumentId

  it('returns increasing sequence numbers: the seq of the last update of each batch', async () => {
    const store = memoryStore()
    const [a, b, c] = textEdits('a', 'b', 'c')

    const first = await store.appendUpdates(doc, [a!, b!])
    const second = await store.appendUpdates(doc, [c!])

    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(first)
    expect((await load(store, doc)).lastSeq).toBe(second)
  })

  it('stores none of a batch when one of its updates cannot be stored', async () => {
    const store = memoryStore()
    const [kept, lost] = textEdits('kept', ' lost')
    await store.appendUpdates(doc, [kept!])

    // NOT NULL on data refuses the second update after the first of the batch was inserted.
    await expect(store.appendUpdates(doc, [lost!, null as unknown as Uint8Array])).rejects.toThrow()

    const state = await load(store, doc)
    expect(state.updates).toEqual([kept])
    expect(textOf(state)).toBe('kept')
  })

  it('loads nothing, with lastSeq 0, for a document that has no log', async () => {
    const store = memoryStore()

    expect(await load(store, 'never-written' as DocumentId)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
  })

  it("loads a document's updates in the order appended, and only that document's", async () => {
    const store = memoryStore()
    const edits = textEdits('Claim 1. ', 'A bicycle ', 'comprising a frame.')
    await store.appendUpdates(doc, [edits[0]!])
    await store.appendUpdates('another-document' as DocumentId, textEdits('unrelated'))
    const lastSeq = await store.appendUpdates(doc, [edits[1]!, edits[2]!])

    const state = await load(store, doc)

    expect(state.snapshot).toBeNull()
    expect(state.updates).toEqual(edits)
    expect(state.lastSeq).toBe(lastSeq)
    expect(textOf(state)).toBe('Claim 1. A bicycle comprising a frame.')
  })

  it('compaction replaces the snapshot and drops the updates it includes', async () => {
    const store = memoryStore()
    const [a, b, c] = textEdits('a', 'b', 'c')
    const throughB = await store.appendUpdates(doc, [a!, b!])
    const snapshotAB = Y.mergeUpdates([a!, b!])

    await store.compact(doc, snapshotAB, throughB)

    expect(await load(store, doc)).toEqual({ snapshot: snapshotAB, updates: [], lastSeq: throughB })

    const throughC = await store.appendUpdates(doc, [c!])
    const snapshotABC = Y.mergeUpdates([a!, b!, c!])
    await store.compact(doc, snapshotABC, throughC)

    const state = await load(store, doc)
    expect(state).toEqual({ snapshot: snapshotABC, updates: [], lastSeq: throughC })
    expect(textOf(state)).toBe('abc')
  })

  it('keeps the updates appended after the compaction point', async () => {
    const store = memoryStore()
    const [a, b, c] = textEdits('a', 'b', 'c')
    const throughA = await store.appendUpdates(doc, [a!])
    await store.appendUpdates(doc, [b!])
    // Appended while the snapshot through `a` was being built.
    const lastSeq = await store.appendUpdates(doc, [c!])

    await store.compact(doc, a!, throughA)

    const state = await load(store, doc)
    expect(state.snapshot).toEqual(a)
    expect(state.updates).toEqual([b, c])
    expect(state.lastSeq).toBe(lastSeq)
    expect(textOf(state)).toBe('abc')
  })
})

describe('SqliteStore files', () => {
  it('keeps its data when the file is reopened, without rerunning migrations', async () => {
    const filename = tempDatabasePath()
    const user = aUser()
    const doc = 'document-on-disk' as DocumentId
    const first = fileStore(filename)
    await first.createUser(user)
    await first.appendUpdates(doc, textEdits('durable'))
    await first.close()

    // Reopening twice: a migration that ran again would fail on CREATE TABLE.
    await fileStore(filename).close()
    const reopened = fileStore(filename)

    expect(await reopened.findUserById(user.id)).toEqual(user)
    expect(textOf(await load(reopened, doc))).toBe('durable')
    const raw = new Database(filename, { readonly: true })
    expect(raw.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length)
    raw.close()
  })

  it('creates the directory of its database file', async () => {
    const filename = join(tempDatabasePath(), '..', 'nested', 'deeper', 'claimroom.db')

    const store = fileStore(filename)

    expect(await store.isEmpty()).toBe(true)
  })
})

describe('SqliteStore archive facts', () => {
  const entry = (matterId: MatterId, actorId: UserId, facts: ArchiveEntryRecord['facts']): ArchiveEntryRecord => ({
    id: nextId('entry'),
    matterId,
    documentId: null,
    at: '2026-12-03T08:00:00.000Z',
    actorId,
    actorName: '李娜',
    kind: 'matter.state',
    from: 'approved',
    to: 'filed',
    versionHash: null,
    note: null,
    facts,
  })

  it('files a matter with its application number and date, and its archive entry with the facts, in one step', async () => {
    const store = memoryStore()
    const user = aUser()
    await store.createUser(user)
    const matter = await aMatter(store, await aWorkspace(store))
    await store.transitionMatter(matter.id, 'disclosure', 'approved', {}, { ...entry(matter.id, user.id, null), from: 'disclosure', to: 'approved' })
    const filed = entry(matter.id, user.id, { applicationNumber: '202611234567.8', filingDate: '2026-12-03' })

    expect(await store.transitionMatter(matter.id, 'approved', 'filed', { applicationNumber: '202611234567.8', filingDate: '2026-12-03' }, filed)).toBe(true)

    expect(await store.findMatter(matter.id)).toMatchObject({ state: 'filed', applicationNumber: '202611234567.8', filingDate: '2026-12-03', applicant: null })
    expect((await store.archive(matter.id)).at(-1)).toEqual(filed)
  })

  it('reads the entries and matters of a database from before facts were kept, after migrating it', async () => {
    const filename = tempDatabasePath()
    const before = new Database(filename)
    for (const migration of SQLITE_MIGRATIONS.slice(0, -1)) before.exec(migration)
    before.pragma(`user_version = ${SQLITE_MIGRATIONS.length - 1}`)
    before.exec(`INSERT INTO workspaces VALUES ('w', 'W');
      INSERT INTO matters (id, workspace_id, title, jurisdiction, created_at, state, application_number) VALUES ('m', 'w', 'T', 'CN', '2025-01-01', 'filed', '202611234567.8');
      INSERT INTO archive_entries (id, matter_id, at, actor_id, actor_name, kind, from_value, to_value)
        VALUES ('old', 'm', '2026-01-01T00:00:00.000Z', 'u', '李娜', 'matter.application', NULL, '202611234567.8 · Applicant: 国网');`)
    before.close()

    const store = fileStore(filename)

    expect(await store.archive('m' as MatterId)).toMatchObject([{ id: 'old', to: '202611234567.8 · Applicant: 国网', facts: null }])
    expect(await store.findMatter('m' as MatterId)).toMatchObject({ applicationNumber: '202611234567.8', grantNumber: null, grantDate: null })
  })

  it.each([
    ['not JSON', '{'],
    ['not an object', '["reason"]'],
    ['an unknown fact', '{"price":"100"}'],
    ['a fact that is not text', '{"grantNumber":123}'],
  ])('refuses facts that are %s with CorruptRowError', async (_name, facts) => {
    const store = memoryStore()
    const user = aUser()
    await store.createUser(user)
    const matter = await aMatter(store, await aWorkspace(store))
    await store.appendArchive(entry(matter.id, user.id, null))
    // The archive is append-only: a corrupt entry can only have been written so.
    ;(store as unknown as { db: Database.Database }).db
      .prepare(`INSERT INTO archive_entries (id, matter_id, at, actor_id, actor_name, kind, facts) VALUES ('bad', ?, 'now', 'u', 'n', 'matter.state', ?)`)
      .run(matter.id, facts)

    await expect(store.archive(matter.id)).rejects.toMatchObject({ name: 'CorruptRowError', table: 'archive_entries', column: 'facts' })
  })
})

describe('SqliteStore corrupt rows', () => {
  /** A store on a temp file holding one of everything, and a second connection to corrupt it with. */
  async function seededStore() {
    const filename = tempDatabasePath()
    const store = fileStore(filename)
    const user = aUser()
    await store.createUser(user)
    const workspace = await aWorkspace(store)
    await store.addMember(workspace, user.id, 'agent')
    await store.createSession('token-hash', { userId: user.id, expiresAt: 1_750_000_000_000 })
    const matter = await aMatter(store, workspace)
    const document = await aDocument(store, matter)
    const [a, b] = textEdits('a', 'b')
    const throughA = await store.appendUpdates(document.id, [a!])
    await store.compact(document.id, a!, throughA)
    await store.appendUpdates(document.id, [b!])
    const corrupt = (sql: string) => {
      const raw = new Database(filename)
      raw.prepare(sql).run()
      raw.close()
    }
    return { store, user, workspace, matter, document, corrupt }
  }

  type Seeded = Awaited<ReturnType<typeof seededStore>>

  const cases: { name: string; sql: string; read: (seeded: Seeded) => Promise<unknown>; table: string; column: string }[] =
    [
      {
        name: 'an update whose data is text, not bytes',
        sql: "UPDATE document_updates SET data = 'not a blob'",
        read: ({ store, document }) => store.loadDocumentState(document.id),
        table: 'document_updates',
        column: 'data',
      },
      {
        name: 'a snapshot whose data is text, not bytes',
        sql: "UPDATE document_snapshots SET data = 'not a blob'",
        read: ({ store, document }) => store.loadDocumentState(document.id),
        table: 'document_snapshots',
        column: 'data',
      },
      {
        name: 'a document of an unknown kind (listed)',
        sql: "UPDATE documents SET kind = 'memo'",
        read: ({ store, matter }) => store.listDocuments(matter.id),
        table: 'documents',
        column: 'kind',
      },
      {
        name: 'a document of an unknown kind (found by id)',
        sql: "UPDATE documents SET kind = 'memo'",
        read: ({ store, document }) => store.findDocument(document.id),
        table: 'documents',
        column: 'kind',
      },
      {
        name: 'a matter in an unknown jurisdiction (listed)',
        sql: "UPDATE matters SET jurisdiction = 'JP'",
        read: ({ store, workspace }) => store.listMatters([workspace]),
        table: 'matters',
        column: 'jurisdiction',
      },
      {
        name: 'a matter in an unknown jurisdiction (found by id)',
        sql: "UPDATE matters SET jurisdiction = 'JP'",
        read: ({ store, matter }) => store.findMatter(matter.id),
        table: 'matters',
        column: 'jurisdiction',
      },
      {
        name: 'a membership with an unknown role',
        sql: "UPDATE memberships SET role = 'owner'",
        read: ({ store, user }) => store.memberships(user.id),
        table: 'memberships',
        column: 'role',
      },
      {
        name: 'a session whose expiry is not a number',
        sql: "UPDATE sessions SET expires_at = 'tomorrow'",
        read: ({ store }) => store.findSession('token-hash'),
        table: 'sessions',
        column: 'expires_at',
      },
      {
        name: 'a user whose password hash is bytes, not text',
        sql: "UPDATE users SET password_hash = X'00ff'",
        read: ({ store, user }) => store.findUserById(user.id),
        table: 'users',
        column: 'password_hash',
      },
    ]

  it.each(cases)('refuses $name with CorruptRowError', async ({ sql, read, table, column }) => {
    const seeded = await seededStore()
    seeded.corrupt(sql)

    const reading = read(seeded)

    await expect(reading).rejects.toBeInstanceOf(CorruptRowError)
    await expect(reading).rejects.toMatchObject({ table, column })
  })
  it('checks a snapshot against the checksum written with it, and refuses one whose bytes changed', async () => {
    const seeded = await seededStore()
    expect((await seeded.store.loadDocumentState(seeded.document.id)).snapshotChecked).toBe(true)

    seeded.corrupt("UPDATE document_snapshots SET data = data || X'00'")

    await expect(seeded.store.loadDocumentState(seeded.document.id)).rejects.toMatchObject({
      name: 'CorruptRowError',
      table: 'document_snapshots',
      column: 'data',
    })
  })

  it('loads a snapshot written before checksums as unchecked', async () => {
    const seeded = await seededStore()
    seeded.corrupt('UPDATE document_snapshots SET sha256 = NULL')

    const state = await seeded.store.loadDocumentState(seeded.document.id)

    expect(state.snapshot).not.toBeNull()
    expect(state.snapshotChecked).toBe(false)
  })

  it('refuses a snapshot whose through_seq is not a number with CorruptRowError', async () => {
    const seeded = await seededStore()
    seeded.corrupt("UPDATE document_snapshots SET through_seq = 'yesterday'")

    await expect(seeded.store.loadDocumentState(seeded.document.id)).rejects.toMatchObject({
      name: 'CorruptRowError',
      table: 'document_snapshots',
      column: 'through_seq',
    })
  })
})
