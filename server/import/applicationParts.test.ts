import { describe, expect, it } from 'vitest'
import { opensWithClaim, splitApplication } from './applicationParts'
import { textParagraphs } from './importedParagraph'

describe('reading pasted text as the parts of an application', () => {
  it('takes text without headings that opens with claim "(1)" for the claims, and one that opens with a numbered point for the description', () => {
    expect(opensWithClaim(textParagraphs('(1) 一种夹具，包括底座。\n(2) 根据权利要求1所述的夹具，其特征在于，所述底座为钢制。'))).toBe(true)
    expect(opensWithClaim(textParagraphs('（1）A clamp comprising a base.'))).toBe(true)
    expect(opensWithClaim(textParagraphs('(1) Field of the invention\nThe invention relates to clamps.'))).toBe(false)
    expect(opensWithClaim(textParagraphs('1.5 mm thick plates are clamped.'))).toBe(false)
  })

  it('cuts the parts at their headings, the parts of a reply and a claim set alike', () => {
    const { lead, parts } = splitApplication(textParagraphs('权利要求书\n1. 一种夹具。\n说明书摘要\n本发明公开了一种夹具。\nRemarks\nClaim 1 is amended.'))
    expect([lead, parts.claims, parts.abstract, parts.remarks, parts.description].map((part) => part.map((p) => p.text))).toEqual([
      [],
      ['1. 一种夹具。'],
      ['本发明公开了一种夹具。'],
      ['Claim 1 is amended.'],
      [],
    ])
  })
})
