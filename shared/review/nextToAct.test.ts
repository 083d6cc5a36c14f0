import { describe, expect, it } from 'vitest'
import { nextToAct, type DocumentStanding } from './nextToAct'

const claims = (reviewState: DocumentStanding['reviewState'], approval: DocumentStanding['approval'] = null): DocumentStanding => ({ kind: 'claims', reviewState, approval })

describe('nextToAct: who the dashboard says holds the ball', () => {
  it('follows the matter’s state while its documents wait for nothing', () => {
    expect(nextToAct('disclosure', [])).toBe('inventor')
    expect(nextToAct('drafting', [claims('draft')])).toBe('agent')
    expect(nextToAct('filed', [claims('approved', 'valid')])).toBe('office')
    expect(nextToAct('granted', [claims('approved', 'stale')])).toBeNull()
  })

  it('names who a document waits for first: the editor of one sent back, the reviewer of one submitted, the lead of a stale approval', () => {
    expect(nextToAct('review', [claims('in-review'), { kind: 'disclosure', reviewState: 'changes-requested', approval: null }])).toBe('inventor')
    expect(nextToAct('review', [claims('changes-requested')])).toBe('agent')
    expect(nextToAct('disclosure', [claims('in-review')])).toBe('reviewer')
    expect(nextToAct('office-action', [{ kind: 'oa-reply', reviewState: 'approved', approval: 'stale' }])).toBe('lead')
  })

  it('gives a matter whose claim set is approved before the matter reached that step to the lead, who moves it on', () => {
    expect(nextToAct('disclosure', [claims('approved', 'valid')])).toBe('lead')
    expect(nextToAct('review', [claims('approved', 'valid')])).toBe('lead')
    // Approved and moved on: the agent files it.
    expect(nextToAct('approved', [claims('approved', 'valid')])).toBe('agent')
  })
})
