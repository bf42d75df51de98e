// The date operations of rules (days_between, months_between, date_add), on ISO dates checked
// here and computed by calendar.ts. Pure: the assessment date always comes from the caller.
import { RuleEvaluationError } from './RuleError.js'
import { addDays, addMonths, isCalendarDate, toDayNumber } from './calendar.js'

/**
 * Whether a value is an ISO date (YYYY-MM-DD) that exists in the calendar; the public alias of
 * `isCalendarDate`, the one check of dates.
 * @example
 * ```ts
 * isIsoDate('2026-02-29') //=> false
 * ```
 */
export const isIsoDate: (value: unknown) => value is string = isCalendarDate

function requireDate(operator: string, value: unknown, position: number): string {
  if (!isCalendarDate(value)) {
    throw new RuleEvaluationError(
      'invalid-date',
      `"${operator}" needs an ISO date (YYYY-MM-DD) that exists as argument ${position + 1}, got ${describeValue(value)}.`,
    )
  }
  return value
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
  const yearMonth = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7))
  let months = yearMonth(end) - yearMonth(start)
  if (endDay >= startDay) {
    if (toDayNumber(addMonths(start, months)) > endDay) months -= 1
  } else if (toDayNumber(addMonths(start, months)) < endDay) {
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
    case 'days': return addDays(start, count)
    case 'weeks': return addDays(start, 7 * count)
    case 'months': return addMonths(start, count)
    case 'years': return addMonths(start, 12 * count)
    default:
      throw new RuleEvaluationError(
        'invalid-date-unit',
        `"date_add" needs a unit of ${DATE_UNITS.map((u) => `"${u}"`).join(', ')} as argument 3, got ${describeValue(unit)}.`,
      )
  }
}
