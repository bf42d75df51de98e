import type { Assessment as AssessmentDocument, LearningGoal as LearningGoalDocument, Observation, Participant, Review } from '../payload-types'
import {
  assessLearningGoals,
  trajectoryStatus,
  type Assessment,
  type GoalProgress,
  type JsonValue,
  type LearningGoal,
  type Obligation,
  type ObservationRequirement,
  type TrajectoryStatus,
} from '@doorstart/ladder'
import type { Payload, TypedUser } from 'payload'
import type { RelationValue } from '../access/DoorstartUser'
import { hasRole } from '../access/hasRole'
import { idOf } from '../access/idOf'
import type { LadderDocument } from '../collections/Assessments/compiledLadders'
import { addDays, addMonths, dayOf, todayInAmsterdam } from '../dates/calendarDay'
import { CoachDataError } from './CoachDataError'
import { deriveFacts } from './deriveFacts'
import { labelOfFact } from './describeFactIssue'
import { usersById } from './people'
import { policyOf, toLibraryTrajectory, type StoredTrajectory } from './trajectoryEvents'
import type { Id, Outcome, ParticipantRef, Text, UserRef } from './types'

/** A criterion of the latest assessment, explained. */
export interface CriterionExplanation {
  id: string
  title: Text
  outcome: Outcome
  /** Generated from the rule by the engine, e.g. "contracturen betaald werk per week is 24, minstens 1: voldaan". */
  explanation: Text
  /** For an unknown criterion: the facts whose evidence is missing, by name. */
  missing: { path: string; label: Text }[]
}

export interface RungExplanation {
  id: string
  title: Text
  outcome: Outcome
  criteria: CriterionExplanation[]
}

/** A stored assessment as the participant page shows it. */
export interface AssessmentSummary {
  id: Id
  asOf: string
  ladder: { id: Id; ladderId: string; version: string; title: Text }
  rung: string | null
  rungLabel: Text | null
  provisional: boolean
  growthPotential: string | null
  growthPotentialLabel: Text | null
  assessedBy: UserRef | null
  /** When it was stored (ISO timestamp). */
  createdAt: string
  voided: boolean
  voidReason: string | null
}

/** One point of the rung-history chart (voided assessments left out). */
export interface RungHistoryPoint {
  assessmentId: Id
  asOf: string
  ladderId: string
  /** 1 for the lowest rung; `null` when no rung was reached. */
  rungLevel: number | null
  rung: string | null
  rungLabel: Text | null
  growthPotentialLevel: number | null
  growthPotential: string | null
  provisional: boolean
}

export interface LearningGoalProgress {
  /** The learning-goals document. */
  id: Id
  goalId: string
  title: Text
  /** What the participant's plan says (`participants.learningGoals[].status`). */
  status: 'active' | 'achieved' | 'stopped'
  /** The engine's verdict on the evidence (three-valued). */
  outcome: Outcome
  explanation: Text
  /** For observation-based goals: qualifying observations so far. */
  observations: { counted: number; needed: number; spanDays: number; neededSpanDays: number } | null
}

export interface ObservationSummary {
  id: Id
  observedOn: string
  learningGoal: { id: Id; goalId: string; title: Text } | null
  positive: boolean | null
  level: number | null
  /** `null` when the user may not read it. */
  note: string | null
  workplace: { id: Id; name: string } | null
  observer: UserRef | null
  observerRole: string | null
}

export interface ReviewSummary {
  id: Id
  reviewedOn: string
  decision: 'continue' | 'adjust' | 'exit' | 'stop'
  coach: UserRef | null
  supervisor: UserRef | null
  note: string | null
}

/** An obligation from the trajectory policy. */
export interface ObligationSummary {
  kind: Obligation['kind']
  dueOn: string
  number: number | null
  message: Text
}

