import { describe, expect, it } from 'vitest'
import type { UserId } from '../domain/ids'
import { buildChecklist, checklistScore, unmetRequiredItems } from './checklist'
import { CHECKLIST_TEMPLATES } from './checklistTemplates'
import { ChecklistTemplateSchema, parseChecklistTemplate } from './checklistTemplateSchema'

const reviewer = 'reviewer-id' as UserId

describe('the built-in templates', () => {
  it.each(Object.entries(CHECKLIST_TEMPLATES))('%s adds up to 100 and holds as an admin’s template would', (_kind, template) => {
    expect(template.reduce((sum, item) => sum + item.weight, 0)).toBe(100)
    expect(ChecklistTemplateSchema.safeParse(template).success).toBe(true)
  })
})

describe('checklistScore', () => {
  it('counts passed weight over the weight of the items that apply, rounded', () => {
    expect(checklistScore([{ weight: 60, state: 'pass' }, { weight: 40, state: 'fail' }])).toBe(60)
    expect(checklistScore([{ weight: 60, state: 'pass' }, { weight: 40, state: 'n/a' }])).toBe(100)
    expect(checklistScore([{ weight: 1, state: 'pass' }, { weight: 2, state: 'open' }])).toBe(33)
    expect(checklistScore([{ weight: 10, state: 'n/a' }])).toBe(0)
  })
})

describe('buildChecklist', () => {
  const template = CHECKLIST_TEMPLATES.claims

  it('sets rule-bound items from open findings and keeps people’s marks with who and when', () => {
    const checklist = buildChecklist(
      template,
      [{ itemId: 'quality.scope', state: 'fail', note: 'too narrow', setBy: reviewer, setAt: '2026-11-30T00:00:00.000Z' }],
      new Map([['claims.antecedent-basis', 2]]),
      70,
      'en',
    )
    expect(checklist.items.find((i) => i.id === 'rule.antecedent-basis')).toMatchObject({ state: 'fail', note: '2 open findings', setBy: 'checker' })
    expect(checklist.items.find((i) => i.id === 'rule.support')).toMatchObject({ state: 'pass', setBy: 'checker' })
    expect(checklist.items.find((i) => i.id === 'quality.scope')).toMatchObject({ state: 'fail', note: 'too narrow', setBy: reviewer })
    expect(checklist.items.find((i) => i.id === 'quality.categories')).toMatchObject({ state: 'open', note: '' })
    expect(unmetRequiredItems(checklist).map((i) => i.id)).toEqual(['quality.prior-art-searched', 'quality.innovation-points'])
  })

  it('leaves an item open, saying why, when its rule had nothing to check against', () => {
    const why = { 'zh-CN': '说明书尚未撰写', en: 'The description is not written yet' }
    const checklist = buildChecklist(template, [], new Map(), 70, 'zh-CN', new Map([['claims.unsupported-term', why]]))
    expect(checklist.items.find((i) => i.id === 'rule.support')).toMatchObject({ state: 'open', note: '说明书尚未撰写', setBy: 'checker' })
    expect(checklist.items.find((i) => i.id === 'rule.antecedent-basis')).toMatchObject({ state: 'pass' })
  })

  it('fails "Referenced claims exist and come earlier" on a later claim as on a missing one', () => {
    const state = (rule: string) => buildChecklist(template, [], new Map([[rule, 1]]), 70, 'en').items.find((i) => i.id === 'rule.references')
    expect(state('claims.reference-missing')).toMatchObject({ state: 'fail', note: '1 open finding', rule: 'claims.reference-missing' })
    expect(state('claims.reference-forward')).toMatchObject({ state: 'fail', note: '1 open finding', rule: 'claims.reference-missing' })
    const both = buildChecklist(template, [], new Map([['claims.reference-missing', 1], ['claims.reference-forward', 2]]), 70, 'en')
    expect(both.items.find((i) => i.id === 'rule.references')).toMatchObject({ state: 'fail', note: '3 open findings' })
    expect(buildChecklist(CHECKLIST_TEMPLATES['oa-reply'], [], new Map([['claims.reference-forward', 1]]), 70, 'en').items
      .find((i) => i.id === 'rule.references')).toMatchObject({ state: 'fail' })
  })

  it('reads a template saved with one rule per item as before, and refuses further rules without a rule or with an unknown one', () => {
    const saved = [{ id: 'rule.references', label: { 'zh-CN': '引用正确', en: 'References correct' }, weight: 100, required: false, rule: 'claims.reference-missing' }]
    const parsed = parseChecklistTemplate(saved)
    expect(parsed).toEqual(saved)
    expect(buildChecklist(parsed!, [], new Map([['claims.reference-forward', 1]]), 70, 'en').items[0]).toMatchObject({ state: 'pass' })
    expect(parseChecklistTemplate([{ ...saved[0], alsoRules: ['claims.reference-forward'] }])).not.toBeNull()
    expect(parseChecklistTemplate([{ ...saved[0], rule: undefined, alsoRules: ['claims.reference-forward'] }])).toBeNull()
    expect(parseChecklistTemplate([{ ...saved[0], alsoRules: ['claims.no-such-rule'] }])).toBeNull()
  })

  it('labels items in the reader’s language', () => {
    const zh = buildChecklist(template, [], new Map(), 70, 'zh-CN')
    expect(zh.items[0]!.label).toBe(template[0]!.label['zh-CN'])
  })
})
