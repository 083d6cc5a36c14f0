import { describe, expect, it } from 'vitest'
import { REQUIRED_DISCLOSURE_FIELDS } from './disclosureFields'
import { disclosureRequiredFields } from './disclosureRequiredFields'
import { CN_DISCLOSURE, EN_DISCLOSURE } from './testing/disclosures'

describe('disclosure.required-fields', () => {
  it('accepts a complete Chinese disclosure', () => {
    expect(disclosureRequiredFields.check({ jurisdiction: 'CN', fields: CN_DISCLOSURE })).toEqual([])
  })

  it('reports each empty required field of a Chinese disclosure by its key', () => {
    const findings = disclosureRequiredFields.check({ jurisdiction: 'CN', fields: { ...CN_DISCLOSURE, technicalProblem: '  ', embodiments: '' } })
    expect(findings).toMatchObject([
      { severity: 'error', part: 'disclosure', field: 'technicalProblem', message: { 'zh-CN': '必填项“要解决的技术问题”未填写' } },
      { field: 'embodiments' },
    ])
  })

  it('accepts a complete English disclosure', () => {
    expect(disclosureRequiredFields.check({ jurisdiction: 'US', fields: EN_DISCLOSURE })).toEqual([])
  })

  it('reports every required field of an empty English disclosure, and no optional one', () => {
    const findings = disclosureRequiredFields.check({ jurisdiction: 'EP', fields: {} })
    expect(findings.map((finding) => finding.field)).toEqual(REQUIRED_DISCLOSURE_FIELDS)
    expect(findings[0]?.message.en).toBe('The required field "Title" is empty')
  })
})
