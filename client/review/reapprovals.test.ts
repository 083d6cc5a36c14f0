import { describe, expect, it } from 'vitest'
import type { DocumentId, UserId } from '../../shared/domain/ids'
import type { ArchiveEntryView } from '../../shared/review/reviewApi'
import { reapprovals } from './reapprovals'

let next = 0
const entry = (fields: Partial<ArchiveEntryView>): ArchiveEntryView => ({
  id: `e${++next}`,
  at: '2025-05-01T08:00:00.000Z',
  actor: { id: 'lead' as UserId, name: '王经理' },
  kind: 'approval',
  documentId: 'claims' as DocumentId,
  from: null,
  to: null,
  versionHash: null,
  facts: null,
  note: null,
  ...fields,
})

describe('reapprovals', () => {
  it('finds the approvals of a document approved already, each with the version approved before it', () => {
    const first = entry({ from: 'in-review', to: 'approved', versionHash: 'a'.repeat(64) })
    const override = entry({ kind: 'approval.override', versionHash: 'a'.repeat(64), note: '先行提交' })
    const changed = entry({ from: 'approved', to: 'approved', versionHash: 'b'.repeat(64) })
    const otherLead = entry({ from: 'approved', to: 'approved', versionHash: 'b'.repeat(64), actor: { id: 'lead2' as UserId, name: '李主任' } })
    const otherDocument = entry({ documentId: 'reply' as DocumentId, from: 'draft', to: 'approved', versionHash: 'c'.repeat(64) })
    const again = reapprovals([first, override, changed, otherDocument, otherLead])
    expect([...again]).toEqual([
      [changed.id, { before: 'a'.repeat(64) }],
      [otherLead.id, { before: 'b'.repeat(64) }],
    ])
  })

  it('says nothing of a first approval, and knows no earlier version when the archive holds none', () => {
    expect(reapprovals([entry({ from: 'draft', to: 'approved', versionHash: 'a'.repeat(64) })]).size).toBe(0)
    const orphan = entry({ from: 'approved', to: 'approved', versionHash: 'b'.repeat(64) })
    expect(reapprovals([orphan]).get(orphan.id)).toEqual({ before: null })
  })
})
