// Which learning goals each participant of a centre worked on (had an observation of) by a date,
// and which of them the evidence had met. Two years of a large centre are a quarter of a million
// observations: shipping them to Node and evaluating every goal per person took seconds, and
// counting them in PostgreSQL per request still took about one. A goal whose evidence is exactly
// the ladder library's `observationRule(requirement)` (every built-in work-skill goal) is read from
// `goal_progress`, which PostgreSQL keeps up to date as observations are written (triggers in the
// migration `goal_progress`): per person and goal, from which day on which workplace's
// observation was the latest and whether the requirement was met. Such a goal is counted from the
// observations per request when the stored requirement is not the library's (an older built-in)
// or several goals share its id; any other rule (a course, a centre's own JSON Logic) is still
// decided by the engine, on that person's observations.
// test/cms/goalAchievement.test.ts and test/cms/goalProgress.test.ts hold the ways against each other.
import {
  builtinLearningGoals, compileLearningGoals, observationRule, place, SECTORS,
  type LearningGoal, type ObservationRequirement, type ObserverRole, type Sector,
} from '@doorstart/ladder'
import type { Payload } from 'payload'
import { columnsOf, hasTable, queryArrays } from './readTables'

/** One goal of one participant: the sector it was worked on in (of the latest observation) and whether it was achieved. */
export interface GoalAchievement {
  goal: string
  sector: Sector
  achieved: boolean
}

/**
 * How the report reads who observed: the observer's role as a user (as the coach's screens record
 * it). PostgreSQL's `goal_progress_observer_role` (migration `goal_progress`) is the same mapping
 * for the maintained figures; test/cms/goalProgress.test.ts holds the two together.
 */
export const OBSERVER_ROLE_OF_USER: Readonly<Record<string, ObserverRole>> = { 'work-supervisor': 'supervisor', coach: 'coach', 'centre-admin': 'coach', admin: 'coach' }
/** The role of an observation without an observer (a deleted user) or with a user of another role. */
export const DEFAULT_OBSERVER_ROLE: ObserverRole = 'supervisor'

