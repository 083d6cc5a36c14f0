import { describe, expect, it } from 'vitest'
import { compareWithTruth } from './compareWithTruth'
import { parseClaimText } from './parseClaims'

describe('compareWithTruth', () => {
  it('counts the claims that are right in each field and lists the ones that are not', () => {
    const parsed = parseClaimText('1. A widget.\n2. The widget of claim 1, being red.\n3. The widget of claim 1, being blue.', { jurisdiction: 'US' })
    const score = compareWithTruth(parsed, [
      { number: 1, dependsOn: [], kind: 'independent' },
      { number: 2, dependsOn: [1], kind: 'dependent' },
      { number: 3, dependsOn: [2], kind: 'dependent' },
    ])
    expect(score).toMatchObject({ claims: 3, numberOk: 3, dependsOnOk: 2, kindOk: 3, allOk: 2, unexpected: [] })
    expect(score.mismatches).toEqual([
      { number: 3, fields: ['dependsOn'], expected: { number: 3, dependsOn: [2], kind: 'dependent' },
        got: { number: 3, numberRange: undefined, dependsOn: [1], kind: 'dependent' } },
    ])
  })

  it('reports a claim the parser missed and one it found that the truth does not have', () => {
    const parsed = parseClaimText('1. A widget.\n3. The widget of claim 1, being red.', { jurisdiction: 'US' })
    const score = compareWithTruth(parsed, [
      { number: 1, dependsOn: [], kind: 'independent' },
      { number: 2, dependsOn: [1], kind: 'dependent' },
    ])
    expect(score.mismatches.map((mismatch) => [mismatch.number, mismatch.fields, mismatch.got])).toEqual([
      [2, ['number', 'dependsOn', 'kind'], null],
    ])
    expect(score.unexpected).toEqual([3])
  })

  it('checks the range of a cancelled entry', () => {
    const parsed = parseClaimText('1-17. (canceled)', { jurisdiction: 'US' })
    const score = compareWithTruth(parsed, [{ number: 1, numberRange: [1, 18], dependsOn: [], kind: 'cancelled' }])
    expect(score.mismatches[0]?.fields).toEqual(['numberRange'])
    expect(score.numberOk).toBe(0)
  })
})
