import {
  builtinLadders, goalCompletionBySector, isCalendarDate, outflowByType, rungTransitions, timePerRung,
  type HistoryOutflowType, type Ladder, type ParticipantHistory, type Sector,
} from '@doorstart/ladder'
import { APIError, Forbidden, type Payload, type TypedUser } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { isSameId } from '../access/idOf'
import { toLadderInput, type StoredLadder } from '../collections/Ladders/ladderDocument'
import { SECTOR_LABELS } from '../collections/Workplaces'
import type { CohortReport, ReportTable, ReportText } from './CohortReport'
import { formatDay } from './reportDates'
import { loadGoalAchievements } from './loadGoalAchievements'
import { columnsOf, hasTable, query, queryArrays } from './readTables'
import { OUTFLOW_LABELS, SOURCE_LABELS, T } from './reportLabels'
import { MIN_CELL_SIZE, suppressCells, suppressCount } from './suppressCells'

export interface CohortReportOptions {
  centre: number | string
  /** First and last day of the period, `YYYY-MM-DD`, both included. */
  from: string
  to: string
  /** A ladder id (`participatieladder`); default the ladder most used at the centre. */
  ladder?: string | null
}

/** Who may see a centre's figures: admins any centre, policy viewers and centre admins their own. */
export const canReadCohortReport = (user: TypedUser | null | undefined, centre: number | string): boolean =>
  hasRole(user, 'admin') || (hasRole(user, 'policy-viewer', 'centre-admin') && isSameId(centreIdOf(user), centre))

/** The first instant of a day (a `YYYY-MM-DD` parameter) in Amsterdam: `column >= it` is `day(column) >= day`. */
const AMSTERDAM_DAY_START = (parameter: string): string => `(${parameter}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`
/** The first instant after a day (a `YYYY-MM-DD` parameter) in Amsterdam: `column < it` is `day(column) <= day`, and can use an index. */
const AMSTERDAM_DAY_AFTER = (parameter: string): string => `((${parameter}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`
/** The Amsterdam day of a timestamp in days since 1970-01-01: a number per row, not a string. */
const AMSTERDAM_DAY_NUMBER = (column: string): string => `((${column} AT TIME ZONE 'Europe/Amsterdam')::date - DATE '1970-01-01')`
type DayText = (day: number | null) => string | null
/** `YYYY-MM-DD` of a day number: one string per day, however many rows share it. */
const dayTexts = (): DayText => {
  const texts = new Map<number, string>()
  return (day) => {
    if (day === null) return null
    let text = texts.get(day)
    if (text === undefined) {
      text = new Date(day * 86_400_000).toISOString().slice(0, 10)
      texts.set(day, text)
    }
    return text
  }
}
/** One string per distinct value (ladder ids, rungs): the rows' copies are garbage at once instead of kept in the histories. */
const interned = (): (<T extends string | null>(value: T) => T) => {
  const values = new Map<string, string>()
  return <T extends string | null>(value: T): T => {
    if (value === null) return value
    const known = values.get(value)
    if (known !== undefined) return known as T
    values.set(value, value)
    return value
  }
}
const PAID_WORK = new Set(['paid-work', 'paid-work-with-support'])
const OUTFLOW_TYPES_SHOWN: HistoryOutflowType[] = ['paid-work', 'paid-work-with-support', 'education', 'volunteering', 'other-programme', 'stopped-health', 'stopped-moved', 'stopped-other', 'cap-reached']

const text = (value: { nl?: string | null; en?: string | null } | null | undefined, fallback: string): ReportText => ({
  nl: value?.nl || value?.en || fallback,
  en: value?.en || value?.nl || fallback,
})

interface TrajectoryRow { id: number; participant: number; start: string | null; exitDate: string | null; exitType: string | null }
interface EventRow { trajectory: number; type: string; date: string | null; lasting: boolean | null }

/**
 * The policy figures of one centre over a period: inflow and intake outcomes, refusals by
 * reason, rung transitions and time per rung, outflow by type with the 6-month follow-up,
 * returns after dropout and learning-goal completion per sector. Computed by the ladder library's
 * cohort analytics; every count of 1–4 people is suppressed (`null`), with a second cell where one
 * hidden cell could otherwise be worked out from a total. Nothing personal leaves this function.
 *
 * @throws Forbidden when the user may not see the centre's figures; APIError 400 for bad dates.
 */
