import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { multipleDependencyChain } from './multipleDependencyChain'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

const CN_CHAIN = claimsText([...CN_CLAIMS, '4.根据权利要求2或3所述的支撑装置，其特征在于，所述把手（4）为圆柱形。'])
const US_CHAIN = claimsText([...US_CLAIMS, '4. The support device of any one of claims 1 to 3, wherein the handle is round.'])

describe('claims.multiple-dependency-chain', () => {
  it('reports a Chinese multiple dependent claim based on another multiple dependent claim', () => {
    const findings = checkText(multipleDependencyChain, 'CN', CN_CHAIN)
    expect(findings).toMatchObject([{ severity: 'error', claim: 4 }])
    expect(findings[0]?.message['zh-CN']).toContain('权利要求3是多项从属权利要求')
    expect(located(CN_CHAIN, 'CN', findings[0]!)).toContain('权利要求2或3')
  })

  it('accepts a Chinese multiple dependent claim based on single dependent claims', () => {
    const text = claimsText([...CN_CLAIMS, '4.根据权利要求1或2所述的支撑装置，其特征在于，所述底座（1）为圆形。'])
    expect(checkText(multipleDependencyChain, 'CN', text)).toEqual([])
  })

  it('still reports the chain when a claim it rests on misnames its subject', () => {
    const text = claimsText([
      CN_CLAIMS[0] ?? '',
      '2.根据权利要求1所述的方法，其特征在于，所述底座（1）上设有滑槽（3）。',
      CN_CLAIMS[2] ?? '',
      '4.根据权利要求1至3中任一项所述的支撑装置，其特征在于，所述支架（2）为钢制。',
    ])
    expect(checkText(multipleDependencyChain, 'CN', text)).toMatchObject([{ claim: 4, message: { 'zh-CN': expect.stringContaining('权利要求3是多项从属权利要求') } }])
  })

  it('reports an English multiple dependent claim based on another multiple dependent claim', () => {
    expect(checkText(multipleDependencyChain, 'US', US_CHAIN)).toMatchObject([
      { claim: 4, message: { en: 'A multiple dependent claim may not serve as a basis for another multiple dependent claim: claim 3 is multiple dependent' } },
    ])
  })

  it('accepts an English multiple dependent claim based on single dependent claims', () => {
    const text = claimsText([...US_CLAIMS, '4. The support device of claim 1 or 2, wherein the base is round.'])
    expect(checkText(multipleDependencyChain, 'US', text)).toEqual([])
  })

  it('allows multiple dependency on multiple dependent claims under EPO practice', () => {
    const { findings } = analyzeClaimSet({ jurisdiction: 'EP', claimsText: US_CHAIN })
    expect(findings.filter((finding) => finding.rule === multipleDependencyChain.id)).toEqual([])
  })
})
