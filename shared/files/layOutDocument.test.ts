import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { demoDisclosure } from '../../server/seed/demoContent'
import { analyzePatentDocument } from '../editor/analyzePatentDocument'
import { buildDocument } from '../editor/testing'
import { layOutDocument } from './layOutDocument'

const orderedList = (items: string[]): JSONContent => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: item }] }] })),
})

/** The demo disclosure with its points to protect written as a numbered list, as Word pastes them. */
function disclosureWithListedPoints() {
  const content = demoDisclosure()
  const points = content.content!.find((node) => node.type === 'section' && node.attrs?.field === 'protectionPoints')!
  points.content = [orderedList(['基于温升预测的前馈冷却控制方法；', '按覆冰类型选取冰密度。'])]
  return buildDocument('disclosure', content).doc
}

describe('a field written as a list', () => {
  it('counts as written for the checker', () => {
    const findings = analyzePatentDocument(disclosureWithListedPoints(), 'disclosure', 'CN').findings
    expect(findings.filter((finding) => finding.message['zh-CN'].includes('欲保护点'))).toEqual([])
  })

  it('keeps its numbers as text in the office layout', () => {
    const layout = layOutDocument(disclosureWithListedPoints(), 'disclosure', 'CN')
    const texts = layout.parts[0]!.blocks.map((block) => ('text' in block ? block.text : ''))
    expect(texts).toContain('1. 基于温升预测的前馈冷却控制方法；')
    expect(texts).toContain('2. 按覆冰类型选取冰密度。')
  })
})
