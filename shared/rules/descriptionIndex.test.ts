import { describe, expect, it } from 'vitest'
import { descriptionIndexFor } from './descriptionIndex'
import { termKey } from './termKey'

describe('descriptionIndexFor', () => {
  it('finds Chinese terms across line breaks and reference numerals', () => {
    const index = descriptionIndexFor('如图1所示，支撑座1上设有液压伸\n缩杆5。')
    expect(index.uses('液压伸缩杆', 'zh')).toBe(true)
    expect(index.uses('支撑座', 'zh')).toBe(true)
    expect(index.uses('左端盖', 'zh')).toBe(false)
  })

  it('finds a Chinese "X的Y" term when its parts occur apart', () => {
    expect(descriptionIndexFor('底座由钢制成，底座的表面经过抛光。表面粗糙度小。').uses('底座的表面粗糙度', 'zh')).toBe(true)
  })

  it('finds English terms regardless of case, plural and word order of a leading adjective', () => {
    const index = descriptionIndexFor('Each Support Member is rigid. The members carry boards.')
    expect(index.uses(termKey('support members', 'en'), 'en')).toBe(true)
    expect(index.uses(termKey('rigid support member', 'en'), 'en')).toBe(true)
    expect(index.uses(termKey('flexible support member', 'en'), 'en')).toBe(false)
  })

  it('finds English terms among thousands of distinct words', () => {
    const words = Array.from({ length: 5000 }, (_, index) => `part${index}`).join(' ')
    const index = descriptionIndexFor(`A Support Member holds ${words}; the guide rails end here.`)
    expect(index.uses(termKey('support member', 'en'), 'en')).toBe(true)
    expect(index.uses(termKey('part4999 rail guide', 'en'), 'en')).toBe(false)
    expect(index.uses(termKey('part0 part1 part2', 'en'), 'en')).toBe(true)
    expect(index.uses(termKey('guide rails', 'en'), 'en')).toBe(true)
    expect(index.uses(termKey('part5000', 'en'), 'en')).toBe(false)
  })

  it('builds one index per description string and reuses it', () => {
    const description = 'A support member.'
    expect(descriptionIndexFor(description)).toBe(descriptionIndexFor(`${description}`))
  })
})
