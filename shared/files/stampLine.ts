import type { Locale } from '../i18n/locale'
import type { VersionStamp } from './officeLayout'

/**
 * The line that says which version a file or printout is, in the document's language: its name,
 * whether it is the approved one, and its content hash in full, so that anyone can match the
 * paper to the version in Claimroom.
 */
export function stampLine(stamp: VersionStamp, locale: Locale): string {
  if (locale === 'zh-CN') {
    const state = stamp.approved ? '已批准' : '未批准'
    return `版本：${stamp.name}（${state}） · 内容 SHA-256：${stamp.versionHash}`
  }
  const state = stamp.approved ? 'approved' : 'not approved'
  return `Version: ${stamp.name} (${state}) · content SHA-256: ${stamp.versionHash}`
}

/** The name a stamp gives the text as it is now rather than a saved version. */
export const CURRENT_TEXT_NAME: Record<Locale, string> = { 'zh-CN': '当前文本', en: 'Current text' }
