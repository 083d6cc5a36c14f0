import { KEPT_VERSION_NAMES, type VersionView } from '../../shared/editor/versionApi'
import type { Locale } from '../../shared/i18n/locale'

/**
 * A version as a list shows it: its name and when it was kept, to the minute, in the reader's time
 * zone, so two kept the same day (two approvals, a second office action) differ by the time. A
 * version the workflow kept is named by its step in the reader's language: its stored name is in
 * the office's language and repeats the day.
 */
export function versionLabel(version: Pick<VersionView, 'name' | 'origin' | 'createdAt'>, locale: Locale): string {
  const kept = new Date(version.createdAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
  return `${KEPT_VERSION_NAMES[version.origin]?.[locale] ?? version.name} · ${kept}`
}

/**
 * A version's name in the reader's language: one the workflow kept is named by its step and day,
 * as it was stored but in the reader's words; one saved by name keeps it.
 */
export function versionName(version: Pick<VersionView, 'name' | 'origin' | 'createdAt'>, locale: Locale): string {
  const step = KEPT_VERSION_NAMES[version.origin]?.[locale]
  return step ? `${step} ${version.createdAt.slice(0, 10)}` : version.name
}
