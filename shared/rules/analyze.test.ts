import { describe, expect, it } from 'vitest'
import { parseClaimList, parseClaimText } from '../claims/parseClaims'
import { JURISDICTIONS } from '../claims/types'
import { analyzePatentDocument } from '../editor/analyzePatentDocument'
import { documentTemplate } from '../editor/documentTemplate'
import { buildDocument } from '../editor/testing'
import { analyzeClaimSet, analyzeDisclosure } from './analyze'
import { RULES } from './rules'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { CN_DISCLOSURE } from './testing/disclosures'
import { SEVERITIES } from './types'

describe('RULES', () => {
  it('gives every rule advice on what to do, in both languages', () => {
    for (const rule of RULES) {
      expect(rule.advice['zh-CN'], rule.id).not.toBe('')
      expect(rule.advice.en, rule.id).not.toBe('')
    }
  })

  it('gives every rule a unique id', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('cites a legal source for every jurisdiction a rule applies to, and titles it in both languages', () => {
    for (const rule of RULES) {
      expect(rule.jurisdictions.length).toBeGreaterThan(0)
      for (const jurisdiction of rule.jurisdictions) expect(rule.source[jurisdiction], `${rule.id} ${jurisdiction}`).toBeTruthy()
      for (const jurisdiction of JURISDICTIONS) {
        if (!rule.jurisdictions.includes(jurisdiction)) expect(rule.source[jurisdiction], `${rule.id} ${jurisdiction}`).toBeUndefined()
      }
      expect(rule.title['zh-CN']).toBeTruthy()
      expect(rule.title.en).toBeTruthy()
    }
  })
})

describe('analyzeClaimSet', () => {
  const defective = claimsText([
    '1.一种支撑装置，包括底座（1），其特征在于，所述底座（1）约5毫米厚。所述支架为钢制。',
    '2.根据权利要求1和3所述的支撑装置，其特征在于，所述滑块为钢制。',
    '3.根据权利要求1所述的方法，其特征在于，所述底座（1）为圆形。',
  ])

  it('parses pasted claims and returns them with the findings', () => {
    const { claims } = analyzeClaimSet({ jurisdiction: 'CN', claimsText: claimsText(CN_CLAIMS) })
    expect(claims.map((claim) => claim.number)).toEqual([1, 2, 3])
  })

  it('reads claims the parser already parsed', () => {
    const claims = parseClaimText(defective, { jurisdiction: 'CN' })
    expect(analyzeClaimSet({ jurisdiction: 'CN', claims }).findings)
      .toEqual(analyzeClaimSet({ jurisdiction: 'CN', claimsText: defective }).findings)
  })

  it('sorts findings by severity, then claim, then position', () => {
    const { findings } = analyzeClaimSet({ jurisdiction: 'CN', claimsText: defective, abstract: '摘要'.repeat(200) })
    expect(findings.length).toBeGreaterThan(5)
    const order = findings.map((finding) => [SEVERITIES.indexOf(finding.severity), finding.claim ?? 0, finding.start])
    const sorted = [...order].sort((a, b) => (a[0]! - b[0]!) || (a[1]! - b[1]!) || (a[2]! - b[2]!))
    expect(order).toEqual(sorted)
  })

  it('runs only the rules of the jurisdiction', () => {
    const ruleIds = (jurisdiction: 'US' | 'EP') =>
      new Set(analyzeClaimSet({ jurisdiction, claimsText: claimsText([...US_CLAIMS, '4. The device of claims 1 and 3, comprising means for fastening.']) }).findings.map((finding) => finding.rule))
    expect(ruleIds('US')).toContain('claims.means-plus-function')
    expect(ruleIds('US')).toContain('claims.multiple-dependency-alternative')
    expect(ruleIds('EP')).not.toContain('claims.means-plus-function')
    expect(ruleIds('EP')).not.toContain('claims.multiple-dependency-alternative')
  })

  it('finds nothing in a clean claim set with its description', () => {
    const description = [
      '技术领域', '本发明涉及支撑装置。',
      '背景技术', '现有的支撑装置不便移动。',
      '发明内容', '一种支撑装置，包括底座1和支架2，支架2固定连接在底座1上，底座1上设有滑槽3，支架2上设有把手4。',
      '具体实施方式', '支架2通过把手4沿滑槽3移动。',
    ].join('\n')
    expect(analyzeClaimSet({ jurisdiction: 'CN', claimsText: claimsText(CN_CLAIMS), title: '一种支撑装置', description }).findings).toEqual([])
  })
})

describe('analyzeDisclosure', () => {
  it('finds nothing in a complete disclosure', () => {
    expect(analyzeDisclosure({ jurisdiction: 'CN', fields: CN_DISCLOSURE }).findings).toEqual([])
  })

  it('reports empty required fields before numeral warnings', () => {
    const { findings } = analyzeDisclosure({ fields: { ...CN_DISCLOSURE, background: '', referenceNumerals: `${CN_DISCLOSURE.referenceNumerals}；9-盖板` } })
    expect(findings.map((finding) => [finding.rule, finding.field])).toEqual([
      ['disclosure.required-fields', 'background'],
      ['disclosure.reference-numerals', 'referenceNumerals'],
    ])
  })
})

describe('a claim not written yet', () => {
  it.each(JURISDICTIONS)('raises nothing for the placeholder claim of a new %s claim set or reply', (jurisdiction) => {
    for (const kind of ['claims', 'oa-reply'] as const) {
      const { doc } = buildDocument(kind, documentTemplate(kind, jurisdiction, 'Title'))
      const findings = analyzePatentDocument(doc, kind, jurisdiction).findings.filter((finding) => finding.part === 'claims')
      expect(findings, kind).toEqual([])
    }
  })

  it('is skipped among written claims, which are still checked', () => {
    const claims = parseClaimList([{ number: 1, text: '' }, { number: 2, text: 'A shelf comprising the board.' }], { jurisdiction: 'US' })
    expect(analyzeClaimSet({ jurisdiction: 'US', claims }).findings.map((finding) => [finding.rule, finding.claim])).toEqual([
      ['claims.antecedent-basis', 2],
    ])
  })
})
