import { KEPT_VERSION_NAMES, type VersionView } from '../../shared/editor/versionApi'
import type { Locale } from '../../shared/i18n/locale'
import { dateLocale } from '../i18n/dateLocale'

/**
 * A version as a list shows it: its name, when it was kept, to the minute, in the reader's time
 * zone, and the start of its content hash — two approvals within a minute differ by their text,
 * and equal hashes say two versions read the same, as the approval panel shows them. A version the
 * workflow kept is named by its step in the reader's language: its stored name is in the office's
 * language and repeats the day.
 */
export function versionLabel(version: Pick<VersionView, 'name' | 'origin' | 'createdAt' | 'versionHash'>, locale: Locale): string {
  const kept = new Date(version.createdAt).toLocaleString(dateLocale(locale), { dateStyle: 'short', timeStyle: 'short' })
  return `${KEPT_VERSION_NAMES[version.origin]?.[locale] ?? version.name} · ${kept} · ${shortHash(version.versionHash)}`
}

/** The first characters of a content hash, as the approval panel and the files' footers show it. */
export const shortHash = (versionHash: string): string => versionHash.slice(0, 12)

/**
 * A version's name in the reader's language: one the workflow kept is named by its step and day,
 * as it was stored but in the reader's words — the day its stored name gives (the date at the
 * matter's office, as the files' footers print it), else the reader's; one saved by name keeps it.
 */
export function versionName(version: Pick<VersionView, 'name' | 'origin' | 'createdAt'>, locale: Locale): string {
  const step = KEPT_VERSION_NAMES[version.origin]?.[locale]
  if (!step) return version.name
  // en-CA writes the reader's own date as YYYY-MM-DD.
  const day = /\d{4}-\d{2}-\d{2}$/.exec(version.name)?.[0] ?? new Date(version.createdAt).toLocaleDateString('en-CA')
  return `${step} ${day}`
}
