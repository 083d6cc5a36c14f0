import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { repeatedLimitation } from './repeatedLimitation'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.repeated-limitation', () => {
  it('accepts Chinese claims that state each limitation once', () => {
    expect(checkText(repeatedLimitation, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('warns of a limitation a claim states twice, at the second one', () => {
    const text = claimsText([
      ...CN_CLAIMS,
      '4.根据权利要求1所述的支撑装置，其特征在于，所述支架（2）连接所述底座（1），所述支架连接所述底座，所述底座（1）为钢制。',
    ])
    const findings = checkText(repeatedLimitation, 'CN', text)
    expect(findings.map((finding) => [finding.severity, finding.claim, finding.message['zh-CN']])).toEqual([
      ['warning', 4, '“所述支架连接所述底座”在本权利要求中重复记载'],
    ])
    expect(located(text, 'CN', findings[0]!)).toBe('所述支架连接所述底座')
  })

  it('leaves alone like clauses that limit different features, and clauses that name none: 其中, 以重量份计', () => {
    const text = claimsText([
      '1.一种支撑装置，包括第一支架、第二支架和底座，其中，所述第一支架与所述底座固定连接，其中，所述第二支架与所述底座固定连接。',
      '2.一种双组分胶粘剂，包括A组分和B组分，其中，以重量份计，所述A组分包括环氧树脂80份；以重量份计，所述B组分包括固化剂20份。',
    ])
    expect(checkText(repeatedLimitation, 'CN', text)).toEqual([])
  })

  it('leaves alone a step a method claim does twice', () => {
    const text = claimsText(['1.一种纳米颗粒的制备方法，包括：将原料溶于水中，用去离子水洗涤沉淀；加入乙醇，用去离子水洗涤沉淀；干燥。'])
    expect(checkText(repeatedLimitation, 'CN', text)).toEqual([])
  })

  it('does not apply to US claims', () => {
    const text = claimsText([...US_CLAIMS, '4. The device of claim 1, wherein the bracket is fixed to the base, wherein the bracket is fixed to the base.'])
    const { findings } = analyzeClaimSet({ jurisdiction: 'US', claimsText: text })
    expect(findings.filter((finding) => finding.rule === repeatedLimitation.id)).toEqual([])
  })
})
