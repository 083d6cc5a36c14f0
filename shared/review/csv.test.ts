import { describe, expect, it } from 'vitest'
import { csvText } from './csv'

describe('csvText', () => {
  it('writes a BOM, CRLF lines, quotes what needs quoting and defuses formulas', () => {
    expect(csvText([['时间', '备注'], ['2026/12/2 17:31:49 GMT+8', '含"引号",与逗号'], ['=1+1', null]])).toBe(
      '\uFEFF时间,备注\r\n2026/12/2 17:31:49 GMT+8,"含""引号"",与逗号"\r\n\'=1+1,\r\n',
    )
  })
})
