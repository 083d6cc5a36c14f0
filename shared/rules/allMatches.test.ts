import { describe, expect, it } from 'vitest'
import { allMatches } from './allMatches'

describe('allMatches', () => {
  it('finds every match in text order, as matchAll does', () => {
    const pattern = /\b(?:means|steps?)\s+for\b/gi
    const text = 'means for holding, a step for heating and Steps  for cooling'
    expect(allMatches(pattern, text).map((match) => [match.index, match[0]])).toEqual(
      [...text.matchAll(pattern)].map((match) => [match.index, match[0]]),
    )
    expect(allMatches(pattern, text)).toHaveLength(3)
  })

  it('starts from the beginning whatever an earlier search left behind', () => {
    const pattern = /[.。]/g
    pattern.lastIndex = 5
    expect(allMatches(pattern, 'a. b。').map((match) => match.index)).toEqual([1, 4])
    expect(pattern.lastIndex).toBe(0)
  })

  it('moves on past an empty match instead of finding it forever', () => {
    expect(allMatches(/x*/g, 'ab')).toHaveLength(3)
  })
})
