import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, isDocumentKind } from './documentKinds'
import { isId } from './ids'
import type { DocumentAction } from './policy'
import { canInWorkspace, canOnDocument, canOnMatter, documentPermissions, findTransition, isFinalState, MATTER_TRANSITIONS, nextStates } from './policy'
import { ROLES, isRole, withArticle } from './roles'
import { MATTER_STATES } from './workflow'

// Written as a record so that adding an action to the policy without listing it here fails to compile.
const DOCUMENT_ACTIONS = Object.keys({
  'document.read': true,
  'document.create': true,
  'document.edit': true,
  'document.suggest': true,
  'document.comment': true,
  'finding.triage': true,
  'checklist.fill': true,
  'document.approve': true,
} satisfies Record<DocumentAction, true>) as DocumentAction[]

describe('the document policy', () => {
  it('lets inventors and agents edit a disclosure, and only agents edit a claim set or a reply', () => {
    const editors = (kind: (typeof DOCUMENT_KINDS)[number]) => ROLES.filter((role) => canOnDocument(role, kind, 'document.edit'))
    expect(editors('disclosure')).toEqual(['inventor', 'agent'])
    expect(editors('claims')).toEqual(['agent'])
    expect(editors('oa-reply')).toEqual(['agent'])
  })

  it.each(DOCUMENT_KINDS)('never lets reviewers, leads or admins edit the text of a %s', (kind) => {
    for (const role of ['reviewer', 'lead', 'admin'] as const) expect(canOnDocument(role, kind, 'document.edit')).toBe(false)
  })

  it('lets inventors suggest and comment on a claim set they may not edit', () => {
    expect(documentPermissions('inventor', 'claims')).toEqual(['document.read', 'document.suggest', 'document.comment'])
  })

  it.each(DOCUMENT_KINDS)('lets every role read and comment on a %s, and only leads approve it', (kind) => {
    for (const role of ROLES) {
      expect(canOnDocument(role, kind, 'document.read')).toBe(true)
      expect(canOnDocument(role, kind, 'document.comment')).toBe(true)
      expect(canOnDocument(role, kind, 'document.approve')).toBe(role === 'lead')
    }
  })

  it('lets reviewers fill checklists, triage findings and suggest, but not create documents', () => {
    for (const kind of DOCUMENT_KINDS) {
      expect(documentPermissions('reviewer', kind)).toEqual(
        DOCUMENT_ACTIONS.filter((a) => ['document.read', 'document.suggest', 'document.comment', 'finding.triage', 'checklist.fill'].includes(a)),
      )
    }
  })
})

describe('the matter and workspace policy', () => {
  it('lets leads and admins manage teams and see every matter; agents, leads and admins create matters', () => {
    expect(ROLES.filter((r) => canOnMatter(r, 'matter.manageTeam'))).toEqual(['lead', 'admin'])
    expect(ROLES.filter((r) => canInWorkspace(r, 'workspace.seeAllMatters'))).toEqual(['lead', 'admin'])
    expect(ROLES.filter((r) => canInWorkspace(r, 'matter.create'))).toEqual(['agent', 'lead', 'admin'])
  })

  it('lets only a lead approve a matter in review, and a reviewer send it back to drafting', () => {
    expect(findTransition('review', 'approved')?.roles).toEqual(['lead'])
    expect(nextStates('reviewer', 'review')).toEqual(['drafting'])
    expect(nextStates('agent', 'review')).toEqual([])
  })

  it('calls rejected, withdrawn and lapsed final, and no other state', () => {
    expect(MATTER_STATES.filter(isFinalState)).toEqual(['rejected', 'withdrawn', 'lapsed'])
  })

  it('has no transition out of rejected, withdrawn or lapsed, and lapses only a granted matter', () => {
    for (const end of ['rejected', 'withdrawn', 'lapsed'] as const) expect(MATTER_TRANSITIONS.filter((t) => t.from === end)).toEqual([])
    expect(MATTER_TRANSITIONS.filter((t) => t.to === 'lapsed').map((t) => t.from)).toEqual(['granted'])
  })

  it('names only known states in transitions', () => {
    for (const t of MATTER_TRANSITIONS) {
      expect(MATTER_STATES).toContain(t.from)
      expect(MATTER_STATES).toContain(t.to)
    }
  })
})

describe('isRole', () => {
  it.each(ROLES)('accepts %s', (role) => {
    expect(isRole(role)).toBe(true)
  })

  it.each(['', 'Lead', 'ADMIN', ' lead', 'agent ', 'owner', 'reviewers', 'toString', 'constructor'])(
    'rejects %j',
    (value) => {
      expect(isRole(value)).toBe(false)
    },
  )
})

describe('isDocumentKind', () => {
  it('accepts exactly the three document kinds', () => {
    expect(DOCUMENT_KINDS.filter(isDocumentKind)).toEqual(['disclosure', 'claims', 'oa-reply'])
  })

  it.each(['', 'Claims', 'claim', 'oa_reply', 'oa-reply ', 'memo', 'toString'])('rejects %j', (value) => {
    expect(isDocumentKind(value)).toBe(false)
  })
})

describe('isId', () => {
  it.each([
    ['a random 16-byte base64url id', 'q3Vx0_Zk-9mPa1bC2dE3fA'],
    ['the shortest id, 8 characters', 'abcdEF12'],
    ['the longest id, 64 characters', 'a'.repeat(64)],
    ['an id of dashes and underscores', '-_-_-_-_'],
  ])('accepts %s', (_name, value) => {
    expect(isId(value)).toBe(true)
  })

  it.each([
    ['an empty string', ''],
    ['7 characters', 'abcdEF1'],
    ['65 characters', 'a'.repeat(65)],
    ['a path', '../../etc/passwd'],
    ['a dot', 'abcd.efgh'],
    ['a space', 'abcd efgh'],
    ['a trailing newline', 'abcdefgh\n'],
    ['standard base64 characters', 'abcd+efg/h=='],
    ['non-ASCII letters', 'abcdéfgh'],
    ['full-width digits', 'abcd１２３４'],
  ])('rejects %s', (_name, value) => {
    expect(isId(value)).toBe(false)
  })
})

describe('the API’s words for roles and kinds', () => {
  it('puts the right article before each', () => {
    expect(['inventor', 'agent', 'reviewer', 'lead', 'admin', 'oa-reply', 'claims'].map(withArticle)).toEqual([
      'an inventor',
      'an agent',
      'a reviewer',
      'a lead',
      'an admin',
      'an oa-reply',
      'a claims',
    ])
  })
})
