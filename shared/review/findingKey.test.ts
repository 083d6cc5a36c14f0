import { expect, it } from 'vitest'
import type { PatentDocumentContent } from '../editor/readPatentDocument'
import { descriptionParts } from '../rules/descriptionParts'
import { checkText } from '../rules/testing/factories'
import { findingKey } from './findingKey'

it('keys apart the findings one heading carries, so that dismissing one leaves the other', () => {
  // The template's empty headings, then a whole description pasted after them.
  const description = ['技术领域', '背景技术', '技术领域', '本发明涉及电池包。', '背景技术', '现有电池包散热差。'].join('\n')
  const content = { sections: new Map([['description', { text: description }]]) } as unknown as PatentDocumentContent
  const findings = checkText(descriptionParts, 'CN', '', { description }).filter((f) => description.slice(f.start, f.end) === '技术领域')
  expect(findings.map((f) => f.message['zh-CN']).sort()).toEqual(['“技术领域”出现了不止一次', '“技术领域”部分没有内容'])
  const keys = findings.map((f) => findingKey(f, content))
  expect(new Set(keys).size).toBe(2)
})
