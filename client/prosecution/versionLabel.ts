import type { VersionView } from '../../shared/editor/versionApi'
import type { Locale } from '../../shared/i18n/locale'

/**
 * A version as a list shows it: its name and when it was kept, to the minute, in the reader's time
 * zone. Versions kept by the workflow are named by their step and day, so two kept the same day
 * (two approvals, a second office action) differ only by the time.
 */
export function versionLabel(version: Pick<VersionView, 'name' | 'createdAt'>, locale: Locale): string {
  const kept = new Date(version.createdAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
  return `${version.name} · ${kept}`
}
