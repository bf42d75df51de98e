// Date-only values (an assessment's asOf, a review's date) are days in the Netherlands, whatever
// the server's time zone: "today" is today in Europe/Amsterdam, and a stored timestamp is read back
// as the Amsterdam day it falls on.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Whether `value` is a `YYYY-MM-DD` day that exists. */
export const isCalendarDay = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const match = ISO_DAY.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/**
 * The Amsterdam day (`YYYY-MM-DD`) of a stored or submitted date: a `YYYY-MM-DD` string as it is,
 * a timestamp as the day it falls on in Europe/Amsterdam; `null` when it is no date.
 *
 * @example
 * dayOf('2026-02-28T23:00:00.000Z') //=> '2026-03-01' (midnight in Amsterdam)
 */
export const dayOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && ISO_DAY.test(value)) return isCalendarDay(value) ? value : null
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) return null
  // Amsterdam has always been between UTC and UTC+2 (+00:19:32 before 1940, then CET/CEST), so
  // before 22:00 UTC its day is the UTC day. Stored days (noon UTC) take this path: Intl's
  // formatter costs microseconds, and a worklist reads thousands of dates.
  const year = date.getUTCFullYear()
  if (date.getUTCHours() < 22 && year >= 1000 && year <= 9999) return date.toISOString().slice(0, 10)
  return amsterdam.format(date)
}

/** Today in Europe/Amsterdam. */
export const todayInAmsterdam = (now: Date = new Date()): string => amsterdam.format(now)

/**
 * How a day is stored in a Payload date field: noon UTC, which is the same day in every European
 * time zone (midnight UTC is the previous evening west of Greenwich and shifts in the date picker).
 */
export const storedDay = (day: string): string => `${day}T12:00:00.000Z`

/** Adds days to a `YYYY-MM-DD` day. */
export const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Adds calendar months to a day, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export const addMonths = (day: string, months: number): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date, last))
  return target.toISOString().slice(0, 10)
}

/** The Monday of the ISO week a day falls in. */
export const mondayOf = (day: string): string => {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay() || 7
  return addDays(day, 1 - weekday)
}

/**
 * The Monday of an ISO week written `YYYY-Www` (e.g. `2026-W10` → `2026-03-02`); `null` when the
 * week does not exist.
 */
export const mondayOfIsoWeek = (week: string): string | null => {
  const match = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!match) return null
  const year = Number(match[1])
  const number = Number(match[2])
  if (number < 1 || number > 53) return null
  // Week 1 is the week with 4 January in it.
  const firstMonday = mondayOf(`${match[1]}-01-04`)
  const monday = addDays(firstMonday, (number - 1) * 7)
  // Week 53 exists only in years whose week-numbering has it.
  const thursday = addDays(monday, 3)
  return Number(thursday.slice(0, 4)) === year ? monday : null
}

/** The ISO week (`YYYY-Www`) of a day. */
export const isoWeekOf = (day: string): string => {
  const thursday = addDays(mondayOf(day), 3)
  const year = thursday.slice(0, 4)
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3)
  const number = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1
  return `${year}-W${String(number).padStart(2, '0')}`
}
