import { describe, expect, it } from 'vitest'
import { replyDeadline } from './replyDeadline'

describe('replyDeadline', () => {
  it('gives a CN first office action 15 days for delivery plus 4 months', () => {
    expect(replyDeadline('CN', 'first', '2026-09-01')?.deadline).toBe('2027-01-16')
  })

  it('gives later CN office actions 15 days plus 2 months', () => {
    expect(replyDeadline('CN', 'subsequent', '2026-09-01')?.deadline).toBe('2026-11-16')
  })

  it('ends on the last day of a month that has no corresponding day', () => {
    expect(replyDeadline('US', 'first', '2026-11-30')?.deadline).toBe('2027-02-28')
    expect(replyDeadline('EP', 'first', '2027-10-31')?.deadline).toBe('2028-02-29')
  })

  it('gives the USPTO 3 months and the EPO 4 months for a first action', () => {
    expect(replyDeadline('US', 'final', '2026-03-15')?.deadline).toBe('2026-06-15')
    expect(replyDeadline('EP', 'first', '2026-03-15')?.deadline).toBe('2026-07-15')
  })

  it('answers null for a missing or impossible date', () => {
    expect(replyDeadline('CN', 'first', '')).toBeNull()
    expect(replyDeadline('CN', 'first', '2026-02-30')).toBeNull()
    expect(replyDeadline('CN', 'first', '1.9.2026')).toBeNull()
  })
})