export interface TrajectoryOverview {
  id: Id
  policy: string | null
  policyTitle: Text | null
  startDate: string
  /** The library's phase: not-started, trial, active, job-hunting, aftercare, returning, closed. */
  phase: string | null
  nextReview: { number: number | null; dueOn: string; late: boolean } | null
  /** End of the trial ("op proef"), when the policy has one. */
  trialEndsOn: string | null
  /** End under the cap plus extensions; `null` without a cap. */
  endsOn: string | null
  /** Target date for work (Lucrato: within 3 months), when the policy has one. */
  workTargetOn: string | null
  exit: { date: string | null; type: string | null; followUpDate: string | null } | null
  aftercareEndsOn: string | null
  due: ObligationSummary[]
  late: ObligationSummary[]
  upcoming: ObligationSummary[]
}

export interface ParticipantOverview {
  today: string
  participant: ParticipantRef & {
    centre: { id: Id; name: string }
    workplace: { id: Id; name: string; kind: string | null } | null
    coach: UserRef | null
    startDate: string | null
    hoursPerWeek: number | null
  }
  /** The latest (not voided) assessment's placement and the growth potential recorded with it. */
  current: {
    rung: string | null
    rungLabel: Text | null
    provisional: boolean
    growthPotential: string | null
    growthPotentialLabel: Text | null
    asOf: string
  } | null
  latestAssessment: (AssessmentSummary & { rungs: RungExplanation[] }) | null
  /** What stands between the participant and the next rung (`null` on the top rung or without an assessment). */
  nextStep: {
    rung: string
    rungLabel: Text
    unmet: CriterionExplanation[]
    unknown: CriterionExplanation[]
  } | null
  /** The rungs of the latest assessment's ladder, lowest first (the chart's axis). */
  ladderRungs: { id: string; level: number; title: Text }[]
  history: RungHistoryPoint[]
  /** All assessments, newest first, voided ones included (marked). */
  assessments: AssessmentSummary[]
  learningGoals: LearningGoalProgress[]
  trajectory: TrajectoryOverview | null
  /** Newest first, at most 20. */
  observations: ObservationSummary[]
  /** Newest first. */
  reviews: ReviewSummary[]
  /** What the user may do from this page. */
  can: { assess: boolean; review: boolean; observe: boolean; printWeekPlan: boolean; void: boolean }
}

export interface LoadParticipantOverviewOptions {
  /** `YYYY-MM-DD`; defaults to today in Europe/Amsterdam. */
  today?: string
}

/**
 * Everything the participant page shows, read with the user's access: the current rung and growth
 * potential, the latest assessment explained, what stands between them and the next rung, the rung
 * history, learning goals with the engine's progress, the trajectory's status under its policy,
 * recent observations and reviews.
 *
 * @throws {@link CoachDataError} `participant-not-found` (404) when the user may not see the participant.
 */
