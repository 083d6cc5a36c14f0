import { z } from 'zod'

/** Whether a YYYY-MM-DD names a day the calendar has (not 2026-02-30). */
const isCalendarDay = (value: string): boolean => {
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value
}

/** A date as an office gives it, YYYY-MM-DD, and one the calendar has. */
export const calendarDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .refine(isCalendarDay, 'a date YYYY-MM-DD that the calendar has')
