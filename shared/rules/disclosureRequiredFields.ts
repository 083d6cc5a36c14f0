import { DISCLOSURE_FIELDS } from './disclosureFields'
import { partFinding } from './finding'
import type { DisclosureInput, DisclosureRule, Finding, LocalizedText } from './types'

/**
 * A disclosure goes on to drafting only complete: title, technical field, background, problem,
 * solution, effects, embodiments and the points to protect are filled in. A field that holds only
 * a placeholder ("……", "略", "待补充", "TBD"), or only "无" / "none" where that answers nothing
 * (DISCLOSURE_FIELDS' `noneIsAnAnswer`), is not.
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
    const findings: Finding[] = []
    for (const field of DISCLOSURE_FIELDS) {
      if (!field.required) continue
      const text = (disclosure.fields[field.key] ?? '').trim()
      const message: LocalizedText | null = text === ''
        ? { 'zh-CN': `必填项“${field.label['zh-CN']}”未填写`, en: `The required field "${field.label.en}" is empty` }
        : isPlaceholder(text, field.noneIsAnAnswer)
          ? {
              'zh-CN': `必填项“${field.label['zh-CN']}”只填写了占位内容“${text}”`,
              en: `The required field "${field.label.en}" holds only the placeholder "${text}"`,
            }
          : null
      if (message) findings.push(partFinding(disclosureRequiredFields, 'disclosure', { start: 0, end: 0 }, message, { field: field.key }))
    }
    return findings
  },
}

// Marks and words that stand for text still to come. Compared without blanks and punctuation, so
// "……", "..." and "——" leave nothing and "略。" is "略".
const PLACEHOLDER_WORDS = new Set(['略', '同上', '待补充', '待补', '待填写', '待完善', '待定', '待写', '后补', 'tbd', 'tbc', 'todo'])
const CROSSES = /^x{2,}$/
// Words that say there is nothing: an answer only in a field where nothing can be the answer.
const NONE_WORDS = new Set(['无', '暂无', '没有', 'none', 'no', 'nil', 'na', 'n/a'])
const BLANKS_AND_PUNCTUATION = /[\s.,;:!?…·\-—_~*#'"()[\]{}<>，。；：！？、“”‘’（）【】《》〈〉～]/gu

/** Whether a field's text answers nothing: marks, a placeholder, or "无" where nothing is no answer. */
function isPlaceholder(text: string, noneIsAnAnswer: boolean): boolean {
  const bare = text.replace(BLANKS_AND_PUNCTUATION, '').toLowerCase()
  if (bare === '' || PLACEHOLDER_WORDS.has(bare) || CROSSES.test(bare)) return true
  // "N/A" keeps its slash through the punctuation above.
  return !noneIsAnAnswer && NONE_WORDS.has(bare)
}
