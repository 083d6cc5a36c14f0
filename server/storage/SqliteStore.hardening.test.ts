import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import { SqliteStore } from './SqliteStore'

async function storeWithDocument() {
  const store = new SqliteStore(':memory:')
  const workspace = 'w-hardening' as WorkspaceId
  const user = 'u-hardening' as UserId
  await store.createWorkspace(workspace, 'Hardening')
  await store.createUser({ id: user, email: 'h@test.example', name: 'H', passwordHash: 'x' })
  await store.addMember(workspace, user, 'agent')
  const matter = 'm-hardening' as MatterId
  const document = 'd-hardening' as DocumentId
  await store.createMatter({ id: matter, workspaceId: workspace, title: 'M', jurisdiction: 'CN', createdAt: new Date().toISOString() } as never)
  await store.createDocument({ id: document, matterId: matter, workspaceId: workspace, kind: 'claims', title: 'D', createdAt: new Date().toISOString() } as never)
  return { store, user, document }
}

function edit(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

describe('SqliteStore hardening', () => {
  it('refuses a snapshot through an earlier seq than the stored one, and keeps the stored one', async () => {
    const { store, document } = await storeWithDocument()
    const first = await store.appendUpdates(document, [edit('a')])
    const second = await store.appendUpdates(document, [edit('b')])
    const newest = edit('ab')
    await store.compact(document, newest, second)
    await expect(store.compact(document, edit('a'), first)).rejects.toThrow(/older than the stored one/)
    const state = await store.loadDocumentState(document)
    expect(state.lastSeq).toBe(second)
    expect(state.snapshot).toEqual(Buffer.from(newest))
    await store.close()
  })

  it('sweeps expired sessions and keeps live ones', async () => {
    const { store, user } = await storeWithDocument()
    await store.createSession('expired', { userId: user, expiresAt: 1_000 })
    await store.createSession('live', { userId: user, expiresAt: Date.now() + 60_000 })
    expect(await store.deleteExpiredSessions(Date.now())).toBe(1)
    expect(await store.findSession('expired')).toBeNull()
    expect(await store.findSession('live')).not.toBeNull()
    await store.close()
  })
})
