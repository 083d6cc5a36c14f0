import type { UserId } from '../domain/ids'
import type { Locale, LocalizedText } from '../i18n/locale'
import type { ChecklistTemplateItem } from './checklistTemplates'

export const CHECKLIST_STATES = ['open', 'pass', 'fail', 'n/a'] as const

export type ChecklistState = (typeof CHECKLIST_STATES)[number]

/** What a person recorded for one item. */
export interface ChecklistMark {
  itemId: string
  state: ChecklistState
  note: string
  setBy: UserId
  setAt: string
}

/** One item as the API and the page show it (docs/api.md `GET /api/documents/:id/checklist`). */
export interface ChecklistItem {
  id: string
  label: string
  weight: number
  required: boolean
  state: ChecklistState
  note: string
  /** The drafting rule that sets this item; absent for items people decide. */
  rule?: string
  /** A user id, or "checker" for rule-bound items. */
  setBy?: string
  setAt?: string
}

export interface Checklist {
  items: ChecklistItem[]
  score: number
  passLine: number
}

/** How many findings of a rule still count: not dismissed, and serious enough to fail an item. */
export type OpenFindingsByRule = ReadonlyMap<string, number>

/** Rules that had nothing to check against in this document, with why: their items stay open. */
export type UncheckedRules = ReadonlyMap<string, LocalizedText>

/**
 * A document's checklist: the template of its kind, the marks people set, and the rule-bound items
 * decided by the checker — pass when its rules (`rule` and `alsoRules`) have no undismissed error
 * or warning, else fail; open, saying why, when one of them had nothing to check (no description
 * to support the claims).
 */
export function buildChecklist(
  template: readonly ChecklistTemplateItem[],
  marks: readonly ChecklistMark[],
  openFindings: OpenFindingsByRule,
  passLine: number,
  locale: Locale,
  unchecked: UncheckedRules = new Map(),
): Checklist {
  const byId = new Map(marks.map((mark) => [mark.itemId, mark]))
  const items = template.map((question): ChecklistItem => {
    const base = { id: question.id, label: question.label[locale], weight: question.weight, required: question.required }
    if (question.rule) {
      const rules = [question.rule, ...(question.alsoRules ?? [])]
      const why = rules.map((rule) => unchecked.get(rule)).find((reason) => reason !== undefined)
      if (why) return { ...base, rule: question.rule, state: 'open', note: why[locale], setBy: 'checker' }
      const open = rules.reduce((sum, rule) => sum + (openFindings.get(rule) ?? 0), 0)
      return {
        ...base,
        rule: question.rule,
        state: open === 0 ? 'pass' : 'fail',
        note: open === 0 ? '' : locale === 'zh-CN' ? `${open} 条未处理的检查结果` : `${open} open finding${open === 1 ? '' : 's'}`,
        setBy: 'checker',
      }
    }
    const mark = byId.get(question.id)
    return mark
      ? { ...base, state: mark.state, note: mark.note, setBy: mark.setBy, setAt: mark.setAt }
      : { ...base, state: 'open', note: '' }
  })
  return { items, score: checklistScore(items), passLine }
}

/** Passed weight over the weight of the items that apply, out of 100, rounded. */
export function checklistScore(items: readonly Pick<ChecklistItem, 'weight' | 'state'>[]): number {
  const applicable = items.filter((i) => i.state !== 'n/a')
  const total = applicable.reduce((sum, i) => sum + i.weight, 0)
  if (total === 0) return 0
  const passed = applicable.filter((i) => i.state === 'pass').reduce((sum, i) => sum + i.weight, 0)
  return Math.round((passed / total) * 100)
}

/** The required items that have not passed (n/a counts as settled). */
export function unmetRequiredItems(checklist: Checklist): ChecklistItem[] {
  return checklist.items.filter((i) => i.required && i.state !== 'pass' && i.state !== 'n/a')
}