const AMSTERDAM_DATE = (column: string): string => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`
/** `column < it` is "on or before `day` in Amsterdam" (a `YYYY-MM-DD` parameter). */
const BEFORE_DAY_AFTER = (parameter: string): string => `((${parameter}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`
const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortKeys)
    : value !== null && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]))
      : value

/** The requirement when the goal's rule is exactly the one the library builds from it (key order aside: jsonb reorders keys). */
const requirementOf = (goal: LearningGoal): ObservationRequirement | null => {
  const requirement = goal.evidence.observations
  if (!requirement || requirement.goal !== goal.id) return null
  return JSON.stringify(sortKeys(goal.evidence.rule)) === JSON.stringify(sortKeys(observationRule(requirement))) ? requirement : null
}

const sectorOf = (sector: string | null, sectors: ReadonlySet<string>): Sector => (sector && sectors.has(sector) ? sector : 'general') as Sector

/** How {@link loadGoalAchievements} decides the goals whose evidence is an observation requirement. */
export interface GoalAchievementOptions {
  /** Decide every goal with the engine (the reference the SQL is tested against). */
  engineOnly?: boolean
  /** Count them from the observations in this request instead of reading `goal_progress`. */
  recount?: boolean
}

/**
 * The learning goals with at least one observation on or before `asOf` at the centre, per
 * participant, and whether each was achieved on `asOf`.
 */
export async function loadGoalAchievements(
  payload: Payload,
  centre: number | string,
  asOf: string,
  options: GoalAchievementOptions = {},
): Promise<Map<number, GoalAchievement[]>> {
  const result = new Map<number, GoalAchievement[]>()
  if (!hasTable(payload, 'observations')) return result
  const o = columnsOf(payload, 'observations')
  const g = columnsOf(payload, 'learning_goals')
  const w = columnsOf(payload, 'workplaces')
  const u = columnsOf(payload, 'users')
  const definitions = await loadGoalDefinitions(payload, centre)
  const sectors = new Set<string>(SECTORS)
  const push = (participant: number, achievement: GoalAchievement): void => {
    const list = result.get(participant)
    if (list) list.push(achievement)
    else result.set(participant, [achievement])
  }
  const role = `CASE ${u.col('role')}::text ${Object.entries(OBSERVER_ROLE_OF_USER).map(([user, observer]) => `WHEN ${literal(user)} THEN ${literal(observer)}`).join(' ')} ELSE ${literal(DEFAULT_OBSERVER_ROLE)} END`
  const level = `coalesce(${o.col('level')}::float8, CASE ${o.col('positive')} WHEN true THEN 3 WHEN false THEN 1 END)`
  const joins = `JOIN ${g.table} ON ${g.col('id')} = ${o.col('learningGoal')}
       LEFT JOIN ${w.table} ON ${w.col('id')} = ${o.col('workplace')}
       LEFT JOIN ${u.table} ON ${u.col('id')} = ${o.col('observer')}`
  const inPeriod = `${o.col('centre')} = $1 AND ${o.col('observedOn')} < ${BEFORE_DAY_AFTER('$2')}`

  const counted = options.engineOnly ? [] : definitions.flatMap((goal) => { const requirement = requirementOf(goal); return requirement ? [requirement] : [] })
  const countedIds = new Set(counted.map((requirement) => requirement.goal))
  const evaluated = definitions.filter((goal) => !countedIds.has(goal.id))
  const maintained = options.recount || counted.length === 0 ? { read: [], recount: counted } : await maintainedGoals(payload, counted)
  // The three reads go to PostgreSQL at once; their results are taken in this order.
  const [maintainedRows, countedRows, rows] = await Promise.all([
    maintained.read.length > 0 ? readGoalProgress(payload, centre, asOf, maintained.read) : [],
    maintained.recount.length > 0 ? countGoals(payload, centre, asOf, maintained.recount, { role, level, inPeriod }) : [],
    evaluated.length > 0 ? readObservations(payload, centre, asOf, evaluated, { role, level, joins, inPeriod }) : [],
  ])
  for (const [participant, goal, sector, achieved] of maintainedRows) push(participant, { goal, sector: sectorOf(sector, sectors), achieved })
  for (const [participant, goal, sector, achieved] of countedRows) push(participant, { goal, sector: sectorOf(sector, sectors), achieved: achieved === true })
  if (evaluated.length === 0) return result
  const ladders = new Map(evaluated.map((goal) => [goal.id, compileLearningGoals([goal]).ladder]))
  for (let start = 0; start < rows.length;) {
    const participant = rows[start]![0]
    let end = start
    while (end < rows.length && rows[end]![0] === participant) end += 1
    const own = rows.slice(start, end)
    const facts = { observations: own.map(([, goal, , level, date, observerRole]) => ({ goal, date, observerRole, level })) }
    // In date order: the last sector seen for a goal is that of its latest observation.
    const sectorOfGoal = new Map<string, string | null>()
    for (const [, goal, sector] of own) sectorOfGoal.set(goal, sector)
    for (const [goal, sector] of sectorOfGoal) {
      const ladder = ladders.get(goal)
      // A goal is placed exactly when its evidence rule is met.
      if (ladder) push(participant, { goal, sector: sectorOf(sector, sectors), achieved: place(ladder, facts, { asOf }).rung !== null })
    }
    start = end
  }
  return result
}

interface GoalSql { role: string; level: string; inPeriod: string; joins?: string }

/**
 * Which of the counted goals `goal_progress` answers for: those with exactly one learning goal of
 * that id (observations of two same-named goals are counted together) whose stored requirement is
 * the library's (the triggers count by the stored one; jsonb equality ignores key order). A goal
 * nobody defined has no observations and is left out of both.
 */
async function maintainedGoals(payload: Payload, counted: ObservationRequirement[]): Promise<{ read: { id: number; goal: string }[]; recount: ObservationRequirement[] }> {
  const g = columnsOf(payload, 'learning_goals')
  const rows = await queryArrays<[goal: string, definitions: number, id: number | null, same: boolean | null]>(
    payload,
    `SELECT r.goal, count(${g.col('id')})::int, min(${g.col('id')}), bool_and(${g.col('evidence_observations')} = r.requirement)
       FROM unnest($1::text[], $2::jsonb[]) r (goal, requirement) LEFT JOIN ${g.table} ON ${g.col('goalId')} = r.goal
      GROUP BY r.goal`,
    [counted.map((requirement) => requirement.goal), counted.map((requirement) => JSON.stringify(requirement))],
  )
  const read: { id: number; goal: string }[] = []
  const recount = new Set<string>()
  for (const [goal, definitions, id, same] of rows) {
    if (definitions === 1 && same === true && id !== null) read.push({ id, goal })
    else if (definitions > 0) recount.add(goal)
  }
  return { read, recount: counted.filter((requirement) => recount.has(requirement.goal)) }
}

/**
 * From `goal_progress`, per participant and goal observed at the centre on or before `asOf`: the
 * sector of the latest observation's workplace and whether the requirement was met, as
 * {@link countGoals} counts them: the row whose days hold `asOf`. Goals and sectors come as
 * numbers and are named here, one string each instead of one per row.
 */
async function readGoalProgress(
  payload: Payload, centre: number | string, asOf: string, goals: { id: number; goal: string }[],
): Promise<[participant: number, goal: string, sector: string | null, achieved: boolean][]> {
  const w = columnsOf(payload, 'workplaces')
  const [rows, workplaces] = await Promise.all([
    queryArrays<[participant: number, goal: number, workplace: number | null, achieved: boolean]>(
      payload,
      `SELECT participant_id, array_position($2::int[], learning_goal_id), workplace_id, achieved FROM goal_progress
        WHERE centre_id = $1 AND learning_goal_id = ANY ($2::int[]) AND since <= $3::date AND (until IS NULL OR until > $3::date)`,
      [centre, goals.map((goal) => goal.id), asOf],
    ),
    queryArrays<[id: number, sector: string | null]>(payload, `SELECT ${w.col('id')}, ${w.col('sector')}::text FROM ${w.table}`),
  ])
  const sectors = new Map(workplaces)
  return rows.map(([participant, goal, workplace, achieved]) => [participant, goals[goal - 1]!.goal, workplace === null ? null : (sectors.get(workplace) ?? null), achieved])
}

/**
 * Per participant and goal: the observations that qualify (role, level; all are on or before
 * asOf), how many, and the days from the first to the last, as observationRule counts them.
 * An accepted observer's observation without a level leaves the rule unknown: not achieved.
 * No ordered aggregate (it would sort a quarter of a million rows): the latest observation's
 * workplace rides in the greatest (epoch milliseconds × 10^6 + workplace id), so PostgreSQL can
 * hash the groups (with the memory for it: at the default `work_mem` it sorts them on disk);
 * days are taken in Amsterdam of the first and last qualifying instant only.
 */
async function countGoals(
  payload: Payload, centre: number | string, asOf: string, counted: ObservationRequirement[], sql: GoalSql,
): Promise<[participant: number, goal: string, sector: string | null, achieved: boolean][]> {
  const o = columnsOf(payload, 'observations')
  const g = columnsOf(payload, 'learning_goals')
  const w = columnsOf(payload, 'workplaces')
  const u = columnsOf(payload, 'users')
  return queryArrays<[participant: number, goal: string, sector: string | null, achieved: boolean]>(
    payload,
    `WITH requirement (goal, roles, min_level, min_observations, min_span_days) AS (
       SELECT * FROM unnest($3::text[], $4::text[], $5::float8[], $6::int[], $7::int[])),
     accepted (goal, role) AS (SELECT DISTINCT goal, unnest(string_to_array(roles, ',')) FROM requirement),
     per_goal AS (
       SELECT ${o.col('participant')} AS participant, r.goal, r.min_observations, r.min_span_days,
              count(*) FILTER (WHERE x.qualifies) AS counted,
              ${AMSTERDAM_DATE(`max(${o.col('observedOn')}) FILTER (WHERE x.qualifies)`)} - ${AMSTERDAM_DATE(`min(${o.col('observedOn')}) FILTER (WHERE x.qualifies)`)} AS span_days,
              bool_or(x.accepted AND x.level IS NULL) AS unknown,
              max((extract(epoch FROM ${o.col('observedOn')}) * 1000)::bigint * 1000000 + coalesce(${o.col('workplace')}, 0)) % 1000000 AS workplace
         FROM ${o.table}
         JOIN ${g.table} ON ${g.col('id')} = ${o.col('learningGoal')}
         JOIN requirement r ON r.goal = ${g.col('goalId')}
         LEFT JOIN ${u.table} ON ${u.col('id')} = ${o.col('observer')}
         LEFT JOIN accepted a ON a.goal = r.goal AND a.role = ${sql.role}
         CROSS JOIN LATERAL (SELECT a.goal IS NOT NULL AS accepted, ${sql.level} AS level) y
         CROSS JOIN LATERAL (SELECT y.accepted, y.level, y.accepted AND y.level >= r.min_level AS qualifies) x
        WHERE ${sql.inPeriod}
        GROUP BY 1, 2, 3, 4)
     SELECT p.participant, p.goal, ${w.col('sector')}::text,
            p.counted >= p.min_observations AND (p.min_span_days <= 0 OR coalesce(p.span_days, -1) >= p.min_span_days) AND NOT p.unknown
       FROM per_goal p LEFT JOIN ${w.table} ON ${w.col('id')} = p.workplace`,
    [
      centre, asOf,
      counted.map((requirement) => requirement.goal), counted.map((requirement) => requirement.observerRoles.join(',')),
      counted.map((requirement) => requirement.minLevel), counted.map((requirement) => requirement.minObservations),
      counted.map((requirement) => requirement.minSpanDays),
    ],
    { workMem: '64MB' },
  )
}

/**
 * Everything observed of the people who have an observation of one of the engine's goals (a rule
 * may read any observation), in date order. The people are found first (a handful, by the
 * index on the goal), then their observations by the index on the participant: one query with
 * the people as a subquery joined all observations before it knew them.
 */
async function readObservations(
  payload: Payload, centre: number | string, asOf: string, evaluated: LearningGoal[], sql: GoalSql,
): Promise<[participant: number, goal: string, sector: string | null, level: number | null, date: string, role: string][]> {
  const o = columnsOf(payload, 'observations')
  const g = columnsOf(payload, 'learning_goals')
  const w = columnsOf(payload, 'workplaces')
  const people = (await queryArrays<[participant: number]>(
    payload,
    `SELECT DISTINCT ${o.col('participant')} FROM ${o.table}
      WHERE ${sql.inPeriod} AND ${o.col('participant')} IS NOT NULL
        AND ${o.col('learningGoal')} IN (SELECT ${g.col('id')} FROM ${g.table} WHERE ${g.col('goalId')} = ANY ($3::text[]))`,
    [centre, asOf, evaluated.map((goal) => goal.id)],
  )).map(([participant]) => participant)
  if (people.length === 0) return []
  return queryArrays<[participant: number, goal: string, sector: string | null, level: number | null, date: string, role: string]>(
    payload,
    `SELECT ${o.col('participant')}, ${g.col('goalId')}, ${w.col('sector')}::text, ${sql.level}, to_char(${AMSTERDAM_DATE(o.col('observedOn'))}, 'YYYY-MM-DD'), ${sql.role}
       FROM ${o.table}
       ${sql.joins}
      WHERE ${sql.inPeriod} AND ${o.col('participant')} = ANY ($3::int[])
      ORDER BY ${o.col('participant')}, ${o.col('observedOn')}, ${o.col('id')}`,
    [centre, asOf, people],
  )
}

/** The goals the centre can observe: the built-in ones (as the library defines them) and the centre's own. */
async function loadGoalDefinitions(payload: Payload, centre: number | string): Promise<LearningGoal[]> {
  const { docs } = await payload.find({
    collection: 'learning-goals',
    where: { or: [{ centre: { equals: centre } }, { centre: { exists: false } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const builtin = builtinLearningGoals as Record<string, LearningGoal>
  const ids = [...new Set([...docs.map((doc) => String(doc.goalId)), ...Object.keys(builtin)])]
  return ids.flatMap((id) => {
    const fromBuiltin = builtin[id]
    if (fromBuiltin) return [fromBuiltin]
    const doc = docs.find((candidate) => candidate.goalId === id) as (Record<string, unknown> & { goalId: string }) | undefined
    if (!doc?.evidence) return []
    return [{ ...(doc as unknown as LearningGoal), id }]
  })
}
