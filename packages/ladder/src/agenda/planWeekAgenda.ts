import { DoorstartError } from '../errors/DoorstartError.js'
import { addDays, isCalendarDate, isoWeekday, toDayNumber } from '../rules/calendar.js'
import type { Locale, LocalizedText } from '../ladder/Ladder.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

/**
 * What kind of item an agenda entry is (matches the certificates package's work-agenda input).
 *
 * @example
 * ```ts
 * const kind: AgendaItemKind = 'coaching'
 * ```
 */
export type AgendaItemKind = 'work' | 'course' | 'coaching' | 'other'

/**
 * A recurring activity a centre offers: at a workplace, on a weekday, training some goals.
 *
 * @example
 * ```ts
 * const activity: CentreActivity = { id: 'keuken-ma', title: { nl: 'Keuken' }, kind: 'work', workplace: 'keuken', weekday: 1, start: '09:00', end: '13:00', trains: ['kitchen-hygiene'] }
 * ```
 */
export interface CentreActivity {
  /** Unique among the centre's activities. */
  readonly id: string
  readonly title: LocalizedText
  readonly kind: AgendaItemKind
  /** The workplace it takes place at (for work); only the participant's workplace is planned. */
  readonly workplace?: string
  readonly location?: string
  /** ISO weekday: 1 Monday … 7 Sunday. */
  readonly weekday: number
  /** HH:MM, 24-hour clock. */
  readonly start: string
  /** HH:MM, after `start`. */
  readonly end: string
  /** Ids of the learning goals this activity trains. */
  readonly trains: readonly string[]
  /** Planned whatever the goals (e.g. the weekly talk with the coach, DOMAIN.md §2 LPC). */
  readonly required?: boolean
}

/**
 * What the planner needs to know about the participant and the centre.
 *
 * @example
 * ```ts
 * const request: AgendaRequest = { weekStartsOn: '2026-03-02', hoursPerWeek: 32, openGoals: ['kitchen-hygiene'], activities: [] }
 * ```
 */
export interface AgendaRequest {
  /** The Monday the week starts on (YYYY-MM-DD). */
  readonly weekStartsOn: string
  /** Agreed hours a week (LPC default 32, DOMAIN.md §7.4); the plan never exceeds them. */
  readonly hoursPerWeek: number
  /** The participant's open learning goals, most important first. */
  readonly openGoals: readonly string[]
  readonly activities: readonly CentreActivity[]
  /** The participant's workplace; work at other workplaces is not planned. */
  readonly workplace?: string
  /** Weekdays the participant can come (default Monday–Friday). */
  readonly weekdays?: readonly number[]
  /** Language of the titles in the result (default `nl`). */
  readonly locale?: Locale
}

/**
 * One planned item.
 *
 * @example
 * ```ts
 * const item: AgendaItem = { activity: 'taalles', start: '13:30', end: '15:30', title: 'Taalles', kind: 'course', goals: ['dutch-at-work'] }
 * ```
 */
export interface AgendaItem {
  readonly activity: string
  readonly start: string
  readonly end: string
  readonly title: string
  readonly kind: AgendaItemKind
  readonly location?: string
  /** The open goals this item serves. */
  readonly goals: readonly string[]
}

/**
 * A weekly work agenda (werkweekagenda), ready for the certificates package to print.
 *
 * @example
 * ```ts
 * const agenda: WeekAgenda = planWeekAgenda({ weekStartsOn: '2026-03-02', hoursPerWeek: 32, openGoals: [], activities: [] })
 * agenda.days.length //=> 7
 * ```
 */
export interface WeekAgenda {
  readonly week: { readonly year: number; readonly number: number; readonly startsOn: string }
  /** Monday to Sunday, items in time order. */
  readonly days: readonly { readonly date: string; readonly activities: readonly AgendaItem[] }[]
  readonly hoursAgreed: number
  readonly hoursPlanned: number
  /** Per open goal: how many planned items train it. */
  readonly goals: readonly { readonly goal: string; readonly sessions: number }[]
  /** Open goals that no planned item trains (no fitting activity, or hours ran out). */
  readonly unservedGoals: readonly string[]
}

/**
 * Thrown by {@link planWeekAgenda} for input it cannot plan with: `invalid-week-start` (not a
 * Monday, or not a date), `invalid-time` (not HH:MM, or end not after start), `invalid-weekday`,
 * `invalid-hours`, `duplicate-activity-id`; `path` points into the request.
 *
 * @example
 * ```ts
 * try { planWeekAgenda({ ...request, weekStartsOn: '2026-03-03' }) }
 * catch (error) {
 *   if (error instanceof AgendaError) error.code //=> 'invalid-week-start'
 * }
 * ```
 */
export class AgendaError extends DoorstartError<LadderErrorCode> {}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** ISO 8601 week-numbering year and week of a Monday. */
function isoWeek(monday: string): { year: number; number: number } {
  const thursday = addDays(monday, 3)
  const year = Number(thursday.slice(0, 4))
  const dayOfYear = toDayNumber(thursday) - toDayNumber(`${thursday.slice(0, 4)}-01-01`)
  return { year, number: Math.floor(dayOfYear / 7) + 1 }
}

