import { describe, expect, it } from 'vitest'
import { compareClaims, type ClaimComparison, type ComparedClaim } from '../../shared/editor/compareClaims'
import { diffText } from '../../shared/editor/tokenDiff'
import { readCorpusSets } from '../corpus/corpus'

/** A corpus claim set as the editor holds it: texts without their printed numbers, ids by number. */
function corpusClaims(id: string): ComparedClaim[] {
  const set = readCorpusSets().find((s) => s.id === id)!
  return set.claims.map((claim) => ({ id: `c${claim.number}`, text: claim.text.replace(/^\s*\d+\s*[.、．]\s*/, '') }))
}

const summary = (c: ClaimComparison) => [c.number, c.previousNumber, c.status]
const changes = (c: ClaimComparison) => ({ inserted: c.insertions.map((i) => i.text), deleted: c.deletions.map((d) => d.text) })

describe('claim comparison', () => {
  it('marks a Chinese amendment character by character', () => {
    const [claim] = corpusClaims('CN-110326254B')
    const amended = claim!.text.replace('一种生物体签名系统', '一种生物体签章系统').replace('包括处理器和存储器', '包括处理器、显示器和存储器')
    const [result] = compareClaims([claim!], [{ ...claim!, text: amended }])
    expect(result!.status).toBe('amended')
    expect(changes(result!)).toEqual({ inserted: ['章', '、显示器'], deleted: ['名'] })
    // Offsets point into the newer text for insertions and into the older for deletions.
    expect(amended.slice(result!.insertions[1]!.offset).startsWith('、显示器和存储器')).toBe(true)
    expect(claim!.text.slice(result!.deletions[0]!.offset).startsWith('名系统')).toBe(true)
  })

  it('marks an English amendment word by word', () => {
    const [claim] = corpusClaims('US-6334226')
    const amended = claim!.text.replace('A faucet support member', 'A rigid faucet support member').replace('a plurality of connectors', 'a pair of connectors')
    const [result] = compareClaims([claim!], [{ ...claim!, text: amended }])
    expect(changes(result!)).toEqual({ inserted: ['rigid ', 'pair'], deleted: ['plurality'] })
  })

  it('follows claims across a cancellation and the renumbering it causes in a published claim set', () => {
    const claims = corpusClaims('CN-110326254B')
    // Claim 2 cancelled: claim 3 becomes 2 and so on; the references to claim 1 stay as they are.
    const after = claims.filter((c) => c.id !== 'c2')
    const result = compareClaims(claims, after)
    expect(result.slice(0, 4).map(summary)).toEqual([
      [1, 1, 'unchanged'],
      [null, 2, 'cancelled'],
      [2, 3, 'renumbered'],
      [3, 4, 'renumbered'],
    ])
    expect(result).toHaveLength(claims.length)
  })

  it('takes a claim whose text says only that it is cancelled for cancelled where it stands, its old text struck', () => {
    const claims = corpusClaims('US-6334226').slice(0, 4)
    const after = claims.map((c) => (c.id === 'c2' ? { ...c, text: '(Canceled)' } : c))
    const result = compareClaims(claims, after)
    expect(result.map(summary)).toEqual([
      [1, 1, 'unchanged'],
      [2, 2, 'cancelled'],
      [3, 3, 'unchanged'],
      [4, 4, 'unchanged'],
    ])
    expect(changes(result[1]!)).toEqual({ inserted: [], deleted: [claims[1]!.text] })
    expect(result[1]!.text).toBe(claims[1]!.text)
  })

  it('matches claims pasted anew, without their ids, by their text', () => {
    const before = corpusClaims('US-6334226').slice(0, 5)
    const pasted = [before[0]!, before[2]!, before[1]!, before[3]!, before[4]!].map((c, i) => ({ id: `pasted-${i}`, text: c.text }))
    expect(compareClaims(before, pasted).map(summary)).toEqual([
      [1, 1, 'unchanged'],
      [2, 3, 'renumbered'],
      [3, 2, 'renumbered'],
      [4, 4, 'unchanged'],
      [5, 5, 'unchanged'],
    ])
  })

  it('finds the shortest edit and keeps every character', () => {
    const before = '根据权利要求1所述的装置，其特征在于，所述支架为钢制。'
    const after = '根据权利要求2所述的装置，其特征在于，所述支架和底座为铝制。'
    const segments = diffText(before, after)
    expect(segments.filter((s) => s.type !== 'insert').map((s) => s.text).join('')).toBe(before)
    expect(segments.filter((s) => s.type !== 'delete').map((s) => s.text).join('')).toBe(after)
    expect(segments.filter((s) => s.type !== 'equal')).toEqual([
      { type: 'delete', text: '1' },
      { type: 'insert', text: '2' },
      { type: 'insert', text: '和底座' },
      { type: 'delete', text: '钢' },
      { type: 'insert', text: '铝' },
    ])
  })
})
