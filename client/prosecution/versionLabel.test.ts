import { describe, expect, it } from 'vitest'
import { versionLabel, versionName } from './versionLabel'

describe('a version as a list shows it', () => {
  it('tells apart two versions kept the same day by their time, and two kept the same minute by their text', () => {
    const approval = { name: '批准的版本 2026-11-30', origin: 'approval', versionHash: 'a'.repeat(64) } as const
    const morning = versionLabel({ ...approval, createdAt: '2026-11-30T01:05:00Z' }, 'zh-CN')
    const evening = versionLabel({ ...approval, createdAt: '2026-11-30T11:40:00Z' }, 'zh-CN')
    expect(morning).toMatch(/^批准的版本 · .* · aaaaaaaaaaaa$/)
    expect(morning).not.toBe(evening)
    const again = versionLabel({ ...approval, createdAt: '2026-11-30T01:05:30Z', versionHash: 'b'.repeat(64) }, 'zh-CN')
    expect(again).not.toBe(morning)
  })

  it('names a version the workflow kept by its step in the reader’s language, and one saved by name as it was saved', () => {
    const usFiling = { name: 'As filed 2026-12-01', origin: 'filing', createdAt: '2026-12-01T04:22:00Z', versionHash: 'c'.repeat(64) } as const
    expect(versionLabel(usFiling, 'zh-CN')).toMatch(/^提交申请时 · /)
    expect(versionLabel(usFiling, 'en')).toMatch(/^As filed · /)
    expect(versionLabel({ ...usFiling, name: '第二稿', origin: 'named' }, 'en')).toMatch(/^第二稿 · /)
  })

  it('names it in the version list by its step and day in the reader’s language', () => {
    const usFiling = { name: 'As filed 2026-12-01', origin: 'filing', createdAt: '2026-12-01T04:22:00Z' } as const
    expect(versionName(usFiling, 'zh-CN')).toBe('提交申请时 2026-12-01')
    expect(versionName({ ...usFiling, origin: 'named', name: '第二稿' }, 'en')).toBe('第二稿')
  })

  it('gives the day the stored name gives — the office’s, as the files print it — not the UTC day of its time', () => {
    // Filed at 00:54 in Beijing: 16:54 the day before in UTC.
    const cnFiling = { name: '提交申请时 2026-12-03', origin: 'filing', createdAt: '2026-12-02T16:54:00Z' } as const
    expect(versionName(cnFiling, 'en')).toBe('As filed 2026-12-03')
  })
})
