import type { Jurisdiction } from '../claims/types'

// Where each office dates what it receives: CNIPA in Beijing, the USPTO in Alexandria (a filing's
// date is the Eastern time date of its receipt, 37 CFR 1.6), the EPO in Munich.
const OFFICE_TIME_ZONES: Record<Jurisdiction, string> = { CN: 'Asia/Shanghai', US: 'America/New_York', EP: 'Europe/Berlin' }

const formats = new Map<Jurisdiction, Intl.DateTimeFormat>()

/**
 * The calendar date (YYYY-MM-DD) of an instant at the office of a matter: the date a version kept
 * at a step is named by, so that "提交申请时 2026-12-03" agrees with the filing date the office
 * gives, not with the server's UTC date (a CN team filing after midnight in Beijing is still on
 * the previous day in UTC).
 */
export function officeDate(jurisdiction: Jurisdiction, instant: Date | string = new Date()): string {
  let format = formats.get(jurisdiction)
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONES[jurisdiction], year: 'numeric', month: '2-digit', day: '2-digit' })
    formats.set(jurisdiction, format)
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant)
}
