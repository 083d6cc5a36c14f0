import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, isDocumentKind } from './documentKinds'
import { isId } from './ids'
import type { Action } from './policy'
import { can } from './policy'
import { ROLES, isRole } from './roles'

// Written as a record so that adding an action to the policy without listing it here fails to compile.
const ACTIONS = Object.keys({
  'matter.read': true,
  'matter.create': true,
  'document.read': true,
  'document.create': true,
  'document.edit': true,
} satisfies Record<Action, true>) as Action[]

const allowed = (role: (typeof ROLES)[number]) => ACTIONS.filter((action) => can(role, action))

describe('can', () => {
  it('lets reviewers read matters and documents but never create or edit anything', () => {
    expect(allowed('reviewer')).toEqual(['matter.read', 'document.read'])
  })

  it('lets inventors create and edit documents but not create matters', () => {
    expect(can('inventor', 'document.create')).toBe(true)
    expect(can('inventor', 'document.edit')).toBe(true)
    expect(can('inventor', 'matter.create')).toBe(false)
  })

  it('lets agents create matters and documents and edit documents', () => {
    expect(allowed('agent')).toEqual(ACTIONS)
  })

  it.each(['lead', 'admin'] as const)('lets a %s take every action in the policy', (role) => {
    expect(allowed(role)).toEqual(ACTIONS)
  })

  it('lets every role read the matters and documents of its workspace', () => {
    for (const role of ROLES) {
      expect(can(role, 'matter.read')).toBe(true)
      expect(can(role, 'document.read')).toBe(true)
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
