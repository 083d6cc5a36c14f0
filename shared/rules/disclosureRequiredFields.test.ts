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

  it('reports a required field that holds only a placeholder, quoting it', () => {
    const placeholders = { background: '……', technicalProblem: ' 待补充 ', beneficialEffects: '略。', embodiments: '...', protectionPoints: 'TBD' }
    const findings = disclosureRequiredFields.check({ jurisdiction: 'CN', fields: { ...CN_DISCLOSURE, ...placeholders } })
    expect(findings.map((finding) => finding.field)).toEqual(['background', 'technicalProblem', 'beneficialEffects', 'embodiments', 'protectionPoints'])
    expect(findings[1]).toMatchObject({
      severity: 'error',
      message: { 'zh-CN': '必填项“要解决的技术问题”只填写了占位内容“待补充”', en: 'The required field "Technical problem" holds only the placeholder "待补充"' },
    })
  })

  it('reports 无 or "none" in a required field, where nothing is no answer, but accepts it where it is one', () => {
    const findings = disclosureRequiredFields.check({ jurisdiction: 'CN', fields: { ...CN_DISCLOSURE, background: '无', priorPublication: '无', drawings: '无' } })
    expect(findings.map((finding) => finding.field)).toEqual(['background'])
    const english = disclosureRequiredFields.check({ jurisdiction: 'US', fields: { ...EN_DISCLOSURE, technicalProblem: 'None.', priorPublication: 'none' } })
    expect(english.map((finding) => finding.field)).toEqual(['technicalProblem'])
  })

  it('accepts a short real answer and an answer that says why there is nothing more', () => {
    const fields = { ...CN_DISCLOSURE, title: '无线充电座', background: '无公开的现有技术，经检索未发现相关文献（见检索记录）。', beneficialEffects: '无需外接电源。' }
    expect(disclosureRequiredFields.check({ jurisdiction: 'CN', fields })).toEqual([])
  })
})
