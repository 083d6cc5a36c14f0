import { expect, it } from 'vitest'
import { dateLocale } from './dateLocale'

it('writes English dates as ISO dates on a 24-hour clock, and Chinese ones as Chinese', () => {
  const at = new Date('2026-12-02T13:19:40Z')
  const short = { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' } as const
  expect(at.toLocaleString(dateLocale('en'), short)).toBe('2026-12-02, 13:19')
  expect(at.toLocaleString(dateLocale('zh-CN'), short)).toBe('2026/12/2 13:19')
})
