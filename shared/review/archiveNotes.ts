import { isMatterGrade, type MatterGrade } from '../domain/workflow'
import type { Locale } from '../i18n/locale'

/**
 * How the line an overriding approval adds to its archive note begins, per language. The note
 * holds a line in each, since an entry is never rewritten and the archive is read (and exported)
 * in both; a reader is shown the line of their own.
 */
export const OVERRIDDEN_LINE: Record<Locale, string> = { 'zh-CN': '未通过而批准：', en: 'Approved despite: ' }

/** The note of a matter's move to granted: its grade, in a form any language can be read from. */
export const gradeNote = (grade: MatterGrade): string => `grade ${grade}`

/** The grade a note records, or null when it records none. */
export function gradeInNote(note: string): MatterGrade | null {
  const grade = /^grade ([A-Z])$/.exec(note)?.[1]
  return grade && isMatterGrade(grade) ? grade : null
}

/** An archive note as a reader of `locale` reads it: the overridden checks in their language only. */
export function noteFor(note: string, locale: Locale): string {
  const other = OVERRIDDEN_LINE[locale === 'zh-CN' ? 'en' : 'zh-CN']
  return note
    .split('\n')
    .filter((line) => !line.startsWith(other))
    .join('\n')
}
