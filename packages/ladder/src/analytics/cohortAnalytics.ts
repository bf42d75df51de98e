// Cohort analytics for policy staff (DOMAIN.md §1: pseudonymised aggregates of ladder movement,
// outflow by type, duration, returns). Pure functions over assessment histories. Every count of
// people below the threshold (default 5) is suppressed (null), and when a table would have exactly
// one suppressed cell next to a published total, the smallest other non-zero cell is suppressed
// too, so the hidden one cannot be worked out by subtraction. Zero is shown: it identifies nobody.
import { DoorstartError } from '../errors/DoorstartError.js'
import { isCalendarDate, toDayNumber } from '../rules/calendar.js'
import type { OutflowType, Sector } from '../facts/vocabulary.js'
import type { Ladder } from '../ladder/Ladder.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

/**
 * An outflow event type in a history: the outflow types plus a dropout and a return.
 *
 * @example
 * ```ts
 * const type: HistoryOutflowType = 'return'
 * ```
 */
export type HistoryOutflowType = OutflowType | 'dropout' | 'return'

/**
 * One participant's history, under a pseudonymous id (never a name or BSN).
 *
 * @example
 * ```ts
 * const history: ParticipantHistory = {
 *   participant: 'a3f9c2', assessments: [{ ladder: 'participatieladder', asOf: '2026-01-15', rung: 'sociale-contacten' }],
 *   outflow: [{ type: 'paid-work', date: '2026-10-01' }], goals: [{ goal: 'kitchen-hygiene', sector: 'kitchen', achievedOn: '2026-06-01' }],
 * }
 * ```
 */
export interface ParticipantHistory {
  readonly participant: string
  /** Assessments in any order; `rung` is `null` when no rung was reached. */
  readonly assessments: readonly { readonly ladder: string; readonly asOf: string; readonly rung: string | null }[]
  readonly outflow?: readonly { readonly type: HistoryOutflowType; readonly date: string }[]
  readonly goals?: readonly { readonly goal: string; readonly sector: Sector; readonly achievedOn?: string | null }[]
}

/**
 * A count of people, or `null` when it is suppressed because it is below the threshold.
 *
 * @example
 * ```ts
 * const count: SuppressedCount = null // fewer than 5 people
 * ```
 */
export type SuppressedCount = number | null

/**
 * Options shared by the analytics functions.
 *
 * @example
 * ```ts
 * const options: SuppressionOptions = { minCellSize: 10 }
 * ```
 */
export interface SuppressionOptions {
  /** Counts of people from 1 up to this minus one are suppressed; default 5. */
  readonly minCellSize?: number
}

/**
 * Thrown for options the analytics cannot work with: `invalid-date` (path `/from`, `/to` or
 * `/asOf`) or `invalid-period` (`from` after `to`).
 *
 * @example
 * ```ts
 * try { outflowByType([], { from: '2026-02-30', to: '2026-12-31' }) }
 * catch (error) {
 *   if (error instanceof AnalyticsError) error.path //=> '/from'
 * }
 * ```
 */
export class AnalyticsError extends DoorstartError<LadderErrorCode> {}

function checkDate(name: string, value: string): void {
  if (!isCalendarDate(value)) throw new AnalyticsError('invalid-date', `${name} must be a date that exists, written YYYY-MM-DD.`, `/${name}`)
}

function checkPeriod(from: string, to: string): void {
  checkDate('from', from)
  checkDate('to', to)
  if (from > to) throw new AnalyticsError('invalid-period', '"from" must not be after "to".', '/from')
}

/** Suppresses small counts in place over a list of raw counts; returns the published counts. */
function suppressAll(counts: readonly number[], minCellSize: number): SuppressedCount[] {
  const published: SuppressedCount[] = counts.map((count) => (count > 0 && count < minCellSize ? null : count))
  const hidden = published.filter((count) => count === null).length
  if (hidden === 1) {
    let smallest = -1
    published.forEach((count, index) => {
      if (count !== null && count > 0 && (smallest < 0 || count < (published[smallest] ?? Infinity))) smallest = index
    })
    if (smallest >= 0) published[smallest] = null
  }
  return published
}

