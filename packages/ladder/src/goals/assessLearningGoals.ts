// Learning-goal progress is computed by the engine itself: the goals become the rungs of one
// synthetic ladder (one criterion each: the goal's evidence rule), so a goal's outcome is the same
// three-valued outcome, with the same `missing` paths and explanations, as any ladder criterion.
import { assess } from '../assessment/assess.js'
import { compileLadder, type CompiledLadder } from '../assessment/CompiledLadder.js'
import { validateLadder } from '../ladder/validateLadder.js'
import type { Outcome } from '../assessment/Assessment.js'
import type { Ladder } from '../ladder/Ladder.js'
import type { Facts } from '../rules/JsonValue.js'
import type { LearningGoal, ObservationRequirement } from './LearningGoal.js'

/**
 * Learning goals compiled once for many participants.
 *
 * @example
 * ```ts
 * const compiled: CompiledLearningGoals = compileLearningGoals(Object.values(builtinLearningGoals))
 * ```
 */
export interface CompiledLearningGoals {
  readonly goals: readonly LearningGoal[]
  readonly ladder: CompiledLadder
}

/**
 * How far the observations for a goal have come (only for goals with an observation requirement).
 *
 * @example
 * ```ts
 * const progress: ObservationProgress = { counted: 2, needed: 3, spanDays: 14, neededSpanDays: 28 }
 * ```
 */
export interface ObservationProgress {
  /** Qualifying observations up to the assessment date. */
  readonly counted: number
  readonly needed: number
  /** Days from the first to the last qualifying observation (0 with fewer than two). */
  readonly spanDays: number
  readonly neededSpanDays: number
}

/**
 * The progress of one learning goal on a date.
 *
 * @example
 * ```ts
 * const [progress]: GoalProgress[] = assessLearningGoals([builtinLearningGoals.punctuality!], {}, { asOf: '2026-03-01' })
 * progress?.outcome //=> 'unknown'
 * ```
 */
export interface GoalProgress {
  readonly goal: string
  /** `met` (achieved), `not-met` (not yet) or `unknown` (evidence missing, e.g. nothing recorded). */
  readonly outcome: Outcome
  /** For an unknown outcome: the absent fact paths the evidence rule read. */
  readonly missing: readonly string[]
  readonly explanation: { readonly nl: string; readonly en: string }
  readonly observations: ObservationProgress | null
}

function goalsLadder(goals: readonly LearningGoal[]): Ladder {
  return {
    id: 'learning-goals',
    version: '1',
    title: { nl: 'Leerdoelen', en: 'Learning goals' },
    placement: 'cumulative',
    rungs: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      criteria: [{ id: `${goal.id}-evidence`, title: goal.evidence.title, rule: goal.evidence.rule }],
    })),
  }
}

/**
 * Compiles learning goals once (their evidence rules are checked like any ladder criterion).
 *
 * @throws `LadderValidationError` when a goal id is not kebab-case, ids repeat, or an evidence
 * rule is malformed; paths point into the synthetic ladder (`/rungs/<goal index>/criteria/0/rule`).
 * @example
 * ```ts
 * const compiled = compileLearningGoals(Object.values(builtinLearningGoals))
 * ```
 */
export function compileLearningGoals(goals: readonly LearningGoal[]): CompiledLearningGoals {
  return { goals, ladder: compileLadder(validateLadder(goalsLadder(goals))) }
}

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function observationProgress(requirement: ObservationRequirement, facts: Facts, asOf: string): ObservationProgress | null {
  const observations = facts['observations']
  if (!Array.isArray(observations)) return null
  const dates: string[] = []
  for (const observation of observations) {
    if (!isObject(observation)) continue
    const { goal, observerRole, level, date } = observation
    if (goal === requirement.goal && typeof level === 'number' && level >= requirement.minLevel
      && requirement.observerRoles.some((role) => role === observerRole) && typeof date === 'string' && date <= asOf) {
      dates.push(date)
    }
  }
  dates.sort()
  const first = dates[0]
  const last = dates[dates.length - 1]
  const spanDays = first !== undefined && last !== undefined
    ? Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) : 0
  return { counted: dates.length, needed: requirement.minObservations, spanDays, neededSpanDays: requirement.minSpanDays }
}

/**
 * The progress of each learning goal for one participant on `asOf`: the engine's three-valued
 * outcome of the goal's evidence rule, the fact paths that were missing, an explanation, and for
 * observation-based goals how many qualifying observations there are. Pure.
 *
 * @example
 * ```ts
 * const [progress] = assessLearningGoals([builtinLearningGoals.punctuality!], {
 *   observations: [
 *     { goal: 'punctuality', date: '2026-01-05', observerRole: 'supervisor', level: 3 },
 *     { goal: 'punctuality', date: '2026-01-19', observerRole: 'supervisor', level: 3 },
 *     { goal: 'punctuality', date: '2026-02-09', observerRole: 'master-trainer', level: 4 },
 *   ],
 * }, { asOf: '2026-03-01' })
 * progress?.outcome //=> 'met'
 * ```
 */
export function assessLearningGoals(
  goals: readonly LearningGoal[] | CompiledLearningGoals,
  facts: Facts,
  options: { readonly asOf: string },
): GoalProgress[] {
  const compiled = 'ladder' in goals ? goals : compileLearningGoals(goals)
  const assessment = assess(compiled.ladder, facts, { asOf: options.asOf })
  return compiled.goals.map((goal, index) => {
    const criterion = assessment.rungs[index]?.criteria[0]
    return {
      goal: goal.id,
      outcome: criterion?.outcome ?? 'unknown',
      missing: criterion?.missing ?? [],
      explanation: criterion?.explanation ?? { nl: '', en: '' },
      observations: goal.evidence.observations ? observationProgress(goal.evidence.observations, facts, options.asOf) : null,
    }
  })
}