export async function loadCohortReport(payload: Payload, user: TypedUser | null | undefined, options: CohortReportOptions): Promise<CohortReport> {
  if (!canReadCohortReport(user, options.centre)) throw new Forbidden()
  const { from, to } = options
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) {
    throw new APIError('from and to must be dates (YYYY-MM-DD), from not after to', 400, { code: 'invalid-period' }, true)
  }
  const centreDoc = await payload.findByID({ collection: 'centres', id: options.centre, depth: 0, overrideAccess: true }).catch(() => null)
  if (!centreDoc) throw new APIError('no such centre', 404, { code: 'centre-not-found' }, true)
  const centre = centreDoc.id
  const histories = new Map<number, { assessments: { ladder: string; asOf: string; rung: string | null }[]; outflow: { type: HistoryOutflowType; date: string }[]; goals: { goal: string; sector: Sector; achievedOn: string | null }[] }>()
  const historyOf = (participant: number) => {
    let history = histories.get(participant)
    if (!history) {
      history = { assessments: [], outflow: [], goals: [] }
      histories.set(participant, history)
    }
    return history
  }

  // The four reads go to PostgreSQL at once (each on its own connection); histories are filled in
  // as they come, and nothing below depends on the order.
  const dayText = dayTexts()
  const [referralTables, assessmentCounts, trajectoryTables, goalAchievements] = await Promise.all([
    loadReferralTables(payload, centre, from, to),
    loadAssessments(payload, centre, to, historyOf, dayText),
    loadTrajectories(payload, centre, from, to, historyOf, dayText),
    loadGoalAchievements(payload, centre, to),
  ])
  for (const [participant, goals] of goalAchievements) {
    historyOf(participant).goals.push(...goals.map(({ goal, sector, achieved }) => ({ goal, sector, achievedOn: achieved ? to : null })))
  }

  const ladderId = options.ladder || [...assessmentCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] || null
  const ladders = await Promise.all([...assessmentCounts.keys()].sort().map(async (id) => ({ id, ladder: await loadLadder(payload, id) })))
  const ladder = ladderId ? (ladders.find((entry) => entry.id === ladderId)?.ladder ?? (await loadLadder(payload, ladderId))) : null
  const all: ParticipantHistory[] = [...histories.entries()].map(([participant, history]) => ({ participant: String(participant), ...history }))

  const tables: ReportTable[] = [...referralTables]
  if (ladder) tables.push(...ladderTables(all, ladder, from, to))
  const outflow = outflowByType(all, { from, to, minCellSize: MIN_CELL_SIZE })
  // A suppressed count is null and must stay null (never `?? 0`).
  const outflowCount = (type: HistoryOutflowType): number | null => { const row = outflow.find((candidate) => candidate.type === type); return row === undefined ? 0 : row.count }
  tables.push({
    id: 'outflow',
    title: { nl: 'Uitstroom naar soort', en: 'Outflow by type' },
    chart: 'bar',
    columns: [{ key: 'people', label: T.people, unit: 'people' }],
    rows: OUTFLOW_TYPES_SHOWN.map((type) => ({ key: type, label: OUTFLOW_LABELS[type], values: [outflowCount(type)] })),
    note: { nl: 'Een persoon telt één keer per soort uitstroom.', en: 'A person counts once per outflow type.' },
  })
  tables.push(trajectoryTables.followUp)
  tables.push({
    id: 'returns',
    title: { nl: 'Uitval en terugkeer', en: 'Dropout and return' },
    chart: 'bar',
    columns: [{ key: 'people', label: T.people, unit: 'people' }],
    rows: (['dropout', 'return'] as const).map((type) => ({ key: type, label: OUTFLOW_LABELS[type], values: [outflowCount(type)] })),
  })
  const goals = goalCompletionBySector(all, { asOf: to, minCellSize: MIN_CELL_SIZE })
  tables.push({
    id: 'goals-by-sector',
    title: { nl: 'Behaalde leerdoelen per sector', en: 'Learning goals achieved per sector' },
    chart: 'bar',
    columns: [
      { key: 'completion', label: T.completion, unit: 'percent' },
      { key: 'participants', label: T.people, unit: 'people' },
      { key: 'goals', label: T.goals, unit: 'goals' },
      { key: 'achieved', label: T.achieved, unit: 'goals' },
    ],
    rows: goals.map((row) => ({
      key: row.sector,
      label: SECTOR_LABELS[row.sector] ?? { nl: row.sector, en: row.sector },
      values: [row.completionRate === null ? null : Math.round(row.completionRate * 1000) / 10, row.participants, row.goals, row.achieved],
    })),
    note: { nl: `Stand op ${formatDay(to)}; sectoren met minder dan ${MIN_CELL_SIZE} personen zijn verborgen.`, en: `As of ${formatDay(to)}; sectors with fewer than ${MIN_CELL_SIZE} people are hidden.` },
  })
  return {
    centre: { id: centre, name: String(centreDoc.name) },
    from,
    to,
    minCellSize: MIN_CELL_SIZE,
    ladder: ladder ? { id: ladder.id, title: text(ladder.title, ladder.id) } : null,
    ladders: ladders.map(({ id, ladder: found }) => ({ id, title: text(found?.title, id) })),
    tables,
  }
}