function suppressOne(count: number, minCellSize: number): SuppressedCount {
  return count > 0 && count < minCellSize ? null : count
}

/** The rung of a participant on a ladder at a date: the latest assessment on or before it. */
function rungAt(history: ParticipantHistory, ladder: string, date: string): { found: boolean; rung: string | null } {
  let bestDate = ''
  let rung: string | null = null
  for (const assessment of history.assessments) {
    if (assessment.ladder === ladder && assessment.asOf <= date && assessment.asOf > bestDate) {
      bestDate = assessment.asOf
      rung = assessment.rung
    }
  }
  return { found: bestDate !== '', rung }
}

/**
 * A rung transition matrix between two dates.
 *
 * @example
 * ```ts
 * const matrix: RungTransitions = rungTransitions([], builtinLadders.participatieladder, { from: '2026-01-01', to: '2026-12-31' })
 * matrix.participants //=> 0
 * ```
 */
export interface RungTransitions {
  readonly ladder: string
  readonly from: string
  readonly to: string
  /** Row and column labels: `null` (no rung reached) first, then the rungs lowest → highest. */
  readonly rungs: readonly (string | null)[]
  /** `counts[i][j]`: people on `rungs[i]` at `from` and on `rungs[j]` at `to`. */
  readonly counts: readonly (readonly SuppressedCount[])[]
  /** People assessed on this ladder by both dates. */
  readonly participants: SuppressedCount
}

/**
 * The rung transition matrix between two dates: for everyone assessed on the ladder on or before
 * both dates, their rung at `from` against their rung at `to` (each the latest assessment on or
 * before that date). Small cells are suppressed.
 *
 * @example
 * ```ts
 * const matrix = rungTransitions(histories, builtinLadders.participatieladder, { from: '2026-01-01', to: '2026-12-31' })
 * matrix.counts[2]?.[4] // people who went from rung 2 to rung 4, or null when fewer than 5
 * ```
 */
export function rungTransitions(
  histories: readonly ParticipantHistory[],
  ladder: Ladder,
  options: { readonly from: string; readonly to: string } & SuppressionOptions,
): RungTransitions {
  checkPeriod(options.from, options.to)
  const min = options.minCellSize ?? 5
  const labels: (string | null)[] = [null, ...ladder.rungs.map((rung) => rung.id)]
  const index = new Map<string | null, number>(labels.map((label, i) => [label, i]))
  const size = labels.length
  const raw = new Array<number>(size * size).fill(0)
  let participants = 0
  for (const history of histories) {
    const before = rungAt(history, ladder.id, options.from)
    if (!before.found) continue
    const after = rungAt(history, ladder.id, options.to)
    const row = index.get(before.rung)
    const column = index.get(after.rung)
    if (row === undefined || column === undefined) continue
    raw[row * size + column] = (raw[row * size + column] ?? 0) + 1
    participants += 1
  }
  const published = suppressAll(raw, min)
  return {
    ladder: ladder.id,
    from: options.from,
    to: options.to,
    rungs: labels,
    counts: labels.map((_, row) => published.slice(row * size, row * size + size)),
    participants: suppressOne(participants, min),
  }
}

/**
 * Time spent on one rung, over the people who spent time on it.
 *
 * @example
 * ```ts
 * const duration: RungDuration = { rung: 'onbetaald-werk', participants: 120, meanDays: 140.5, medianDays: 122 }
 * ```
 */
export interface RungDuration {
  readonly rung: string | null
  readonly participants: SuppressedCount
  /** `null` when suppressed. */
  readonly meanDays: number | null
  readonly medianDays: number | null
}

