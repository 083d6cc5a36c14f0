import { z } from 'zod'
import { DOCUMENT_KINDS } from '../domain/documentKinds'
import { RULE_IDS } from '../rules/ruleIds'
import type { ChecklistTemplateItem } from './checklistTemplates'

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS)

const RuleId = z.string().refine((id) => RULE_ID_SET.has(id), 'not a drafting rule id (shared/rules/ruleIds.ts)')

// Templates saved before `alsoRules` name one rule and read as they were.
const TemplateItem = z.object({
  id: z.string().regex(/^[a-z0-9.-]{1,60}$/, 'ids are lower-case letters, digits, dots and dashes'),
  label: z.object({ 'zh-CN': z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) }),
  weight: z.number().int().min(1).max(100),
  required: z.boolean().default(false),
  rule: RuleId.optional(),
  alsoRules: z.array(RuleId).max(10).optional(),
}).refine((item) => item.alsoRules === undefined || item.rule !== undefined, 'alsoRules needs a rule')

/**
 * A checklist template as an admin may set it: unique item ids, both languages, whole weights
 * that add up to 100 so the score stays out of 100, rule-bound items naming real rules.
 */
export const ChecklistTemplateSchema = z
  .array(TemplateItem)
  .min(1)
  .max(100)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique')
  .refine((items) => items.reduce((sum, i) => sum + i.weight, 0) === 100, 'the weights must add up to 100')

export const ChecklistSettingsSchema = z
  .object({
    passLine: z.number().int().min(0).max(100).optional(),
    templates: z.object(Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, ChecklistTemplateSchema.optional()]))).strict().optional(),
  })
  .strict()

/** Parses a stored or submitted template; null when it does not hold. */
export function parseChecklistTemplate(value: unknown): ChecklistTemplateItem[] | null {
  const parsed = ChecklistTemplateSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
