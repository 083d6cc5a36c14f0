import { describe, expect, it } from 'vitest'
import { officeActionTypeLabel, replyDeadline } from './replyDeadline'

describe('replyDeadline', () => {
  it('gives a CN first office action served electronically 4 months from its dispatch, and says what post would add', () => {
    const term = replyDeadline('CN', 'first', '2026-12-01')
    expect(term?.deadline).toBe('2027-04-01')
    expect(term?.basis['zh-CN']).toContain('纸件邮寄送达的，自发文日起满15日推定收到')
  })

  it('gives later CN office actions 2 months', () => {
    expect(replyDeadline('CN', 'subsequent', '2026-09-01')?.deadline).toBe('2026-11-01')
  })

  it('adds 15 days of presumed delivery to a CN action dispatched before 20 January 2024, when every notice counted so', () => {
    expect(replyDeadline('CN', 'first', '2023-09-01')?.deadline).toBe('2024-01-16')
    expect(replyDeadline('CN', 'first', '2024-01-20')?.deadline).toBe('2024-05-20')
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

  it('leaves an EPO summons\' date to the summons, and names each office\'s actions in its words', () => {
    expect(replyDeadline('EP', 'final', '2026-03-15')).toEqual({
      deadline: null,
      basis: { 'zh-CN': '以传唤书所定的书面意见最后提交日为准（EPC细则第116(1)条）', en: 'the final date for written submissions set in the summons (Rule 116(1) EPC)' },
    })
    expect(officeActionTypeLabel('US', 'first').en).toBe('Non-final office action')
    expect(officeActionTypeLabel('EP', 'first').en).toBe('First communication under Art. 94(3) EPC')
    expect(officeActionTypeLabel('CN', 'first')['zh-CN']).toBe('第一次审查意见通知书')
    expect(officeActionTypeLabel('CN', 'restriction').en).toBe('restriction')
  })

  it('names a later office action by its round: 第二次审查意见通知书, not 第N次', () => {
    expect(officeActionTypeLabel('CN', 'subsequent', 2)['zh-CN']).toBe('第二次审查意见通知书')
    expect(officeActionTypeLabel('CN', 'subsequent', '3')['zh-CN']).toBe('第三次审查意见通知书')
    expect(officeActionTypeLabel('CN', 'subsequent', 11)['zh-CN']).toBe('第十一次审查意见通知书')
    expect(officeActionTypeLabel('CN', 'subsequent', 2).en).toBe('Second office action')
    expect(officeActionTypeLabel('EP', 'subsequent', 2).en).toBe('Second communication under Art. 94(3) EPC')
    // A reply stored before the round existed reads on, without a literal "N".
    expect(officeActionTypeLabel('CN', 'subsequent')['zh-CN']).toBe('后续审查意见通知书')
    expect(officeActionTypeLabel('CN', 'subsequent', '')['zh-CN']).not.toContain('N')
    expect(officeActionTypeLabel('CN', 'first', 1)['zh-CN']).toBe('第一次审查意见通知书')
  })
})
