import { describe, expect, it } from 'vitest'
import { nextToAct, type DocumentStanding } from './nextToAct'

const claims = (reviewState: DocumentStanding['reviewState'], approval: DocumentStanding['approval'] = null): DocumentStanding => ({ kind: 'claims', reviewState, approval })

const disclosure = (reviewState: DocumentStanding['reviewState']): DocumentStanding => ({ kind: 'disclosure', reviewState, approval: null })

describe('nextToAct: who the dashboard says holds the ball', () => {
  it('follows the matter’s state while its documents wait for nothing', () => {
    expect(nextToAct('disclosure', [])).toBe('inventor')
    expect(nextToAct('drafting', [claims('draft')])).toBe('agent')
    expect(nextToAct('filed', [claims('approved', 'valid')])).toBe('office')
    expect(nextToAct('granted', [claims('approved', 'stale')])).toBeNull()
  })

  it('names who a document waits for first: the editor of one sent back, the lead of a stale approval, the reviewer of one submitted', () => {
    expect(nextToAct('evaluation', [claims('in-review'), disclosure('changes-requested')])).toBe('inventor')
    expect(nextToAct('review', [claims('changes-requested')])).toBe('agent')
    expect(nextToAct('disclosure', [claims('in-review')])).toBe('reviewer')
    expect(nextToAct('office-action', [{ kind: 'oa-reply', reviewState: 'approved', approval: 'stale' }])).toBe('lead')
    // An approval that no longer holds stops the next step; a submitted document only waits.
    expect(nextToAct('review', [claims('approved', 'stale'), { kind: 'oa-reply', reviewState: 'in-review', approval: null }])).toBe('lead')
  })

  it('leaves out a disclosure once the evaluation has moved the matter on: that step was its decision', () => {
    expect(nextToAct('review', [claims('in-review'), disclosure('changes-requested')])).toBe('reviewer')
    expect(nextToAct('review', [claims('approved', 'stale'), disclosure('in-review')])).toBe('lead')
    expect(nextToAct('drafting', [claims('draft'), disclosure('in-review')])).toBe('agent')
  })

  it('gives a matter whose claim set is approved before the matter reached that step to the lead, who moves it on', () => {
    expect(nextToAct('disclosure', [claims('approved', 'valid')])).toBe('lead')
    expect(nextToAct('review', [claims('approved', 'valid')])).toBe('lead')
    // Approved and moved on: the agent files it.
    expect(nextToAct('approved', [claims('approved', 'valid')])).toBe('agent')
  })
})
