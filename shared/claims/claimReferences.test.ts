import { describe, expect, it } from 'vitest'
import { findClaimReferences } from './claimReferences'
import type { ClaimLanguage } from './types'

/** The references of one claim body, as numbers, form and the words they were read from. */
function referencesIn(body: string, language: ClaimLanguage, ownNumber = 10) {
  return findClaimReferences(body, 0, ownNumber, language).map((reference) => ({
    numbers: reference.numbers.map(Number),
    form: reference.form,
    written: body.slice(reference.range.start, reference.range.end),
  }))
}

describe('findClaimReferences in Chinese claims', () => {
  it.each([
    ['根据权利要求1所述的装置', [1], 'single', '权利要求1'],
    ['如权利要求1所述的一种机器人足端结构', [1], 'single', '权利要求1'],
    ['根据权利要求1或2所述的构建体', [1, 2], 'alternative', '权利要求1或2'],
    ['根据权利要求1-3中任一项所述的装置', [1, 2, 3], 'alternative', '权利要求1-3中任一项'],
    ['根据权利要求1至3任一所述的构建体', [1, 2, 3], 'alternative', '权利要求1至3任一'],
    ['一种用于权利要求1-9任意一项所述的装置的检测方法', [1, 2, 3, 4, 5, 6, 7, 8, 9], 'alternative', '权利要求1-9任意一项'],
    ['根据权利要求1、2或5所述的装置', [1, 2, 5], 'alternative', '权利要求1、2或5'],
    ['根据权利要求1和2所述的装置', [1, 2], 'cumulative', '权利要求1和2'],
    ['根据权利要求1-3所述的装置', [1, 2, 3], 'cumulative', '权利要求1-3'],
  ])('reads "%s" as %j (%s)', (body, numbers, form, written) => {
    expect(referencesIn(body, 'zh')).toEqual([{ numbers, form, written }])
  })

  it('expands "前述任一项权利要求" to every earlier claim, in the alternative', () => {
    expect(referencesIn('根据前述任一项权利要求所述的装置', 'zh', 4)).toEqual([
      { numbers: [1, 2, 3], form: 'alternative', written: '前述任一项权利要求' },
    ])
  })

  it('reads two groups joined by 或 as two references', () => {
    const references = referencesIn('根据权利要求1至6任一所述的构建体或权利要求13所述的细胞在制备药物中的用途', 'zh', 15)
    expect(references.map((reference) => reference.numbers)).toEqual([[1, 2, 3, 4, 5, 6], [13]])
  })
})

describe('findClaimReferences in English claims', () => {
  it.each([
    ['The device as set forth in claim 1, wherein', [1], 'single', 'claim 1'],
    ['A method as recited in claim 3, wherein', [3], 'single', 'claim 3'],
    ['Arrangement as claimed in claim 9, characterized in that', [9], 'single', 'claim 9'],
    ['A method for transmitting the instructions of claim 49, comprising', [49], 'single', 'claim 49'],
    ['A member as defined in any one of claims 1 to 3, wherein', [1, 2, 3], 'alternative', 'any one of claims 1 to 3'],
    ['A member as defined in claim 2 or 3, wherein', [2, 3], 'alternative', 'claim 2 or 3'],
    ['The device of claim 1 or claim 2, wherein', [1, 2], 'alternative', 'claim 1 or claim 2'],
    ['The device of claims 1, 2 or 5, wherein', [1, 2, 5], 'alternative', 'claims 1, 2 or 5'],
    ['The device of any of claims 1-3, wherein', [1, 2, 3], 'alternative', 'any of claims 1-3'],
    ['The device of claims 1-3, wherein', [1, 2, 3], 'cumulative', 'claims 1-3'],
    ['The device of claims 1 and 2, wherein', [1, 2], 'cumulative', 'claims 1 and 2'],
  ])('reads "%s" as %j (%s)', (body, numbers, form, written) => {
    expect(referencesIn(body, 'en')).toEqual([{ numbers, form, written }])
  })

  it('expands "according to one of the preceding claims" to every earlier claim, in the alternative', () => {
    expect(referencesIn('Device according to one of the preceding claims, wherein', 'en', 4)).toEqual([
      { numbers: [1, 2, 3], form: 'alternative', written: 'one of the preceding claims' },
    ])
  })

  it('reads "the preceding claim" as the claim just before', () => {
    expect(referencesIn('Device according to the preceding claim, wherein', 'en', 4)).toEqual([
      { numbers: [3], form: 'single', written: 'the preceding claim' },
    ])
  })

  it('does not read measurements or "claimed" as references', () => {
    expect(referencesIn('A film dried for 10-9 seconds as claimed, at 1 to 3 bar.', 'en')).toEqual([])
  })
})
