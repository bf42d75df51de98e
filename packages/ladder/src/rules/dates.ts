// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC days so that time zones and daylight
// saving never shift a date. Pure: the assessment date always comes from the caller.
import { RuleEvaluationError } from './RuleError.js'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** A calendar date as year, month (1–12) and day. */
interface CalendarDate { readonly year: number; readonly month: number; readonly day: number }

/** Parses a real calendar date (so `2026-02-30` is not one), or returns null. */
export function parseIsoDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/**
 * True when `value` is an ISO date (YYYY-MM-DD) that exists in the calendar.
 *
 * @example
 * ```ts
 * isIsoDate('2028-02-29') //=> true
 * isIsoDate('2026-02-29') //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function toDayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS
}

function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const date = new Date(dayNumber * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** Adds months, clamping to the end of a shorter month (Jan 31 + 1 month = Feb 28 or 29). */
function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

function requireDate(operator: string, value: unknown, position: number): CalendarDate {
  const date = parseIsoDate(value)
  if (date === null) {
    throw new RuleEvaluationError(
      'invalid-date',
      `"${operator}" needs an ISO date (YYYY-MM-DD) that exists as argument ${position + 1}, got ${describeValue(value)}.`,
    )
  }
  return date
}

function requireInteger(operator: string, value: unknown, position: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RuleEvaluationError(
      'invalid-date-amount',
      `"${operator}" needs a whole number as argument ${position + 1}, got ${describeValue(value)}.`,
    )
  }
  return value
}

function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value)
}

/** `{"days_between": [from, to]}`: whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: unknown, to: unknown): number {
  return toDayNumber(requireDate('days_between', to, 1)) - toDayNumber(requireDate('days_between', from, 0))
}

/**
 * `{"months_between": [from, to]}`: whole calendar months from `from` to `to`: the largest n such
 * that `date_add(from, n, 'months')` is not after `to`. 2026-01-15 → 2026-02-14 is 0 months,
 * 2026-01-15 → 2026-02-15 is 1, and 2026-01-31 → 2026-02-28 is 1 (the month end is clamped).
 */
export function monthsBetween(from: unknown, to: unknown): number {
  const start = requireDate('months_between', from, 0)
  const end = requireDate('months_between', to, 1)
  const startDay = toDayNumber(start)
  const endDay = toDayNumber(end)
  let months = (end.year - start.year) * 12 + (end.month - start.month)
  if (endDay >= startDay) {
    if (toDayNumber(addMonthsToDate(start, months)) > endDay) months -= 1
  } else if (toDayNumber(addMonthsToDate(start, months)) < endDay) {
    months += 1
  }
  return months
}

/** The units `date_add` accepts. */
export const DATE_UNITS = ['days', 'weeks', 'months', 'years'] as const

/**
 * `{"date_add": [date, amount, unit]}`: the ISO date `amount` units after `date` (before it when
 * negative); months and years clamp to the end of a shorter month.
 */
export function dateAdd(date: unknown, amount: unknown, unit: unknown): string {
  const start = requireDate('date_add', date, 0)
  const count = requireInteger('date_add', amount, 1)
  switch (unit) {
    case 'days': return formatDate(fromDayNumber(toDayNumber(start) + count))
    case 'weeks': return formatDate(fromDayNumber(toDayNumber(start) + 7 * count))
    case 'months': return formatDate(addMonthsToDate(start, count))
    case 'years': return formatDate(addMonthsToDate(start, 12 * count))
    default:
      throw new RuleEvaluationError(
        'invalid-date-unit',
        `"date_add" needs a unit of ${DATE_UNITS.map((u) => `"${u}"`).join(', ')} as argument 3, got ${describeValue(unit)}.`,
      )
  }
}