/**
 * Time spent per rung up to `asOf`: each assessment's rung holds from its date until the next
 * assessment on the same ladder (or `asOf`). Reports, per rung, how many people spent time on it
 * and the mean and median days; rungs with fewer than 5 people are suppressed.
 *
 * @example
 * ```ts
 * timePerRung(histories, builtinLadders.participatieladder, { asOf: '2026-12-31' })
 * //=> [{ rung: null, … }, { rung: 'geisoleerd', participants: 412, meanDays: 133.5, medianDays: 98 }, …]
 * ```
 */
export function timePerRung(
  histories: readonly ParticipantHistory[],
  ladder: Ladder,
  options: { readonly asOf: string } & SuppressionOptions,
): RungDuration[] {
  checkDate('asOf', options.asOf)
  const min = options.minCellSize ?? 5
  const labels: (string | null)[] = [null, ...ladder.rungs.map((rung) => rung.id)]
  const index = new Map<string | null, number>(labels.map((label, i) => [label, i]))
  const perRung: number[][] = labels.map(() => [])
  const days = new Array<number>(labels.length)
  // Day numbers are memoised per date string for this call only: histories repeat dates a lot.
  const cache = new Map<string, number>()
  const dayOf = (date: string): number => {
    let day = cache.get(date)
    if (day === undefined) {
      day = isCalendarDate(date) ? toDayNumber(date) : Number.NaN
      cache.set(date, day)
    }
    return day
  }
  const end = dayOf(options.asOf)
  const dates: number[] = []
  const rungs: number[] = []
  for (const history of histories) {
    dates.length = 0
    rungs.length = 0
    for (const assessment of history.assessments) {
      if (assessment.ladder !== ladder.id) continue
      const day = dayOf(assessment.asOf)
      const at = index.get(assessment.rung)
      if (!(day <= end) || at === undefined) continue
      // Insertion sort: a history has a handful of assessments, usually in order already.
      let i = dates.length
      dates.push(day)
      rungs.push(at)
      while (i > 0 && (dates[i - 1] ?? 0) > day) {
        dates[i] = dates[i - 1] ?? 0
        rungs[i] = rungs[i - 1] ?? 0
        i -= 1
      }
      dates[i] = day
      rungs[i] = at
    }
    if (dates.length === 0) continue
    days.fill(-1)
    for (let i = 0; i < dates.length; i += 1) {
      const at = rungs[i] ?? 0
      days[at] = Math.max(days[at] ?? -1, 0) + (dates[i + 1] ?? end) - (dates[i] ?? end)
    }
    days.forEach((total, at) => { if (total >= 0) perRung[at]?.push(total) })
  }
  return labels.map((rung, at) => {
    const values = perRung[at] ?? []
    const participants = suppressOne(values.length, min)
    if (participants === null || values.length === 0) {
      return { rung, participants, meanDays: null, medianDays: null }
    }
    const sorted = Float64Array.from(values).sort()
    const middle = sorted.length >> 1
    const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length
    return { rung, participants, meanDays: Math.round(mean * 10) / 10, medianDays: median }
  })
}

/** The outflow types reported, in this order. */
const OUTFLOW_ORDER: readonly HistoryOutflowType[] = [
  'paid-work', 'paid-work-with-support', 'education', 'volunteering', 'other-programme', 'stopped-health',
  'stopped-moved', 'stopped-other', 'cap-reached', 'dropout', 'return',
]

/**
 * Outflow by type within a period (both ends included): how many people had an outflow event of
 * each type (paid work with and without support, education, volunteering, other programme,
 * stopped, cap reached, dropout, return). A person counts once per type. Small counts suppressed.
 *
 * @example
 * ```ts
 * outflowByType(histories, { from: '2026-01-01', to: '2026-12-31' })
 * //=> [{ type: 'paid-work', count: 57 }, { type: 'paid-work-with-support', count: null }, …]
 * ```
 */
