import { describe, expect, it } from 'vitest'
import { fileSize } from './fileSize'

describe('a file size as people read it', () => {
  it('counts bytes under a kilobyte, then kilobytes and megabytes to one decimal', () => {
    expect(fileSize(21, 'en')).toBe('21 bytes')
    expect(fileSize(21, 'zh-CN')).toBe('21字节')
    expect(fileSize(12_595, 'en')).toBe('12.3 kB')
    expect(fileSize(4_718_592, 'zh-CN')).toBe('4.5 MB')
  })
})