export async function loadParticipantOverview(
  payload: Payload,
  user: TypedUser,
  participantId: Id,
  options: LoadParticipantOverviewOptions = {},
): Promise<ParticipantOverview> {
  const today = options.today ?? todayInAmsterdam()
  const access = { user, overrideAccess: false, depth: 0 } as const
  const language = (user as { language?: string }).language === 'en' ? 'en' : 'nl'
  const participant = await payload.findByID({ collection: 'participants', id: participantId, ...access }).catch((): StoredParticipant | null => null)
  if (!participant) {
    throw new CoachDataError('participant-not-found', { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' }, 404, language)
  }
  const staff = hasRole(user, 'admin', 'centre-admin', 'coach')
  const quietly = <T>(promise: Promise<T>, fallback: T): Promise<T> => promise.catch(() => fallback)
  const centreId = idOf(participant.centre)
  const workplaceId = idOf(participant.workplace)

  const [centre, workplace, assessments, trajectories, observationDocs] = await Promise.all([
    centreId === null ? null : quietly(payload.findByID({ collection: 'centres', id: centreId, select: { name: true, policy: true }, ...access }), null),
    workplaceId === null ? null : quietly(payload.findByID({ collection: 'workplaces', id: workplaceId, select: { name: true, kind: true }, ...access }), null),
    staff
      ? quietly(
          payload.find({ collection: 'assessments', where: { participant: { equals: participant.id } }, sort: '-asOf', limit: 100, ...access }).then((r) => r.docs),
          [] as StoredAssessment[],
        )
      : ([] as StoredAssessment[]),
    staff
      ? quietly(
          payload.find({ collection: 'trajectories', where: { participant: { equals: participant.id } }, sort: '-startDate', limit: 1, ...access }).then((r) => r.docs),
          [] as StoredTrajectory[],
        )
      : ([] as StoredTrajectory[]),
    quietly(
      payload.find({ collection: 'observations', where: { participant: { equals: participant.id } }, sort: '-observedOn', limit: 20, ...access }).then((r) => r.docs),
      [] as StoredObservation[],
    ),
  ])
  const trajectory = trajectories[0] ?? null
  const reviewDocs = trajectory
    ? await quietly(
        payload.find({ collection: 'reviews', where: { participant: { equals: participant.id } }, sort: '-reviewedOn', pagination: false, ...access }).then((r) => r.docs),
        [] as StoredReviewDoc[],
      )
    : []

  // People and learning goals shown by name.
  const people = await usersById(payload, user, [
    idOf(participant.coach),
    ...assessments.map((a) => idOf(a.assessedBy)),
    ...observationDocs.map((o) => idOf(o.observer)),
    ...reviewDocs.flatMap((r) => [idOf(r.coach), idOf(r.supervisor)]),
  ])
  const personOf = (value: RelationValue): UserRef | null => {
    const id = idOf(value)
    return id === null ? null : (people.get(String(id)) ?? null)
  }
  const goalIds = [
    ...(participant.learningGoals ?? []).map((row) => idOf(row.goal)),
    ...observationDocs.map((o) => idOf(o.learningGoal)),
  ].filter((id) => id !== null)
  const goals = goalIds.length
    ? await quietly(
        payload.find({ collection: 'learning-goals', where: { id: { in: [...new Set(goalIds.map(String))] } }, pagination: false, ...access }).then((r) => r.docs),
        [],
      )
    : []
  const goalById = new Map(goals.map((goal) => [String(goal.id), goal]))
  const workplaceIds = [...new Set(observationDocs.map((o) => idOf(o.workplace)).filter((id) => id !== null).map(String))]
  const workplaces = workplaceIds.length
    ? await quietly(
        payload.find({ collection: 'workplaces', where: { id: { in: workplaceIds } }, pagination: false, select: { name: true }, ...access }).then((r) => r.docs),
        [],
      )
    : []
  const workplaceName = new Map(workplaces.map((doc) => [String(doc.id), String((doc as { name?: string }).name ?? '')]))

  // Assessments: the latest that counts, explained against its ladder.
  const valid = assessments.filter((a) => !a.voided)
  const latest = valid[0] ?? null
  const ladderDocs = new Map<string, LadderDocument>()
  for (const id of new Set(assessments.map((a) => String(idOf(a.ladder))))) {
    const doc = await quietly(payload.findByID({ collection: 'ladders', id, ...access }) as Promise<unknown>, null)
    if (doc) ladderDocs.set(id, doc as LadderDocument)
  }
  const ladderOf = (assessment: StoredAssessment): LadderDocument | null => ladderDocs.get(String(idOf(assessment.ladder))) ?? null
  const summaryOf = (assessment: StoredAssessment): AssessmentSummary => {
    const ladder = ladderOf(assessment)
    return {
      id: assessment.id,
      asOf: dayOf(assessment.asOf) ?? '',
      ladder: {
        id: idOf(assessment.ladder) ?? '',
        ladderId: assessment.ladderKey ?? assessment.ladderId ?? '',
        version: assessment.ladderVersion ?? '',
        title: textOf(ladder?.title, assessment.ladderKey ?? ''),
      },
      rung: assessment.rung ?? null,
      rungLabel: labelOrNull(assessment.rungLabel),
      provisional: Boolean(assessment.provisional),
      growthPotential: assessment.growthPotential ?? null,
      growthPotentialLabel: labelOrNull(assessment.growthPotentialLabel),
      assessedBy: personOf(assessment.assessedBy),
      createdAt: assessment.createdAt ?? '',
      voided: Boolean(assessment.voided),
      voidReason: assessment.voidReason ?? null,
    }
  }
  const latestLadder = latest ? ladderOf(latest) : null
  const rungTitles = new Map((latestLadder?.rungs ?? []).map((rung) => [rung.rungId ?? '', textOf(rung.title, rung.rungId ?? '')]))
  const criterionTitles = new Map(
    (latestLadder?.rungs ?? []).flatMap((rung) => (rung.criteria ?? []).map((c) => [c.criterionId ?? '', textOf(c.title, c.criterionId ?? '')] as const)),
  )
  const result = (latest?.result ?? null) as Assessment | null
  const rungs: RungExplanation[] = (result?.rungs ?? []).map((rung) => ({
    id: rung.id,
    title: rungTitles.get(rung.id) ?? { nl: rung.id, en: rung.id },
    outcome: rung.outcome,
    criteria: rung.criteria.map((criterion) => ({
      id: criterion.id,
      title: criterionTitles.get(criterion.id) ?? { nl: criterion.id, en: criterion.id },
      outcome: criterion.outcome,
      explanation: { nl: criterion.explanation.nl, en: criterion.explanation.en },
      missing: criterion.missing.map((path) => ({ path, label: labelOfFact(path) })),
    })),
  }))
  const criteriaById = new Map(rungs.flatMap((rung) => rung.criteria.map((criterion) => [criterion.id, criterion] as const)))
  const nextStep =
    result?.next && rungTitles.size
      ? {
          rung: result.next.rung,
          rungLabel: rungTitles.get(result.next.rung) ?? { nl: result.next.rung, en: result.next.rung },
          unmet: result.next.unmet.map((id) => criteriaById.get(id)).filter((c): c is CriterionExplanation => c !== undefined),
          unknown: result.next.unknown.map((id) => criteriaById.get(id)).filter((c): c is CriterionExplanation => c !== undefined),
        }
      : null
  const ladderRungs = (latestLadder?.rungs ?? []).map((rung, index) => ({ id: rung.rungId ?? '', level: index + 1, title: textOf(rung.title, rung.rungId ?? '') }))
  const levelOf = (rung: string | null | undefined): number | null => {
    const found = ladderRungs.find((candidate) => candidate.id === rung)
    return found ? found.level : null
  }
  const history: RungHistoryPoint[] = latest
    ? valid
        .filter((a) => (a.ladderKey ?? a.ladderId) === (latest.ladderKey ?? latest.ladderId))
        .slice()
        .reverse()
        .map((a) => ({
          assessmentId: a.id,
          asOf: dayOf(a.asOf) ?? '',
          ladderId: a.ladderKey ?? a.ladderId ?? '',
          rungLevel: levelOf(a.rung),
          rung: a.rung ?? null,
          rungLabel: labelOrNull(a.rungLabel),
          growthPotentialLevel: levelOf(a.growthPotential),
          growthPotential: a.growthPotential ?? null,
          provisional: Boolean(a.provisional),
        }))
    : []

  // Learning goals: the engine's verdict from the observations and the plan.
  const goalRows = (participant.learningGoals ?? []).filter((row) => goalById.has(String(idOf(row.goal))))
  const facts = await deriveFacts(
    { payload, user, participant, trajectory, asOf: today },
    ['observations', 'learningGoals'],
  )
  const libraryGoals = goalRows.map((row) => toLibraryGoal(goalById.get(String(idOf(row.goal)))!))
  const progress = progressOf(libraryGoals, facts, today)
  const learningGoals: LearningGoalProgress[] = goalRows.map((row, index) => {
    const goal = goalById.get(String(idOf(row.goal)))!
    const verdict = progress[index]
    return {
      id: goal.id,
      goalId: goal.goalId,
      title: textOf(goal.title, goal.goalId),
      status: (row.status as LearningGoalProgress['status']) ?? 'active',
      outcome: verdict?.outcome ?? 'unknown',
      explanation: verdict?.explanation ?? { nl: 'Nog geen bewijs vastgelegd.', en: 'No evidence recorded yet.' },
      observations: verdict?.observations ?? null,
    }
  })

  // The trajectory under its policy.
  let trajectoryOverview: TrajectoryOverview | null = null
  if (trajectory) {
    const policy = policyOf(trajectory, (centre as { policy?: string | null } | null)?.policy ?? null)
    const library = toLibraryTrajectory(trajectory, reviewDocs)
    let status: TrajectoryStatus | null = null
    if (policy && library) {
      try {
        status = trajectoryStatus(policy, library, { asOf: today })
      } catch {
        status = null
      }
    }
    const obligations = (list: readonly Obligation[] | undefined): ObligationSummary[] =>
      (list ?? []).map((o) => ({ kind: o.kind, dueOn: o.dueOn, number: o.number ?? null, message: { nl: o.message.nl, en: o.message.en } }))
    const reviewsOpen = status ? [...status.late, ...status.due, ...status.upcoming].filter((o) => o.kind === 'review').sort((a, b) => a.dueOn.localeCompare(b.dueOn)) : []
    const start = dayOf(trajectory.startDate) ?? ''
    trajectoryOverview = {
      id: trajectory.id,
      policy: policy?.id ?? trajectory.policy ?? null,
      policyTitle: policy ? { nl: policy.title.nl ?? policy.id, en: policy.title.en ?? policy.id } : null,
      startDate: start,
      phase: status?.phase ?? null,
      nextReview: reviewsOpen[0] ? { number: reviewsOpen[0].number ?? null, dueOn: reviewsOpen[0].dueOn, late: reviewsOpen[0].dueOn < today } : null,
      trialEndsOn: policy?.trialDays && start ? addDays(start, policy.trialDays) : null,
      endsOn: status?.endsOn ?? null,
      workTargetOn: policy?.workTargetMonths && start ? addMonths(start, policy.workTargetMonths) : null,
      exit: trajectory.exit?.date || trajectory.exit?.type
        ? { date: dayOf(trajectory.exit.date), type: trajectory.exit.type ?? null, followUpDate: dayOf(trajectory.exit.followUpDate) }
        : null,
      aftercareEndsOn: status?.aftercareEndsOn ?? null,
      due: obligations(status?.due),
      late: obligations(status?.late),
      upcoming: obligations(status?.upcoming),
    }
  }

  const observations: ObservationSummary[] = observationDocs.map((o) => {
    const goal = goalById.get(String(idOf(o.learningGoal)))
    const place = idOf(o.workplace)
    return {
      id: o.id,
      observedOn: dayOf(o.observedOn) ?? '',
      learningGoal: goal ? { id: goal.id, goalId: goal.goalId, title: textOf(goal.title, goal.goalId) } : null,
      positive: o.positive ?? null,
      level: o.level ?? null,
      note: o.note ?? null,
      workplace: place === null ? null : { id: place, name: workplaceName.get(String(place)) ?? '' },
      observer: personOf(o.observer),
      observerRole: o.observerRole ?? null,
    }
  })
  const reviews: ReviewSummary[] = reviewDocs.map((r) => ({
    id: r.id,
    reviewedOn: dayOf(r.reviewedOn) ?? '',
    decision: r.decision as ReviewSummary['decision'],
    coach: personOf(r.coach),
    supervisor: personOf(r.supervisor),
    note: r.note ?? null,
  }))

  return {
    today,
    participant: {
      id: participant.id,
      code: participant.code ?? '',
      displayName: participant.displayName ?? null,
      centre: { id: centreId ?? '', name: String((centre as { name?: string } | null)?.name ?? '') },
      workplace: workplace ? { id: workplace.id, name: String((workplace as { name?: string }).name ?? ''), kind: (workplace as { kind?: string | null }).kind ?? null } : null,
      coach: personOf(participant.coach),
      startDate: dayOf(participant.startDate),
      hoursPerWeek: participant.hoursPerWeek ?? null,
    },
    current: latest
      ? {
          rung: latest.rung ?? null,
          rungLabel: labelOrNull(latest.rungLabel),
          provisional: Boolean(latest.provisional),
          growthPotential: latest.growthPotential ?? null,
          growthPotentialLabel: labelOrNull(latest.growthPotentialLabel),
          asOf: dayOf(latest.asOf) ?? '',
        }
      : null,
    latestAssessment: latest ? { ...summaryOf(latest), rungs } : null,
    nextStep,
    ladderRungs,
    history,
    assessments: assessments.map(summaryOf),
    learningGoals,
    trajectory: trajectoryOverview,
    observations,
    reviews,
    can: {
      assess: staff,
      review: staff && trajectory !== null,
      observe: staff || hasRole(user, 'work-supervisor'),
      printWeekPlan: staff,
      void: hasRole(user, 'admin', 'centre-admin'),
    },
  }
}

/** Documents as stored: the generated types (payload-types.ts). */
type StoredParticipant = Participant
type StoredAssessment = AssessmentDocument
type StoredObservation = Observation
type StoredReviewDoc = Review
type StoredGoal = LearningGoalDocument

const textOf = (text: { nl?: string | null; en?: string | null } | null | undefined, fallback: string): Text => ({
  nl: text?.nl || text?.en || fallback,
  en: text?.en || text?.nl || fallback,
})

const labelOrNull = (text: { nl?: string | null; en?: string | null } | null | undefined): Text | null =>
  text?.nl || text?.en ? textOf(text, '') : null

/** A learning-goals document in the library's `LearningGoal` shape. */
const toLibraryGoal = (goal: StoredGoal): LearningGoal => ({
  id: goal.goalId,
  title: textOf(goal.title, goal.goalId),
  competence: (goal.competence ?? 'vocational') as LearningGoal['competence'],
  sectors: (goal.sectors ?? []) as LearningGoal['sectors'],
  evidence: {
    title: textOf(goal.evidence?.title, goal.goalId),
    rule: (goal.evidence?.rule ?? null) as JsonValue,
    ...(goal.evidence?.observations ? { observations: goal.evidence.observations as unknown as ObservationRequirement } : {}),
  },
  contributesTo: Array.isArray(goal.contributesTo) ? (goal.contributesTo as LearningGoal['contributesTo']) : [],
  sources: goal.sources ?? [],
})

/** The engine's progress per goal; a goal without a usable evidence rule stays unknown. */
const progressOf = (goals: readonly LearningGoal[], facts: Record<string, JsonValue>, asOf: string): (GoalProgress | null)[] => {
  const usable = goals.map((goal, index) => ({ goal, index })).filter(({ goal }) => goal.evidence.rule !== null)
  const result: (GoalProgress | null)[] = goals.map(() => null)
  if (usable.length === 0) return result
  try {
    const progress = assessLearningGoals(usable.map(({ goal }) => goal), facts, { asOf })
    usable.forEach(({ index }, position) => {
      result[index] = progress[position] ?? null
    })
  } catch {
    // A centre goal whose rule the engine refuses: its progress stays unknown.
    for (const { goal, index } of usable) {
      try {
        result[index] = assessLearningGoals([goal], facts, { asOf })[0] ?? null
      } catch {
        result[index] = null
      }
    }
  }
  return result
}