function check(request: AgendaRequest): void {
  if (!isCalendarDate(request.weekStartsOn) || isoWeekday(request.weekStartsOn) !== 1) {
    throw new AgendaError('invalid-week-start', 'weekStartsOn must be a Monday, written YYYY-MM-DD.', '/weekStartsOn')
  }
  if (!Number.isFinite(request.hoursPerWeek) || request.hoursPerWeek < 0 || request.hoursPerWeek > 168) {
    throw new AgendaError('invalid-hours', 'hoursPerWeek must be between 0 and 168.', '/hoursPerWeek')
  }
  const ids = new Set<string>()
  request.activities.forEach((activity, index) => {
    const path = `/activities/${index}`
    if (ids.has(activity.id)) throw new AgendaError('duplicate-activity-id', `Activity id "${activity.id}" is used twice.`, `${path}/id`)
    ids.add(activity.id)
    if (!Number.isInteger(activity.weekday) || activity.weekday < 1 || activity.weekday > 7) {
      throw new AgendaError('invalid-weekday', 'weekday must be 1 (Monday) to 7 (Sunday).', `${path}/weekday`)
    }
    for (const field of ['start', 'end'] as const) {
      if (!TIME.test(activity[field])) throw new AgendaError('invalid-time', `${field} must be a time written HH:MM.`, `${path}/${field}`)
    }
    if (minutes(activity.end) <= minutes(activity.start)) {
      throw new AgendaError('invalid-time', 'end must be after start.', `${path}/end`)
    }
  })
}

const compareSlots = (a: CentreActivity, b: CentreActivity): number =>
  a.weekday - b.weekday || minutes(a.start) - minutes(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Plans a participant's week (werkweekagenda, 000_3edb52956db5646c.txt: the paper diary that
 * turns development goals into weekly items, now a week plan that prints). Deterministic: the
 * same request gives the same agenda.
 *
 * 1. Required activities (e.g. the coach talk) first, as long as they fit.
 * 2. Then, greedily, the activity that best serves the open goals: a goal not yet served weighs
 *    four times as much as a goal already served, and earlier goals in `openGoals` weigh more;
 *    ties go to the earlier weekday, the earlier start, the smaller id.
 * 3. Then remaining hours are filled with other work at the participant's workplace, in time order.
 * Items never overlap, never fall on days the participant cannot come, and never exceed the
 * agreed hours.
 *
 * @throws {@link AgendaError} for a week start that is not a Monday, bad times or weekdays.
 * @example
 * ```ts
 * const agenda = planWeekAgenda({
 *   weekStartsOn: '2026-03-02', hoursPerWeek: 8, openGoals: ['kitchen-hygiene'],
 *   activities: [
 *     { id: 'keuken-ma', title: { nl: 'Keuken' }, kind: 'work', weekday: 1, start: '09:00', end: '13:00', trains: ['kitchen-hygiene'] },
 *     { id: 'coach', title: { nl: 'Gesprek werkcoach' }, kind: 'coaching', weekday: 3, start: '10:00', end: '11:00', trains: [], required: true },
 *   ],
 * })
 * agenda.hoursPlanned //=> 5
 * agenda.week //=> { year: 2026, number: 10, startsOn: '2026-03-02' }
 * ```
 */
export function planWeekAgenda(request: AgendaRequest): WeekAgenda {
  check(request)
  const locale = request.locale ?? 'nl'
  const weekdays = new Set(request.weekdays ?? [1, 2, 3, 4, 5])
  const open = request.openGoals
  const goalIndex = new Map(open.map((goal, index) => [goal, index]))
  const budget = Math.round(request.hoursPerWeek * 60)

  const candidates = request.activities
    .filter((a) => weekdays.has(a.weekday))
    .filter((a) => a.kind !== 'work' || a.workplace === undefined || request.workplace === undefined || a.workplace === request.workplace)
    .slice()
    .sort(compareSlots)
  const chosen: CentreActivity[] = []
  const served = new Map<string, number>()
  let used = 0

  const fits = (activity: CentreActivity): boolean => {
    const start = minutes(activity.start)
    const end = minutes(activity.end)
    if (used + end - start > budget) return false
    return chosen.every((other) => other.weekday !== activity.weekday || end <= minutes(other.start) || start >= minutes(other.end))
  }
  const take = (activity: CentreActivity): void => {
    chosen.push(activity)
    used += minutes(activity.end) - minutes(activity.start)
    for (const goal of activity.trains) if (goalIndex.has(goal)) served.set(goal, (served.get(goal) ?? 0) + 1)
  }
  const score = (activity: CentreActivity): number => activity.trains.reduce((sum, goal) => {
    const index = goalIndex.get(goal)
    if (index === undefined) return sum
    return sum + (open.length - index) * ((served.get(goal) ?? 0) === 0 ? 4 : 1)
  }, 0)

  for (const activity of candidates) if (activity.required === true && fits(activity)) take(activity)
  for (;;) {
    let best: CentreActivity | undefined
    let bestScore = 0
    for (const activity of candidates) {
      if (chosen.includes(activity)) continue
      const value = score(activity)
      if (value > bestScore && fits(activity)) {
        best = activity
        bestScore = value
      }
    }
    if (best === undefined) break
    take(best)
  }
  for (const activity of candidates) {
    if (activity.kind === 'work' && !chosen.includes(activity) && fits(activity)) take(activity)
  }

  chosen.sort(compareSlots)
  const days = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    date: addDays(request.weekStartsOn, weekday - 1),
    activities: chosen.filter((a) => a.weekday === weekday).map((a): AgendaItem => ({
      activity: a.id,
      start: a.start,
      end: a.end,
      title: a.title[locale] ?? a.title.nl ?? a.title.en ?? a.id,
      kind: a.kind,
      ...(a.location !== undefined ? { location: a.location } : {}),
      goals: a.trains.filter((goal) => goalIndex.has(goal)),
    })),
  }))
  return {
    week: { ...isoWeek(request.weekStartsOn), startsOn: request.weekStartsOn },
    days,
    hoursAgreed: request.hoursPerWeek,
    hoursPlanned: used / 60,
    goals: open.map((goal) => ({ goal, sessions: served.get(goal) ?? 0 })),
    unservedGoals: open.filter((goal) => (served.get(goal) ?? 0) === 0),
  }
}
