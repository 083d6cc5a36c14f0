import { DISCLOSURE_FIELDS } from './disclosureFields'
import { partFinding } from './finding'
import type { DisclosureInput, DisclosureRule, Finding } from './types'

/**
 * A disclosure goes on to drafting only complete: title, technical field, background, problem,
 * solution, effects, embodiments and the points to protect are filled in.
 */
export const disclosureRequiredFields: DisclosureRule = {
  id: 'disclosure.required-fields',
  appliesTo: 'disclosure',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法第26条第3款；DB44/T 2363 撰写管理 / Patent Law Art. 26(3); DB44/T 2363 drafting management',
    US: '35 USC 112(a)',
    EP: 'EPC Art. 83',
  },
  title: {
    'zh-CN': '技术交底书必填项已填写',
    en: 'Required disclosure fields are filled in',
  },
  advice: {
    'zh-CN': '补充该栏目的内容；没有内容时写明原因。',
    en: 'Fill in this field; if there is nothing to say, say why.',
  },
  check(disclosure: DisclosureInput): Finding[] {
    return DISCLOSURE_FIELDS
      .filter((field) => field.required && (disclosure.fields[field.key] ?? '').trim() === '')
      .map((field) => partFinding(disclosureRequiredFields, 'disclosure', { start: 0, end: 0 }, {
        'zh-CN': `必填项“${field.label['zh-CN']}”未填写`,
        en: `The required field "${field.label.en}" is empty`,
      }, { field: field.key }))
  },
}
