import type { Locale } from '../../shared/i18n/locale'

/**
 * The locale dates and times are written in. English reads them as ISO dates on a 24-hour clock
 * (2026-12-02, 13:19), as deadlines and exports write them: "en" alone is American, 12/2/2026 —
 * 12 February to a European reader. Chinese as Chinese (2026/12/2 13:19).
 */
export function dateLocale(locale: Locale): string {
  return locale === 'en' ? 'en-CA-u-hc-h23' : locale
}
