import { describe, expect, it } from 'vitest'
import { abstractLength } from './abstractLength'
import { checkText } from './testing/factories'

const chineseAbstract = (characters: number) => '本发明公开了一种支撑装置。'.padEnd(characters, '底')
const englishAbstract = (words: number) => Array.from({ length: words }, (_, index) => `word${index}`).join(' ')

describe('abstract.length', () => {
  it('accepts a Chinese abstract of 300 characters', () => {
    expect(checkText(abstractLength, 'CN', '', { abstract: chineseAbstract(300) })).toEqual([])
  })

  it('reports a Chinese abstract of 301 characters from the first character over the limit', () => {
    const abstract = chineseAbstract(301)
    expect(checkText(abstractLength, 'CN', '', { abstract })).toMatchObject([{
      severity: 'warning',
      part: 'abstract',
      claim: null,
      start: 300,
      end: 301,
      message: { 'zh-CN': '摘要文字部分共301个字，上限为300个字（多出1个字）' },
    }])
  })

  it('does not count whitespace in a Chinese abstract', () => {
    expect(checkText(abstractLength, 'CN', '', { abstract: `${chineseAbstract(300)}\n  ` })).toEqual([])
  })

  it('accepts a US abstract of 150 words', () => {
    expect(checkText(abstractLength, 'US', '', { abstract: englishAbstract(150) })).toEqual([])
  })

  it('reports a US abstract of 151 words from the 151st word', () => {
    const abstract = englishAbstract(151)
    expect(checkText(abstractLength, 'US', '', { abstract })).toMatchObject([{
      start: abstract.indexOf('word150'),
      message: { en: 'The abstract has 151 words, 1 over the limit of 150' },
    }])
  })

  it('reports an EP abstract over 150 words as guidance', () => {
    expect(checkText(abstractLength, 'EP', '', { abstract: englishAbstract(160) })[0]?.message.en)
      .toBe('The abstract has 160 words, 10 more than the 150 it should preferably not exceed')
  })
})
