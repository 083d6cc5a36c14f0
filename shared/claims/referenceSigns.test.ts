import { describe, expect, it } from 'vitest'
import { parseClaimList } from './parseClaims'
import type { Jurisdiction } from './types'

function signsOf(text: string, jurisdiction: Jurisdiction) {
  const [claim] = parseClaimList([{ number: 2, text }], { jurisdiction })
  return claim?.referenceSigns.map((sign) => ({
    sign: sign.sign,
    bracketed: sign.bracketed,
    written: text.slice(sign.range.start, sign.range.end),
  }))
}

describe('reference signs', () => {
  it('reads full-width bracketed signs after a feature', () => {
    expect(signsOf('一种装置，包括支撑座（1）和底座（701）。', 'CN')).toEqual([
      { sign: '1', bracketed: true, written: '1' },
      { sign: '701', bracketed: true, written: '701' },
    ])
  })

  it('reads half-width signs after a blank and hierarchical signs such as 2-1-1-1', () => {
    expect(signsOf('所述敏感部 (2-1-1) 设有平面区域 (2-1-1-1)。', 'CN')?.map((sign) => sign.sign)).toEqual(['2-1-1', '2-1-1-1'])
  })

  it('reads each sign of a bracketed list', () => {
    expect(signsOf('A lever (12, 14a) is pivoted.', 'EP')?.map((sign) => sign.sign)).toEqual(['12', '14a'])
  })

  it('reports signs written without brackets', () => {
    expect(signsOf('根据权利要求1所述的装置，所述支撑座1的表面与部件2-1、底座连接。', 'CN')).toEqual([
      { sign: '1', bracketed: false, written: '1' },
      { sign: '2-1', bracketed: false, written: '2-1' },
    ])
    expect(signsOf('The device of claim 1, wherein the lever 12, the arm 14 and the base are steel.', 'EP')).toEqual([
      { sign: '12', bracketed: false, written: '12' },
      { sign: '14', bracketed: false, written: '14' },
    ])
  })

  it('does not read numbers, measurements, claim references or step labels as signs', () => {
    expect(signsOf('The device of claims 1-3, wherein two (2) bolts are heated from 50 to 200° C. for 10-9 seconds in step (1), at least 2 times.', 'US')).toEqual([])
    expect(signsOf('根据权利要求1-9任一项所述的电机，所述绕组由3个线圈制成，极槽配合为2极3槽，序列如SEQ ID NO:2所示。', 'CN')).toEqual([])
  })

  it('does not read a number that a verb comes before, or one that opens a range, as a sign', () => {
    expect(signsOf('The conveyor of claim 1, wherein the belt has 4 to 6 ribs, a chain of 2 to 8 segments and between 10 and 20 teeth.', 'US')).toEqual([])
    expect(signsOf('The conveyor of claim 1, wherein the belt comprises a member 12, and the roller 14 is steel.', 'US')).toMatchObject([{ sign: '12' }, { sign: '14' }])
  })
})
