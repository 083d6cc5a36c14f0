import { describe, expect, it } from 'vitest'
import { parseClaimList, parseClaimText } from './parseClaims'
import type { ParsedClaim, TextRange } from './types'

const pasted = [
  '1. A widget comprising a lever (12) and a base,',
  'wherein the lever is pivoted on the base.',
  '2. The widget of claim 1, wherein the base is steel.',
].join('\n')

// Moves every range of a claim by `offset`, to compare claims parsed with and without prefix.
function shifted(claim: ParsedClaim, offset: number) {
  const move = (range: TextRange) => ({ start: range.start + offset, end: range.end + offset })
  return {
    ...claim,
    text: undefined,
    bodyStart: claim.bodyStart + offset,
    references: claim.references.map((reference) => ({ ...reference, range: move(reference.range) })),
    preamble: move(claim.preamble),
    characterisingPart: claim.characterisingPart && move(claim.characterisingPart),
    terms: claim.terms.map((term) => ({ ...term, range: move(term.range) })),
    referenceSigns: claim.referenceSigns.map((sign) => ({ ...sign, range: move(sign.range) })),
  }
}

describe('parseClaimText and parseClaimList', () => {
  it('gives ranges into each claim\'s own text, number prefix included, for pasted claims', () => {
    const [first, second] = parseClaimText(pasted, { jurisdiction: 'US' })
    expect(first?.text.slice(0, first.bodyStart)).toBe('1. ')
    expect(second?.text.slice(second.references[0]?.range.start, second.references[0]?.range.end)).toBe('claim 1')
    expect(first?.referenceSigns.map((sign) => first.text.slice(sign.range.start, sign.range.end))).toEqual(['12'])
  })

  it('reads structured claims the same way as pasted ones, with ranges from the start of the text', () => {
    const fromText = parseClaimText(pasted, { jurisdiction: 'US' })
    const fromList = parseClaimList(
      fromText.map((claim) => ({ number: claim.number, text: claim.text.slice(claim.bodyStart) })),
      { jurisdiction: 'US' },
    )
    expect(fromList.map((claim) => claim.bodyStart)).toEqual([0, 0])
    fromText.forEach((claim, index) => {
      const listed = fromList[index]
      if (!listed) throw new Error('claim missing')
      expect(shifted(listed, claim.bodyStart)).toEqual(shifted(claim, 0))
    })
  })

  it('returns no claims for empty text', () => {
    expect(parseClaimText('', { jurisdiction: 'CN' })).toEqual([])
    expect(parseClaimText('权利要求书\n\n', { jurisdiction: 'CN' })).toEqual([])
  })

  it('fills every field of a cancelled claim', () => {
    const [claim] = parseClaimText('5. (canceled)', { jurisdiction: 'US' })
    expect(claim).toEqual({
      number: 5, text: '5. (canceled)', bodyStart: 3, kind: 'cancelled', dependsOn: [], references: [],
      category: null, subject: '', preamble: { start: 3, end: 3 }, characterisingPart: null, terms: [],
      referenceSigns: [], language: 'en',
    })
  })

  it('reads a status identifier of a US amendment as no part of the claim language', () => {
    const [claim] = parseClaimText('1. (Currently amended) A widget comprising a lever.', { jurisdiction: 'US' })
    expect([claim?.subject, claim?.category]).toEqual(['widget', 'product'])
  })
})
