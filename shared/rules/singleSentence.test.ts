import { describe, expect, it } from 'vitest'
import { singleSentence } from './singleSentence'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText } from './testing/factories'

describe('claims.single-sentence', () => {
  it('accepts Chinese claims with one 。 at the end, decimals included', () => {
    const text = claimsText([...CN_CLAIMS, '4.根据权利要求1所述的支撑装置，其特征在于，所述底座（1）的厚度为3.5毫米，比例为3.3：1。'])
    expect(checkText(singleSentence, 'CN', text)).toEqual([])
  })

  it('reports a 。 inside a Chinese claim, at the full stop', () => {
    const text = '1.一种支撑装置，包括底座。所述底座为圆形。'
    expect(checkText(singleSentence, 'CN', text)).toMatchObject([
      { severity: 'warning', claim: 1, start: text.indexOf('。'), end: text.indexOf('。') + 1 },
    ])
  })

  it('reports a half-width full stop between Chinese sentences', () => {
    const text = '1.一种支撑装置，包括底座.所述底座为圆形。'
    expect(checkText(singleSentence, 'CN', text)).toMatchObject([{ start: text.indexOf('座.') + 1 }])
  })

  it('reports a Chinese claim that does not end with a full stop', () => {
    expect(checkText(singleSentence, 'CN', '1.一种支撑装置，包括底座')).toMatchObject([
      { message: { 'zh-CN': '权利要求应以句号结尾' } },
    ])
  })

  it('accepts English claims with abbreviations, decimals and figure numbers inside', () => {
    const text = claimsText([
      ...US_CLAIMS,
      '4. The support device of claim 1, wherein the base is 1.5 mm thick, e.g. made of steel, approx. 2 kg, as in FIG. 3 and U.S. Pat. No. 5,000,000.',
    ])
    expect(checkText(singleSentence, 'US', text)).toEqual([])
  })

  it('reports a sentence break inside an English claim', () => {
    const text = '1. A support device comprising a base. The base is round.'
    expect(checkText(singleSentence, 'EP', text)).toMatchObject([{ claim: 1, start: text.indexOf('. The') }])
  })

  it('reports an English claim without a final full stop', () => {
    const text = '1. A support device comprising a base'
    expect(checkText(singleSentence, 'US', text)).toMatchObject([{ start: text.length - 1, end: text.length }])
  })
})
