import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { multipleDependencyAlternative } from './multipleDependencyAlternative'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import type { Finding } from './types'
import { checkText, located } from './testing/factories'

describe('claims.multiple-dependency-alternative', () => {
  it('accepts a Chinese multiple dependent claim that refers with 或', () => {
    expect(checkText(multipleDependencyAlternative, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese multiple dependent claim that refers with 和', () => {
    const text = claimsText([...CN_CLAIMS.slice(0, 2), (CN_CLAIMS[2] ?? '').replace('1或2', '1和2')])
    const findings = checkText(multipleDependencyAlternative, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'error', claim: 3 }])
    expect(located(text, 'CN', findings[0]!)).toContain('权利要求1和2')
  })

  it('accepts a Chinese claim of another subject that combines two claims', () => {
    const text = claimsText([
      ...CN_CLAIMS,
      '4.一种支撑系统，其特征在于，包括权利要求1所述的支撑装置和权利要求2所述的支撑装置。',
    ])
    expect(checkText(multipleDependencyAlternative, 'CN', text)).toEqual([])
  })

  it('quotes the enumeration comma a Chinese claim joins its references with, in both languages', () => {
    const text = claimsText([...CN_CLAIMS.slice(0, 2), (CN_CLAIMS[2] ?? '').replace('1或2', '1、2')])
    const findings = checkText(multipleDependencyAlternative, 'CN', text)
    expect(findings).toMatchObject([{ claim: 3 }])
    expect(located(text, 'CN', findings[0]!)).toBe('权利要求1、2')
    expect(findings[0]!.message['zh-CN']).toContain('不能用“、”')
    expect(findings[0]!.message['zh-CN']).not.toContain('“和”')
    expect(findings[0]!.message.en).toContain('not with "、"')
    expect(findings[0]!.message.en).not.toContain('"and"')
  })

  it('quotes 和 where the claim writes 和, and asks for 任一项 after a range', () => {
    const joined = claimsText([...CN_CLAIMS.slice(0, 2), (CN_CLAIMS[2] ?? '').replace('1或2', '1和2')])
    expect(checkText(multipleDependencyAlternative, 'CN', joined)[0]?.message['zh-CN']).toContain('不能用“和”')
    const range = claimsText([...CN_CLAIMS.slice(0, 2), (CN_CLAIMS[2] ?? '').replace('1或2', '1-2')])
    const [finding] = checkText(multipleDependencyAlternative, 'CN', range)
    expect(finding?.message['zh-CN']).toContain('“权利要求1-2中任一项”')
    expect(finding?.message.en).toContain('"权利要求1-2中任一项"')
  })

  it('reports a Chinese claim that refers with 和 to a product claim and a method claim, naming both defects once', () => {
    const text = claimsText(BATTERY_CLAIMS)
    const findings = checkText(multipleDependencyAlternative, 'CN', text)
    expect(findings.map((finding) => [finding.claim, located(text, 'CN', finding)])).toEqual([[4, '权利要求1和3'], [5, '权利要求1和3']])
    expect(findings[0]!.message['zh-CN']).toBe(
      '多项从属权利要求只能以择一方式引用在前的权利要求（如“权利要求1或3”），不能用“和”；'
      + '且所引用的权利要求1（产品）与权利要求3（方法）类型不同，从属权利要求只能引用同一类型的权利要求',
    )
    expect(findings[0]!.message.en).toBe(
      'A multiple dependent claim must refer to the other claims in the alternative only ("权利要求1或3"), not with "和"; '
      + 'and claim 1 (a product) and claim 3 (a method) are of different categories, while a dependent claim refers only to claims of its own category',
    )
    // The subject that differs from claim 1 or 3 is reported on the subject, by its own rule: no span carries two findings.
    const { findings: all } = analyzeClaimSet({ jurisdiction: 'CN', claimsText: text })
    const spans = all.filter((finding) => finding.claim === 4 || finding.claim === 5).map(spanOf)
    expect(new Set(spans).size).toBe(spans.length)
    expect(all.filter((finding) => finding.rule === 'claims.subject-mismatch').map((finding) => finding.claim)).toEqual([4, 5])
  })

  it('accepts a Chinese claim that refers with 或 to a product claim and a method claim', () => {
    const text = claimsText([...BATTERY_CLAIMS.slice(0, 3), (BATTERY_CLAIMS[3] ?? '').replace('1和3', '1或3')])
    expect(checkText(multipleDependencyAlternative, 'CN', text)).toEqual([])
  })

  it('accepts an English multiple dependent claim that refers with "or"', () => {
    expect(checkText(multipleDependencyAlternative, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports an English multiple dependent claim that refers with "and"', () => {
    const text = claimsText([...US_CLAIMS.slice(0, 2), (US_CLAIMS[2] ?? '').replace('claim 1 or 2', 'claims 1 and 2')])
    const findings = checkText(multipleDependencyAlternative, 'US', text)
    expect(findings).toMatchObject([{ claim: 3 }])
    expect(located(text, 'US', findings[0]!)).toContain('claims 1 and 2')
  })

  it('quotes the comma an English claim lists its references with', () => {
    const text = claimsText([...US_CLAIMS.slice(0, 2), (US_CLAIMS[2] ?? '').replace('claim 1 or 2', 'claims 1, 2')])
    const [finding] = checkText(multipleDependencyAlternative, 'US', text)
    expect(finding?.message.en).toBe('A multiple dependent claim must refer to the other claims in the alternative only ("claim 1 or 2"), not with ","')
    expect(finding?.message['zh-CN']).toContain('不能用“,”')
  })

  it('leaves cumulative references alone under EPO practice', () => {
    const text = claimsText([...US_CLAIMS.slice(0, 2), (US_CLAIMS[2] ?? '').replace('claim 1 or 2', 'claims 1 and 2')])
    const { findings } = analyzeClaimSet({ jurisdiction: 'EP', claimsText: text })
    expect(findings.filter((finding) => finding.rule === multipleDependencyAlternative.id)).toEqual([])
  })
})

// A device (1, 2) and a method (3) claimed together, as agents draft them; claims 4 and 5 refer to both with 和.
const BATTERY_CLAIMS = [
  '1.一种电池管理装置，包括采集模块（1）和控制模块（2），其特征在于，所述采集模块（1）用于采集电池的电压值，所述控制模块（2）用于根据所述电压值控制充电电流。',
  '2.根据权利要求1所述的电池管理装置，其特征在于，所述采集模块（1）包括电压传感器（11）。',
  '3.一种电池管理方法，其特征在于，包括以下步骤：S1，采集电池的电压值；S2，根据所述电压值控制充电电流。',
  '4.根据权利要求1和3所述的电池管理方法，其特征在于，还包括：S3，当所述电压值低于预设阈值时，发出报警信号。',
  '5.根据权利要求1和3所述的电池管理装置，其特征在于，还包括显示模块（3），所述显示模块（3）用于显示所述电压值。',
]

const spanOf = (finding: Finding) => `${finding.claim}:${finding.start}-${finding.end}`
