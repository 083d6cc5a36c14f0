import { describe, expect, it } from 'vitest'
import type { DocumentId } from '../../shared/domain/ids'
import type { VersionOrigin, VersionView } from '../../shared/editor/versionApi'
import { likelyExaminedVersion, startingPoint } from './ExaminedClaimsPicker'

const claimSet = { id: 'd1' as DocumentId, kind: 'claims', title: '权利要求书', reviewState: 'draft', archivedAt: null, approvalStale: false } as const

const kept = (id: string, origin: VersionOrigin, createdAt: string) => ({
  document: claimSet,
  version: { id, name: id, origin, versionHash: '', createdAt, createdBy: { id: 'u', name: 'U' } } satisfies VersionView,
})

describe('the version a new reply starts from when nobody chooses', () => {
  it('is the newest kept when an office action came in, before any kept at filing', () => {
    expect(
      likelyExaminedVersion([
        kept('filed', 'filing', '2026-01-01T00:00:00Z'),
        kept('first-oa', 'office-action', '2026-03-01T00:00:00Z'),
        kept('second-oa', 'office-action', '2026-06-01T00:00:00Z'),
        kept('draft', 'named', '2026-07-01T00:00:00Z'),
      ]),
    ).toBe('second-oa')
  })

  it('is the reply filed last, whose amended claims a later office action examines, before the claim sets kept with it', () => {
    const reply = { ...claimSet, id: 'r1' as DocumentId, kind: 'oa-reply', title: '意见陈述书' } as const
    expect(
      likelyExaminedVersion([
        kept('filed', 'filing', '2026-01-01T00:00:00Z'),
        kept('first-oa', 'office-action', '2026-03-01T00:00:00Z'),
        { ...kept('first-reply', 'reply-filing', '2026-04-01T00:00:00Z'), document: reply },
        kept('second-oa', 'office-action', '2026-06-01T00:00:00Z'),
      ]),
    ).toBe('first-reply')
  })

  it('is the one kept at filing when no office action was recorded', () => {
    expect(likelyExaminedVersion([kept('draft', 'named', '2026-07-01T00:00:00Z'), kept('filed', 'filing', '2026-01-01T00:00:00Z')])).toBe('filed')
  })

  it('is the latest claim set’s when every claim set was kept at the same moment', () => {
    const other = { ...claimSet, id: 'd2' as DocumentId, title: '权利要求书B' }
    const at = '2026-03-01T00:00:00Z'
    expect(likelyExaminedVersion([kept('a-oa', 'office-action', at), { ...kept('b-oa', 'office-action', at), document: other }])).toBe('b-oa')
  })

  it('is the approved claim set’s, not a draft’s kept beside it at the same moment', () => {
    const approved = { ...claimSet, reviewState: 'approved' } as const
    const draft = { ...claimSet, id: 'd2' as DocumentId, title: '导入稿' }
    const at = '2026-03-01T00:00:00Z'
    expect(likelyExaminedVersion([{ ...kept('approved-oa', 'office-action', at), document: approved }, { ...kept('draft-oa', 'office-action', at), document: draft }])).toBe('approved-oa')
  })

  it('is the text now when the matter kept neither', () => {
    expect(likelyExaminedVersion([kept('draft', 'named', '2026-07-01T00:00:00Z')])).toBe('')
    expect(likelyExaminedVersion([])).toBe('')
  })
})

describe('what a new reply asks for', () => {
  it('names a claim set for its text as it is now, and a version by its id', () => {
    expect(startingPoint('current:d1')).toEqual({ claimSet: 'd1' })
    expect(startingPoint('v-123')).toEqual({ claimsVersion: 'v-123' })
  })
})
