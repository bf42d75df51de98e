// Facts the CMS already knows about a participant, for the facts a ladder reads that a coach does
// not type in: the workplace's kind and sector, the agreed hours, the trajectory, the learning
// goals, the observations from the workplace and the trajectory's events. Read with the user's
// access, so nothing the user may not see ends up in an assessment.
import type { JsonValue } from '@doorstart/ladder'
import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { idOf } from '../access/idOf'
import type { RelationValue } from '../access/DoorstartUser'
import { dayOf } from '../dates/calendarDay'
import { trajectoryEventsOf, type StoredTrajectory } from './trajectoryEvents'

/** The fact paths the CMS can fill in. */
export const DERIVED_FACTS = [
  'workplace.kind',
  'workplace.sector',
  'workplace.since',
  'hoursPerWeekAgreed',
  'trajectory.startedOn',
  'trajectory.endedOn',
  'trajectory.outflow',
  'learningGoals',
  'observations',
  'trajectoryEvents',
] as const
export type DerivedFact = (typeof DERIVED_FACTS)[number]

/** Facts a coach cannot sensibly type into a form: lists the CMS keeps as records. */
export const LIST_FACTS = new Set<string>(['learningGoals', 'observations', 'trajectoryEvents', 'certificates', 'courses'])

/** The derivable facts among the paths a ladder reads (a read of `workplace` needs all of `workplace.*`). */
export const derivableAmong = (paths: Iterable<string>): DerivedFact[] => {
  const wanted = new Set<DerivedFact>()
  for (const path of paths) {
    for (const fact of DERIVED_FACTS) {
      if (path === fact || path.startsWith(`${fact}.`) || fact.startsWith(`${path}.`)) wanted.add(fact)
    }
  }
  return [...wanted]
}

export interface ParticipantRecord {
  id: number | string
  workplace?: RelationValue
  startDate?: string | null
  hoursPerWeek?: number | null
  learningGoals?: readonly { goal?: RelationValue; status?: string | null; startedOn?: string | null; achievedOn?: string | null }[] | null
}

export interface DeriveContext {
  payload: Payload
  user: TypedUser | null
  req?: PayloadRequest
  participant: ParticipantRecord
  trajectory: StoredTrajectory | null
  asOf: string
}

/** The observation's level on the library's 1–4 scale: 5 counts as 4; "went well" as 3, "not yet" as 1. */
export const libraryLevelOf = (observation: { level?: number | null; positive?: boolean | null }): 1 | 2 | 3 | 4 | null => {
  if (typeof observation.level === 'number' && observation.level >= 1) return Math.min(4, Math.round(observation.level)) as 1 | 2 | 3 | 4
  if (observation.positive === true) return 3
  if (observation.positive === false) return 1
  return null
}

const access = (context: DeriveContext) => ({
  user: context.user,
  overrideAccess: !context.user,
  depth: 0,
  ...(context.req ? { req: context.req } : {}),
})

/** Goal ids (`goalId`) of learning-goals documents. */
export const goalIdsOf = async (context: DeriveContext, ids: readonly (number | string)[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await context.payload.find({
    collection: 'learning-goals',
    where: { id: { in: [...new Set(ids.map(String))] } },
    pagination: false,
    select: { goalId: true },
    ...access(context),
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as { goalId?: string }).goalId)]))
}

/**
 * The values of the wanted derivable facts, by dotted path; facts the CMS does not know are left
 * out (unknown to the engine).
 */
