import { describe, expect, it } from 'vitest'
import { markUpAmendment, type MarkedClaim, type MarkupRun } from '../shared/amendment/amendmentMarkup'
import type { ComparedClaim } from '../shared/editor/compareClaims'
import { cancel, cleanText, corpusClaims, edit } from './amendmentCorpus'

const marks = (runs: MarkupRun[], type: MarkupRun['type']) => runs.filter((run) => run.type === type).map((run) => run.text)
const oldText = (runs: MarkupRun[]) => runs.filter((run) => run.type !== 'insert').map((run) => run.text).join('')
const summary = (claim: MarkedClaim) => [claim.number, claim.previousNumber, claim.identifier ?? claim.status]

describe('CNIPA marked-up comparison pages (修改对照页) on CN-110326254B', () => {
  const examined = corpusClaims('CN-110326254B')
  // Claim 1 amended in two places, claim 2 cancelled: claims 3… become 2…, their references follow.
  const claim1 = edit(edit(examined[0]!, '一种生物体签名系统', '一种生物体签章系统'), '包括处理器和存储器', '包括处理器、显示器和存储器')
  const amended = cancel([claim1, ...examined.slice(1)], 2)
  const { layout, claims } = markUpAmendment({ filed: examined, examined, amended }, 'CN')

  it('marks claim 1 character by character: deletions struck, insertions underlined, both texts recoverable', () => {
    expect(layout).toBe('cn-comparison')
    const first = claims[0]!
    expect(marks(first.runs, 'insert')).toEqual(['章', '、显示器'])
    expect(marks(first.runs, 'delete')).toEqual(['名'])
    expect(cleanText(first.runs)).toBe(claim1.text)
    expect(oldText(first.runs)).toBe(examined[0]!.text)
  })

  it('shows the cancelled claim struck through where it stood, and strikes the old number of every renumbered claim', () => {
    expect(claims.slice(0, 3).map(summary)).toEqual([
      [1, 1, 'amended'],
      [null, 2, 'cancelled'],
      [2, 3, 'renumbered'],
    ])
    expect(claims[1]!.runs).toEqual([{ type: 'delete', text: examined[1]!.text }])
    expect(claims[1]!.numberRuns).toEqual([{ type: 'delete', text: '2' }])
    expect(claims[2]!.numberRuns).toEqual([{ type: 'delete', text: '3' }, { type: 'insert', text: '2' }])
    expect(claims.length).toBe(examined.length)
  })
})

describe('US claim listing (37 CFR 1.121(c)) on US-6334226', () => {
  const examined = corpusClaims('US-6334226')
  const filed = examined.map((claim) => (claim.id === 'c5' ? { ...claim, text: `${claim.text.slice(0, -1)} and a seal.` } : claim))
  const claim1 = edit(edit(examined[0]!, 'A faucet support member', 'A rigid faucet support member'), 'a plurality of connectors', 'a pair of connectors')
  // Claims 2 and 3 cancelled; the editor renumbers the rest and their references.
  const amendedInEditor: ComparedClaim[] = [...cancel([claim1, ...examined.slice(1)], 2, 3), { id: 'n1', text: 'The faucet support member of claim 1, wherein the member is made of brass.' }]
  const { layout, claims } = markUpAmendment({ filed, examined, amended: amendedInEditor }, 'US')
  const byNumber = new Map(claims.map((claim) => [claim.number, claim]))

  it('lists every claim under the number it was examined under, with its status identifier', () => {
    expect(layout).toBe('us-claim-listing')
    expect(claims.map((claim) => claim.number)).toEqual(Array.from({ length: examined.length + 1 }, (_, i) => i + 1))
    expect(claims.slice(0, 5).map(summary)).toEqual([
      [1, 1, 'currently-amended'],
      [2, 2, 'canceled'],
      [3, 3, 'canceled'],
      [4, 4, 'original'],
      [5, 5, 'previously-presented'],
    ])
  })

  it('gives canceled claims no text and numbers a new claim after the highest number ever used, not underlined', () => {
    expect(byNumber.get(2)!.runs).toEqual([])
    const added = byNumber.get(examined.length + 1)!
    expect(summary(added)).toEqual([examined.length + 1, null, 'new'])
    expect(added.runs).toEqual([{ type: 'equal', text: 'The faucet support member of claim 1, wherein the member is made of brass.' }])
  })

  it('marks the amended claim word by word, a deletion of five or fewer characters in double brackets', () => {
    const first = byNumber.get(1)!
    expect(marks(first.runs, 'insert')).toEqual(['rigid ', 'pair'])
    expect(marks(first.runs, 'delete')).toEqual(['plurality'])
    const shortened = edit(edit(examined[0]!, 'the faucet having', 'the faucet with'), 'formed in a base plate', 'formed in base plate')
    const deletions = markUpAmendment({ filed, examined, amended: [shortened, ...examined.slice(1)] }, 'US').claims[0]!.runs.filter((run) => run.type === 'delete')
    expect(deletions.map((run) => [run.text.trim(), run.brackets ?? false])).toEqual([
      ['[[a]]', true],
      ['having', false],
    ])
  })

  it('keeps the claim references of the examined numbering, so renumbering in the editor is no amendment', () => {
    // Claim 4 referred to claim 3 or similar; after the editor renumbered, its text maps back unchanged.
    for (const claim of claims.filter((c) => c.identifier === 'original')) {
      expect(cleanText(claim.runs)).toBe(examined[claim.number! - 1]!.text)
    }
  })
})

