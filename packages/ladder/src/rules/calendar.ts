// Calendar arithmetic on ISO dates (YYYY-MM-DD) for the rule date operations and the domain modules (trajectories, agenda,
// analytics, fact validation). Pure and in UTC days, so time zones and daylight saving never
// shift a date; no function here reads the clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * True when `value` is an ISO date (YYYY-MM-DD) that exists in the calendar.
 *
 * @example
 * ```ts
 * isCalendarDate('2028-02-29') //=> true (leap year)
 * isCalendarDate('2026-02-29') //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** The day number (days since 1970-01-01) of an ISO date; the caller has checked it. */
export function toDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS
}

/** The ISO date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days)
}

/** `date` plus `months`, clamped to the end of a shorter month (2024-01-31 + 1 = 2024-02-29). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const day = Number(date.slice(8, 10))
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = index - newYear * 12 + 1
  const newDay = Math.min(day, daysInMonth(newYear, newMonth))
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toDayNumber(date) * DAY_MS).getUTCDay()
  return day === 0 ? 7 : day
}