export const deriveFacts = async (context: DeriveContext, wanted: readonly DerivedFact[]): Promise<Record<string, JsonValue>> => {
  const result: Record<string, JsonValue> = {}
  const want = new Set(wanted)
  const { participant, trajectory, asOf } = context

  if (want.has('workplace.kind') || want.has('workplace.sector')) {
    const workplaceId = idOf(participant.workplace)
    const workplace =
      workplaceId === null
        ? null
        : await context.payload
            .findByID({ collection: 'workplaces', id: workplaceId, select: { kind: true, sector: true }, ...access(context) })
            .catch(() => null)
    const { kind, sector } = (workplace ?? {}) as { kind?: string | null; sector?: string | null }
    if (want.has('workplace.kind') && kind) result['workplace.kind'] = kind
    if (want.has('workplace.sector') && sector) result['workplace.sector'] = sector
  }
  if (want.has('workplace.since')) {
    const since = dayOf(participant.startDate)
    if (since) result['workplace.since'] = since
  }
  if (want.has('hoursPerWeekAgreed') && typeof participant.hoursPerWeek === 'number') result.hoursPerWeekAgreed = participant.hoursPerWeek
  if (trajectory) {
    const startedOn = dayOf(trajectory.startDate)
    if (want.has('trajectory.startedOn') && startedOn) result['trajectory.startedOn'] = startedOn
    const endedOn = dayOf(trajectory.exit?.date)
    if (want.has('trajectory.endedOn') && endedOn && endedOn <= asOf) result['trajectory.endedOn'] = endedOn
    if (want.has('trajectory.outflow') && endedOn && endedOn <= asOf && trajectory.exit?.type) result['trajectory.outflow'] = trajectory.exit.type
  }

  const observations = want.has('observations')
    ? (
        await context.payload.find({
          collection: 'observations',
          where: { and: [{ participant: { equals: participant.id } }, { observedOn: { less_than_equal: `${asOf}T23:59:59.999Z` } }] },
          sort: 'observedOn',
          limit: 1000,
          select: { learningGoal: true, observedOn: true, observerRole: true, level: true, positive: true },
          ...access(context),
        })
      ).docs
    : []
  const goalRows = want.has('learningGoals') ? (participant.learningGoals ?? []) : []
  const goalIds = await goalIdsOf(context, [
    ...goalRows.map((row) => idOf(row.goal)),
    ...observations.map((observation) => idOf(observation.learningGoal)),
  ].filter((id): id is number | string => id !== null))

  if (want.has('learningGoals')) {
    result.learningGoals = goalRows.flatMap((row) => {
      const goal = goalIds.get(String(idOf(row.goal)))
      if (!goal) return []
      const startedOn = dayOf(row.startedOn)
      const achievedOn = dayOf(row.achievedOn)
      return [{ goal, status: row.status ?? 'active', ...(startedOn ? { startedOn } : {}), ...(achievedOn ? { achievedOn } : {}) }]
    })
  }
  if (want.has('observations')) {
    result.observations = observations.flatMap((observation) => {
      const row = observation
      const goal = goalIds.get(String(idOf(row.learningGoal)))
      const date = dayOf(row.observedOn)
      const level = libraryLevelOf(row)
      if (!goal || !date || level === null) return []
      return [{ goal, date, observerRole: row.observerRole ?? 'supervisor', level }]
    })
  }
  if (want.has('trajectoryEvents') && trajectory) {
    const { docs: reviews } = await context.payload.find({
      collection: 'reviews',
      where: { trajectory: { equals: trajectory.id } },
      pagination: false,
      select: { reviewedOn: true, decision: true },
      ...access(context),
    })
    result.trajectoryEvents = trajectoryEventsOf(trajectory, reviews).filter((event) => event.date <= asOf) as unknown as JsonValue
  }
  return result
}

/** Sets a dotted path in a facts object (creating the groups on the way), returning a new object. */
export const withFact = (facts: Record<string, JsonValue>, path: string, value: JsonValue): Record<string, JsonValue> => {
  const [head, ...rest] = path.split('.') as [string, ...string[]]
  if (rest.length === 0) return { ...facts, [head]: value }
  const inner = facts[head]
  const group = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, JsonValue>) : {}
  return { ...facts, [head]: withFact(group, rest.join('.'), value) }
}

/** Whether a dotted path is present (not undefined) in the facts. */
export const hasFact = (facts: Record<string, unknown>, path: string): boolean => {
  let node: unknown = facts
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return false
    node = (node as Record<string, unknown>)[part]
    if (node === undefined) return false
  }
  return true
}
