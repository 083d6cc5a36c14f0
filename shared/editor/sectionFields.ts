import type { LocalizedText } from '../i18n/locale'
import type { Locale } from '../i18n/locale'
import { DISCLOSURE_FIELDS } from '../rules/disclosureFields'

/** The sections of a claim set besides its claims. */
export const CLAIM_SET_SECTIONS = ['abstract', 'description'] as const

/** The free-text sections of an office-action reply besides its objections. */
export const REPLY_SECTIONS = ['summary', 'amendments'] as const

const OTHER_LABELS: Record<string, LocalizedText> = {
  abstract: { 'zh-CN': '摘要', en: 'Abstract' },
  description: { 'zh-CN': '说明书', en: 'Description' },
  summary: { 'zh-CN': '审查意见概述', en: 'Summary of the office action' },
  amendments: { 'zh-CN': '修改说明', en: 'Amendments' },
  amendedClaims: { 'zh-CN': '修改后的权利要求书', en: 'Amended claims' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
}

const LABELS: Record<string, LocalizedText> = {
  ...Object.fromEntries(DISCLOSURE_FIELDS.map((field) => [field.key, field.label])),
  ...OTHER_LABELS,
}

/** The heading of a section in the reader's language; an unknown key shows as itself. */
export function sectionLabel(field: string, locale: Locale): string {
  return LABELS[field]?.[locale] ?? field
}
