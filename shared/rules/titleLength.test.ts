import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { checkText } from './testing/factories'
import { titleLength } from './titleLength'

describe('title.length', () => {
  it('accepts a Chinese title of 25 characters', () => {
    expect(checkText(titleLength, 'CN', '', { title: '一种桥梁钢结构挠度检测装置'.padEnd(25, '及') })).toEqual([])
  })

  it('reports a Chinese title of 26 characters from the 26th character', () => {
    expect(checkText(titleLength, 'CN', '', { title: '一种桥梁钢结构挠度检测装置'.padEnd(26, '及') })).toMatchObject([{
      severity: 'warning',
      part: 'title',
      start: 25,
      end: 26,
      message: { 'zh-CN': '发明名称共26个字，上限为25个字（多出1个字）', en: 'The title has 26 characters; the limit is 25 (1 over)' },
    }])
  })

  it('accepts a US title of 500 characters', () => {
    expect(checkText(titleLength, 'US', '', { title: 'Support device '.repeat(40).slice(0, 500) })).toEqual([])
  })

  it('reports a US title of 501 characters', () => {
    expect(checkText(titleLength, 'US', '', { title: 'Support device '.repeat(40).slice(0, 501) })).toMatchObject([{
      start: 500,
      message: { en: 'The title has 501 characters; the limit is 500 (1 over)' },
    }])
  })

  it('does not apply to EP titles', () => {
    const { findings } = analyzeClaimSet({ jurisdiction: 'EP', claimsText: '', title: 'x'.repeat(600) })
    expect(findings).toEqual([])
  })
})
