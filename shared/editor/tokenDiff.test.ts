import { describe, expect, it } from 'vitest'
import { diffText, readableDiff } from './tokenDiff'

describe('readableDiff', () => {
  const marked = (before: string, after: string) =>
    readableDiff(diffText(before, after)).map((s) => (s.type === 'equal' ? s.text : s.type === 'delete' ? `~~${s.text}~~` : `__${s.text}__`)).join('')

  it('strikes one phrase and underlines the other where only spaces were kept between the changes', () => {
    expect(marked('The system of any one of claims 1-5, wherein', 'The system of claim 4, wherein')).toBe('The system of ~~any one of claims 1-5~~__claim 4__, wherein')
  })

  it('keeps the words kept between changes, and every other diff as it was', () => {
    expect(marked('所述接触端由高硬度的材料制成。', '所述接触端由合金制成，所述接触端镀金。')).toBe('所述接触端由~~高硬度的材料~~__合金__制成__，所述接触端镀金__。')
    expect(marked('a housing;', 'a housing holding a battery;')).toBe('a housing__ holding a battery__;')
  })
})