describe('a claim cancelled in place ("(Canceled)"), as a US claim listing keeps it', () => {
  const examined = corpusClaims('US-6334226')
  // Claims 2 and 3 cancelled where they stand, a new claim after the last: the editor's numbers are the listing's.
  const amended: ComparedClaim[] = [
    ...examined.map((claim) => (claim.id === 'c2' ? { ...claim, text: '(Canceled)' } : claim.id === 'c3' ? { ...claim, text: '(canceled).' } : claim)),
    { id: 'n1', text: 'The faucet support member of claim 1, wherein the member is made of brass.' },
  ]

  it('lists it canceled under its own number, and every other claim under the number the editor shows', () => {
    const { claims } = markUpAmendment({ filed: examined, examined, amended }, 'US')
    expect(claims.slice(0, 4).map(summary)).toEqual([
      [1, 1, 'original'],
      [2, 2, 'canceled'],
      [3, 3, 'canceled'],
      [4, 4, 'original'],
    ])
    expect(claims[1]!.runs).toEqual([])
    expect(claims.map((claim) => claim.number)).toEqual(amended.map((_, index) => index + 1))
    expect(summary(claims[examined.length]!)).toEqual([examined.length + 1, null, 'new'])
  })

  it('lists a claim cancelled in an earlier reply as canceled again, without its words', () => {
    const cancelledBefore = examined.map((claim) => (claim.id === 'c2' ? { ...claim, text: '(Canceled)' } : claim))
    const { claims } = markUpAmendment({ filed: examined, examined: cancelledBefore, amended: cancelledBefore }, 'US')
    expect(summary(claims[1]!)).toEqual([2, 2, 'canceled'])
    expect(claims[1]!.runs).toEqual([])
  })

  it('strikes it through under its unchanged number on the CN pages', () => {
    const cn = corpusClaims('CN-110326254B')
    const inPlace = cn.map((claim) => (claim.id === 'c2' ? { ...claim, text: '（删除）' } : claim))
    const { claims } = markUpAmendment({ filed: cn, examined: cn, amended: inPlace }, 'CN')
    expect(claims.slice(0, 3).map(summary)).toEqual([
      [1, 1, 'unchanged'],
      [2, 2, 'cancelled'],
      [3, 3, 'unchanged'],
    ])
    expect(claims[1]!.numberRuns).toEqual([{ type: 'equal', text: '2' }])
    expect(claims[1]!.runs).toEqual([{ type: 'delete', text: cn[1]!.text }])
    expect(claims.length).toBe(cn.length)
  })
})

describe('EP marked-up copy', () => {
  it('marks like the CN pages, in the EP layout', () => {
    const examined = corpusClaims('US-6336130')
    const amended = [edit(examined[0]!, 'An arrangement', 'A redundant arrangement'), ...examined.slice(1)]
    const { layout, claims } = markUpAmendment({ filed: null, examined, amended }, 'EP')
    expect(layout).toBe('ep-marked-copy')
    expect(claims[0]!.identifier).toBeNull()
    expect(marks(claims[0]!.runs, 'insert')).toEqual(['A redundant'])
    expect(marks(claims[0]!.runs, 'delete')).toEqual(['An'])
    expect(claims.slice(1).every((claim) => claim.status === 'unchanged')).toBe(true)
  })
})