export function outflowByType(
  histories: readonly ParticipantHistory[],
  options: { readonly from: string; readonly to: string } & SuppressionOptions,
): { readonly type: HistoryOutflowType; readonly count: SuppressedCount }[] {
  checkPeriod(options.from, options.to)
  const position = new Map(OUTFLOW_ORDER.map((type, i) => [type, i]))
  const raw = new Array<number>(OUTFLOW_ORDER.length).fill(0)
  const seen = new Set<number>()
  for (const history of histories) {
    seen.clear()
    for (const event of history.outflow ?? []) {
      if (event.date < options.from || event.date > options.to) continue
      const at = position.get(event.type)
      if (at === undefined || seen.has(at)) continue
      seen.add(at)
      raw[at] = (raw[at] ?? 0) + 1
    }
  }
  // People can have several types, so there is no published total to subtract from: cells are
  // suppressed one by one.
  return OUTFLOW_ORDER.map((type, at) => ({ type, count: suppressOne(raw[at] ?? 0, options.minCellSize ?? 5) }))
}

/**
 * Learning-goal completion in one sector.
 *
 * @example
 * ```ts
 * const row: SectorGoalCompletion = { sector: 'kitchen', participants: 40, goals: 96, achieved: 51, completionRate: 0.531 }
 * ```
 */
export interface SectorGoalCompletion {
  readonly sector: Sector
  /** People with at least one goal in the sector. */
  readonly participants: SuppressedCount
  readonly goals: number | null
  readonly achieved: number | null
  /** achieved / goals, rounded to three decimals; `null` when suppressed or without goals. */
  readonly completionRate: number | null
}

/**
 * Learning-goal completion per sector on `asOf`: per sector, how many people had goals there,
 * how many goals, how many achieved on or before `asOf`, and the completion rate. Sectors with
 * fewer than 5 people are suppressed entirely, and an achieved count from 1 to 4 is suppressed
 * (with its rate); sectors are in alphabetical order.
 *
 * @example
 * ```ts
 * goalCompletionBySector(histories, { asOf: '2026-12-31' })
 * //=> [{ sector: 'kitchen', participants: 140, goals: 388, achieved: 201, completionRate: 0.518 }, …]
 * ```
 */
export function goalCompletionBySector(
  histories: readonly ParticipantHistory[],
  options: { readonly asOf: string } & SuppressionOptions,
): SectorGoalCompletion[] {
  checkDate('asOf', options.asOf)
  const min = options.minCellSize ?? 5
  const totals = new Map<Sector, { participants: number; goals: number; achieved: number }>()
  const sectorsOfPerson = new Set<Sector>()
  for (const history of histories) {
    sectorsOfPerson.clear()
    for (const goal of history.goals ?? []) {
      let total = totals.get(goal.sector)
      if (total === undefined) {
        total = { participants: 0, goals: 0, achieved: 0 }
        totals.set(goal.sector, total)
      }
      total.goals += 1
      if (goal.achievedOn !== undefined && goal.achievedOn !== null && goal.achievedOn <= options.asOf) total.achieved += 1
      if (!sectorsOfPerson.has(goal.sector)) {
        sectorsOfPerson.add(goal.sector)
        total.participants += 1
      }
    }
  }
  return [...totals.keys()].sort().map((sector) => {
    const total = totals.get(sector) ?? { participants: 0, goals: 0, achieved: 0 }
    const participants = suppressOne(total.participants, min)
    if (participants === null) return { sector, participants, goals: null, achieved: null, completionRate: null }
    // A handful of achieved goals could point at a person too: suppressed like a small cell.
    const achieved = suppressOne(total.achieved, min)
    return {
      sector,
      participants,
      goals: total.goals,
      achieved,
      completionRate: achieved === null || total.goals === 0 ? null : Math.round((achieved / total.goals) * 1000) / 1000,
    }
  })
}
