import { describe, expect, it } from 'vitest'
import { splitClaims } from './splitClaims'

const lines = (...claimLines: string[]) => claimLines.join('\n')

describe('splitClaims', () => {
  it('starts a claim at each number written as "1.", "1、", "1 ." or "1．"', () => {
    const slices = splitClaims(lines('1.一种装置。', '2、根据权利要求1所述的装置。', '3 .根据权利要求1所述的装置。', '4．根据权利要求1所述的装置。'))
    expect(slices.map((slice) => slice.number)).toEqual([1, 2, 3, 4])
    expect(slices.map((slice) => slice.text.slice(slice.bodyStart, slice.bodyStart + 2))).toEqual(['一种', '根据', '根据', '根据'])
  })

  it('keeps lettered elements, steps and wherein clauses in the claim they belong to', () => {
    const slices = splitClaims(lines(
      '1. A method comprising:',
      '(a) heating a mixture;',
      '(b) cooling the mixture; and',
      'wherein the mixture is stirred.',
      '2. The method of claim 1, wherein the mixture is water.',
    ))
    expect(slices).toHaveLength(2)
    expect(slices[0]?.text).toBe('1. A method comprising:\n(a) heating a mixture;\n(b) cooling the mixture; and\nwherein the mixture is stirred.')
  })

  it('does not start a claim at a line that begins with a measurement or a numbered step', () => {
    const slices = splitClaims(lines(
      '1. A method comprising heating for',
      '10-9 seconds and mixing, the steps being:',
      '1. heating the mixture;',
      '2. mixing the mixture;',
      '2) drying the mixture.',
      '2. The method of claim 1, wherein the mixture is dried in',
      '0.5 hours.',
    ))
    expect(slices.map((slice) => slice.number)).toEqual([1, 2])
    expect(slices[0]?.text).toContain('2) drying the mixture.')
    expect(slices[1]?.text.endsWith('0.5 hours.')).toBe(true)
  })

  it('reads a Chinese step list after a colon as part of the claim', () => {
    const slices = splitClaims(lines('1.一种方法，包括以下步骤：', '1、将原料混合；', '2、将混合物加热。', '2.根据权利要求1所述的方法，其中加热温度为80℃。'))
    expect(slices.map((slice) => slice.number)).toEqual([1, 2])
    expect(slices[0]?.text).toContain('2、将混合物加热。')
  })

  it('allows blank lines between claims and leaves a heading out of every claim', () => {
    const slices = splitClaims('What is claimed is:\n\n1. A widget.\n\n\n2. The widget of claim 1, being red.\n')
    expect(slices.map((slice) => slice.text)).toEqual(['1. A widget.', '2. The widget of claim 1, being red.'])
  })

  it('reads "1-18. (canceled)" as one cancelled entry for claims 1 to 18', () => {
    const slices = splitClaims(lines('1-18. (canceled)', '19. A widget comprising a lever.', '20. The widget of claim 19, wherein the lever is long.'))
    expect(slices.map((slice) => [slice.number, slice.numberRange])).toEqual([[1, [1, 18]], [19, undefined], [20, undefined]])
  })

  it('keeps a "权利要求1、" prefix in the number prefix, where the numbering rule can see it', () => {
    const [slice] = splitClaims('权利要求1、一种装置，包括底座。')
    expect(slice?.number).toBe(1)
    expect(slice?.text.slice(0, slice.bodyStart)).toBe('权利要求1、')
  })

  it('starts a claim at each number written "(1)", "（2）" when the text numbers its claims so', () => {
    const slices = splitClaims(lines(
      '权利要求书',
      '(1) 一种方法，包括以下步骤：',
      '(1) 将原料混合；',
      '(2) 将混合物加热。',
      '（2）根据权利要求1所述的方法，其中加热温度为80℃。',
      '( 3 ) 根据权利要求1或2所述的方法，其中原料为粉末。',
    ))
    expect(slices.map((slice) => slice.number)).toEqual([1, 2, 3])
    expect(slices[0]?.text).toBe('(1) 一种方法，包括以下步骤：\n(1) 将原料混合；\n(2) 将混合物加热。')
    expect(slices.map((slice) => slice.text.slice(slice.bodyStart, slice.bodyStart + 2))).toEqual(['一种', '根据', '根据'])
    expect(splitClaims('(1) A widget.\n(2) The widget of claim 1, being red.').map((slice) => slice.number)).toEqual([1, 2])
  })

  it('keeps steps numbered "(1)", "(2)" in a claim numbered "1." or in an unnumbered lead-in', () => {
    const slices = splitClaims(lines('1. A method comprising:', '(1) heating a mixture;', '(2) cooling the mixture.', '2. The method of claim 1, wherein the mixture is water.'))
    expect(slices.map((slice) => slice.number)).toEqual([1, 2])
    expect(slices[0]?.text).toBe('1. A method comprising:\n(1) heating a mixture;\n(2) cooling the mixture.')
    expect(splitClaims(lines('一种方法，包括：', '（1）将原料混合；', '（2）将混合物加热。'))).toEqual([])
  })

  it('still starts a claim at a number out of sequence when the line opens like a claim', () => {
    const slices = splitClaims(lines('1. A widget.', '3. The widget of claim 1, being red.', '3. The widget of claim 1, being blue.'))
    expect(slices.map((slice) => slice.number)).toEqual([1, 3, 3])
  })
})
