import { describe, expect, it } from 'vitest'
import { versionLabel } from './versionLabel'

describe('a version as a list shows it', () => {
  it('tells apart two versions kept the same day by their time', () => {
    const morning = versionLabel({ name: '批准的版本 2026-11-30', createdAt: '2026-11-30T01:05:00Z' }, 'zh-CN')
    const evening = versionLabel({ name: '批准的版本 2026-11-30', createdAt: '2026-11-30T11:40:00Z' }, 'zh-CN')
    expect(morning).toMatch(/^批准的版本 2026-11-30 · /)
    expect(morning).not.toBe(evening)
  })
})