async function loadLadder(payload: Payload, ladderId: string): Promise<Ladder | null> {
  const { docs } = await payload.find({ collection: 'ladders', where: { ladderId: { equals: ladderId } }, sort: '-version', limit: 1, depth: 0, overrideAccess: true })
  const doc = docs[0] as StoredLadder | undefined
  if (doc) return toLadderInput(doc) as unknown as Ladder
  return (builtinLadders as Record<string, Ladder>)[ladderId] ?? null
}

async function loadReferralTables(payload: Payload, centre: number | string, from: string, to: string): Promise<ReportTable[]> {
  const r = columnsOf(payload, 'referrals')
  const rows = await query<{ source: string; status: string; reason: number | null; n: number }>(
    payload,
    `SELECT ${r.col('source')} AS source, ${r.col('status')} AS status, ${r.col('refusalReason')} AS reason, count(*)::int AS n
       FROM ${r.table} WHERE ${r.col('centre')} = $1 AND ${r.col('receivedOn')} >= ${AMSTERDAM_DAY_START('$2')} AND ${r.col('receivedOn')} < ${AMSTERDAM_DAY_AFTER('$3')}
      GROUP BY 1, 2, 3`,
    [centre, from, to],
  )
  const sum = (filter: (row: (typeof rows)[number]) => boolean): number => rows.filter(filter).reduce((total, row) => total + row.n, 0)
  const inflow = suppressCount(sum(() => true))
  const sources = Object.keys(SOURCE_LABELS)
  const bySource = suppressCells(sources.map((source) => sum((row) => row.source === source)))
  const outcomes = suppressCells([sum((row) => row.status === 'admitted'), sum((row) => row.status === 'refused'), sum((row) => row.status === 'received' || row.status === 'intake')])
  const { docs: reasons } = await payload.find({
    collection: 'refusal-reasons',
    where: { or: [{ centre: { equals: centre } }, { centre: { exists: false } }] },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const reasonCounts = reasons.map((reason) => sum((row) => row.status === 'refused' && row.reason === reason.id))
  // A refusal whose reason was deleted since still counts, as "other".
  const unknownReason = sum((row) => row.status === 'refused' && !reasons.some((reason) => reason.id === row.reason))
  const byReason = suppressCells(unknownReason ? [...reasonCounts, unknownReason] : reasonCounts)
  return [
    {
      id: 'inflow',
      title: { nl: 'Instroom: aanmeldingen naar herkomst', en: 'Inflow: referrals by source' },
      chart: 'bar',
      columns: [{ key: 'referrals', label: T.referrals, unit: 'people' }],
      rows: [...sources.map((source, i) => ({ key: source, label: SOURCE_LABELS[source]!, values: [bySource[i] ?? null] })), { key: 'total', label: T.total, values: [inflow] }],
    },
    {
      id: 'intake',
      title: { nl: 'Uitkomst van de aanmeldingen', en: 'Outcome of the referrals' },
      chart: 'bar',
      columns: [{ key: 'referrals', label: T.referrals, unit: 'people' }],
      rows: [
        { key: 'admitted', label: T.admitted, values: [outcomes[0] ?? null] },
        { key: 'refused', label: T.refused, values: [outcomes[1] ?? null] },
        { key: 'open', label: T.open, values: [outcomes[2] ?? null] },
        { key: 'total', label: T.total, values: [inflow] },
      ],
    },
    {
      id: 'refusals',
      title: { nl: 'Afwijzingen naar reden', en: 'Refusals by reason' },
      chart: 'bar',
      columns: [{ key: 'referrals', label: T.referrals, unit: 'people' }],
      rows: [
        ...reasons.map((reason, i) => ({ key: String(reason.code), label: text(reason.label, String(reason.code)), values: [byReason[i] ?? null] })),
        ...(unknownReason ? [{ key: 'other', label: { nl: 'Overig', en: 'Other' }, values: [byReason[reasons.length] ?? null] }] : []),
      ],
      note: { nl: 'Van de aanmeldingen in de periode.', en: 'Of the referrals received in the period.' },
    },
  ]
}

async function loadAssessments(
  payload: Payload,
  centre: number | string,
  to: string,
  historyOf: (participant: number) => { assessments: { ladder: string; asOf: string; rung: string | null }[] },
  dayText: DayText,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (!hasTable(payload, 'assessments')) return counts
  const a = columnsOf(payload, 'assessments')
  const rows = await queryArrays<[participant: number, ladder: string | null, asOf: number, rung: string | null]>(
    payload,
    // One placement per person, ladder and day: the one recorded last. A coach who assesses again
    // on the same day corrects the earlier one, and without this the analytics would pick one of
    // the two by the order PostgreSQL happens to return them in.
    `SELECT DISTINCT ON (1, 2, 3) ${a.col('participant')}, ${a.col('ladderKey')}, ${AMSTERDAM_DAY_NUMBER(a.col('asOf'))}, ${a.col('rung')}
       FROM ${a.table} WHERE ${a.col('centre')} = $1 AND ${a.col('voided')} IS NOT TRUE AND ${a.col('asOf')} < ${AMSTERDAM_DAY_AFTER('$2')}
      ORDER BY 1, 2, 3, ${a.col('createdAt')} DESC, ${a.col('id')} DESC`,
    [centre, to],
  )
  const intern = interned()
  for (const [participant, ladderKey, asOf, rung] of rows) {
    const ladder = intern(ladderKey)
    if (!ladder) continue
    historyOf(participant).assessments.push({ ladder, asOf: dayText(asOf)!, rung: intern(rung || null) })
    counts.set(ladder, (counts.get(ladder) ?? 0) + 1)
  }
  return counts
}

async function loadTrajectories(
  payload: Payload,
  centre: number | string,
  from: string,
  to: string,
  historyOf: (participant: number) => { outflow: { type: HistoryOutflowType; date: string }[] },
  dayText: DayText,
): Promise<{ followUp: ReportTable }> {
  const t = columnsOf(payload, 'trajectories')
  const e = columnsOf(payload, 'trajectories_events')
  const intern = interned()
  const [trajectories, events] = await Promise.all([
    queryArrays<[id: number, participant: number, start: number | null, exitDate: number | null, exitType: string | null]>(
      payload,
      `SELECT ${t.col('id')}, ${t.col('participant')}, ${AMSTERDAM_DAY_NUMBER(t.col('startDate'))}, ${AMSTERDAM_DAY_NUMBER(t.col('exit_date'))}, ${t.col('exit_type')}::text
         FROM ${t.table} WHERE ${t.col('centre')} = $1`,
      [centre],
    ).then((rows) => rows.map(([id, participant, start, exitDate, exitType]): TrajectoryRow => ({ id, participant, start: dayText(start), exitDate: dayText(exitDate), exitType: intern(exitType) }))),
    queryArrays<[trajectory: number, type: string, date: number | null, lasting: boolean | null]>(
      payload,
      `SELECT ${e.col('_parentID')}, ${e.col('type')}::text, ${AMSTERDAM_DAY_NUMBER(e.col('date'))}, ${e.col('lasting')}
         FROM ${e.table} JOIN ${t.table} ON ${t.col('id')} = ${e.col('_parentID')}
        WHERE ${t.col('centre')} = $1 AND ${e.col('type')} IN ('dropout', 'follow-up')`,
      [centre],
    ).then((rows) => rows.map(([trajectory, type, date, lasting]): EventRow => ({ trajectory, type: intern(type), date: dayText(date), lasting }))),
  ])
  const eventsOf = new Map<number, EventRow[]>()
  for (const event of events) {
    const list = eventsOf.get(event.trajectory) ?? []
    list.push(event)
    eventsOf.set(event.trajectory, list)
  }
  const byParticipant = new Map<number, TrajectoryRow[]>()
  for (const trajectory of trajectories) {
    if (trajectory.participant === null) continue
    const list = byParticipant.get(trajectory.participant) ?? []
    list.push(trajectory)
    byParticipant.set(trajectory.participant, list)
  }
  // Per person, their last exit to paid work in the period and what the follow-up found.
  const followUp = new Map<number, 'lasting' | 'returned' | 'unknown'>()
  for (const [participant, list] of byParticipant) {
    const history = historyOf(participant)
    const ends: string[] = []
    for (const trajectory of list) {
      if (trajectory.exitDate && trajectory.exitType) {
        history.outflow.push({ type: trajectory.exitType as HistoryOutflowType, date: trajectory.exitDate })
        ends.push(trajectory.exitDate)
      }
      for (const event of eventsOf.get(trajectory.id) ?? []) {
        if (event.type === 'dropout' && event.date) {
          history.outflow.push({ type: 'dropout', date: event.date })
          ends.push(event.date)
        }
      }
    }
    // A trajectory that starts after an earlier one ended or was dropped out of is a return.
    for (const trajectory of list) {
      if (trajectory.start && ends.some((end) => end < trajectory.start!)) history.outflow.push({ type: 'return', date: trajectory.start })
    }
    for (const trajectory of list) {
      if (!trajectory.exitDate || !trajectory.exitType || !PAID_WORK.has(trajectory.exitType) || trajectory.exitDate < from || trajectory.exitDate > to) continue
      const own = eventsOf.get(trajectory.id) ?? []
      const returned = own.some((event) => event.type === 'dropout' && (event.date ?? '') >= trajectory.exitDate!) ||
        list.some((other) => other.start !== null && other.start > trajectory.exitDate!)
      const lasting = own.some((event) => event.type === 'follow-up' && event.lasting === true)
      followUp.set(participant, returned ? 'returned' : lasting ? 'lasting' : 'unknown')
    }
  }
  const outcomes = ['lasting', 'returned', 'unknown'] as const
  const counts = outcomes.map((outcome) => [...followUp.values()].filter((value) => value === outcome).length)
  const published = suppressCells(counts)
  return {
    followUp: {
      id: 'follow-up',
      title: { nl: 'Uitstroom naar werk: nazorg na 6 maanden', en: 'Exits to work: 6-month follow-up' },
      chart: 'bar',
      columns: [{ key: 'people', label: T.people, unit: 'people' }],
      rows: [
        { key: 'lasting', label: T.lasting, values: [published[0] ?? null] },
        { key: 'returned', label: T.returned, values: [published[1] ?? null] },
        { key: 'unknown', label: T.unknownYet, values: [published[2] ?? null] },
        { key: 'total', label: T.total, values: [suppressCount(followUp.size)] },
      ],
      note: { nl: 'Personen met uitstroom naar betaald werk in de periode.', en: 'People who left for paid work in the period.' },
    },
  }
}

function ladderTables(histories: ParticipantHistory[], ladder: Ladder, from: string, to: string): ReportTable[] {
  const label = (rung: string | null): ReportText =>
    rung === null ? T.noRung : text(ladder.rungs.find((candidate) => candidate.id === rung)?.title, rung)
  const transitions = rungTransitions(histories, ladder, { from, to, minCellSize: MIN_CELL_SIZE })
  const durations = timePerRung(histories, ladder, { asOf: to, minCellSize: MIN_CELL_SIZE })
  return [
    {
      id: 'rung-transitions',
      title: { nl: `Tredes op ${formatDay(from)} (rijen) en ${formatDay(to)} (kolommen)`, en: `Rungs on ${formatDay(from)} (rows) and ${formatDay(to)} (columns)` },
      chart: 'matrix',
      columns: transitions.rungs.map((rung) => ({ key: rung ?? 'none', label: label(rung), unit: 'people' as const })),
      rows: [
        ...transitions.rungs.map((rung, i) => ({ key: rung ?? 'none', label: label(rung), values: [...(transitions.counts[i] ?? [])] })),
      ],
      note: {
        nl: `Personen gemeten op beide data: ${transitions.participants ?? `minder dan ${MIN_CELL_SIZE}`}.`,
        en: `People assessed by both dates: ${transitions.participants ?? `fewer than ${MIN_CELL_SIZE}`}.`,
      },
    },
    {
      id: 'time-per-rung',
      title: { nl: 'Tijd per trede', en: 'Time per rung' },
      chart: 'bar',
      columns: [
        { key: 'median', label: T.medianDays, unit: 'days' },
        { key: 'mean', label: T.meanDays, unit: 'days' },
        { key: 'people', label: T.people, unit: 'people' },
      ],
      rows: durations.map((row) => ({ key: row.rung ?? 'none', label: label(row.rung), values: [row.medianDays, row.meanDays, row.participants] })),
    },
  ]
}
