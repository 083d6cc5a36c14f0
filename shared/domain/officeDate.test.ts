import { describe, expect, it } from 'vitest'
import { officeDate } from './officeDate'

describe('officeDate', () => {
  it('dates an instant as the office does, not as UTC does', () => {
    // 00:54 on 3 December in Beijing is 16:54 on 2 December in UTC.
    const afterMidnightInBeijing = '2026-12-02T16:54:00.000Z'
    expect(officeDate('CN', afterMidnightInBeijing)).toBe('2026-12-03')
    expect(officeDate('EP', afterMidnightInBeijing)).toBe('2026-12-02')
    // 02:00 UTC on 3 December is still 2 December in Alexandria.
    expect(officeDate('US', new Date('2026-12-03T02:00:00.000Z'))).toBe('2026-12-02')
    expect(officeDate('US', '2026-07-01T12:00:00.000Z')).toBe('2026-07-01')
  })
})
