import { describe, expect, it } from 'vitest'
import { descriptionParts } from './descriptionParts'
import { checkText } from './testing/factories'

const CN_COMPLETE = [
  '技术领域',
  '本发明涉及测量装置。',
  '背景技术',
  '现有的支架不稳。',
  '发明内容',
  '本发明提供一种支架。',
  '附图说明',
  '图1为支架的立体图。',
  '具体实施方式',
  '如图1所示，支架(1)包括底座(2)。',
].join('\n')

const US_COMPLETE = [
  'BACKGROUND',
  'Known stands tip over.',
  'SUMMARY',
  'A stand is provided.',
  'BRIEF DESCRIPTION OF THE DRAWINGS',
  'FIG. 1 is a view of the stand.',
  'DETAILED DESCRIPTION',
  'As FIG. 1 shows, the stand has a base.',
].join('\n')

const check = (jurisdiction: 'CN' | 'US' | 'EP', description: string) => checkText(descriptionParts, jurisdiction, '', { description })

/** Each finding as the text it points at and its Chinese message. */
const located = (description: string, jurisdiction: 'CN' | 'US' | 'EP' = 'CN') =>
  check(jurisdiction, description).map((finding) => [description.slice(finding.start, finding.end), finding.message['zh-CN']])

describe('description.parts', () => {
  it('accepts a CN description with its five parts in order', () => {
    expect(check('CN', CN_COMPLETE)).toEqual([])
  })

  it('accepts numbered headings and the utility-model spelling', () => {
    const description = CN_COMPLETE.replace('技术领域', '一、技术领域').replace('发明内容', '实用新型内容')
    expect(check('CN', description)).toEqual([])
  })

  it('reports a missing part at the heading it should come before, as a warning for CN', () => {
    const description = CN_COMPLETE.replace('背景技术\n现有的支架不稳。\n', '')
    expect(check('CN', description)).toMatchObject([{ severity: 'warning', part: 'description', claim: null }])
    expect(located(description)).toEqual([['发明内容', '缺少“背景技术”部分']])
    expect(check('CN', description)[0]!.advice['zh-CN']).toBe('在“发明内容”之前加上标题“背景技术”，并写出这一部分。')
  })

  it('reports a missing last part at the last heading', () => {
    const description = CN_COMPLETE.slice(0, CN_COMPLETE.indexOf('具体实施方式') - 1)
    expect(located(description)).toEqual([['附图说明', '缺少“具体实施方式”部分']])
  })

  it('asks for 附图说明 only when the text refers to figures', () => {
    const withoutDrawings = CN_COMPLETE.replace('附图说明\n图1为支架的立体图。\n', '').replace('如图1所示，', '')
    expect(check('CN', withoutDrawings)).toEqual([])
    const referring = CN_COMPLETE.replace('附图说明\n图1为支架的立体图。\n', '')
    expect(located(referring)).toEqual([['具体实施方式', '缺少“附图说明”部分']])
  })

  it('reports an empty part, and an empty 附图说明 without drawings asks for the heading to go', () => {
    const emptyBackground = CN_COMPLETE.replace('现有的支架不稳。\n', '')
    expect(located(emptyBackground)).toEqual([['背景技术', '“背景技术”部分没有内容']])
    const templateLeftOver = CN_COMPLETE.replace('图1为支架的立体图。\n', '').replace('如图1所示，', '')
    const [finding] = check('CN', templateLeftOver)
    expect(finding).toMatchObject({ message: { 'zh-CN': '“附图说明”部分没有内容' } })
    expect(finding!.advice['zh-CN']).toContain('删去这一标题')
  })

  it('reports a part out of order at its heading', () => {
    const description = CN_COMPLETE.replace('背景技术\n现有的支架不稳。\n', '').replace('具体实施方式', '背景技术\n现有的支架不稳。\n具体实施方式')
    expect(located(description)).toEqual([['背景技术', '“背景技术”应在“技术领域”和“发明内容”之间']])
  })

  it('takes one heading typed over another for the one out of place, not every heading after it', () => {
    const description = CN_COMPLETE.replace('技术领域', '具体实施方式')
    expect(located(description)).toEqual([
      ['背景技术', '缺少“技术领域”部分'],
      ['具体实施方式', '“具体实施方式”出现了不止一次'],
    ])
  })

  it('reports a CN description without headings once, at its first line', () => {
    expect(located('本发明涉及测量装置。\n现有的支架不稳。')).toEqual([['本发明涉及测量装置。', '说明书没有各部分的标题（技术领域、背景技术、发明内容、附图说明、具体实施方式）']])
  })

  it('reads US headings in capitals, needs no field heading, and reports at info', () => {
    expect(check('US', US_COMPLETE)).toEqual([])
    const noSummary = US_COMPLETE.replace('SUMMARY\nA stand is provided.\n', '')
    expect(check('US', noSummary)).toMatchObject([{ severity: 'info', message: { en: 'No "Summary" part' } }])
    expect(noSummary.slice(check('US', noSummary)[0]!.start, check('US', noSummary)[0]!.end)).toBe('BRIEF DESCRIPTION OF THE DRAWINGS')
  })

  it('asks an EP description for its technical field', () => {
    const description = `Technical Field\nStands.\n${US_COMPLETE}`
    expect(check('EP', description)).toEqual([])
    expect(check('EP', US_COMPLETE)).toMatchObject([{ severity: 'info', message: { en: 'No "Technical Field" part' } }])
  })

  it('does not take a sentence that starts like a heading for one', () => {
    const description = CN_COMPLETE.replace('现有的支架不稳。', '背景技术中的支架不稳。')
    expect(check('CN', description)).toEqual([])
  })
})
