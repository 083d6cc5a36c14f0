import { describe, expect, it } from 'vitest'
import { officeActionFacts } from './officeActionFacts'

describe('officeActionFacts: the kind of action', () => {
  it('reads each office\'s names for its actions', () => {
    const kind = (line: string, jurisdiction: 'CN' | 'US' | 'EP') => officeActionFacts([line], jurisdiction).actionType
    expect(kind('第一次审查意见通知书', 'CN')).toBe('first')
    expect(kind('第二次审查意见通知书', 'CN')).toBe('subsequent')
    expect(kind('Non-Final Rejection', 'US')).toBe('first')
    expect(kind('Final Rejection', 'US')).toBe('final')
    expect(kind('Summons to attend oral proceedings pursuant to Rule 115(1) EPC', 'EP')).toBe('final')
  })
})
