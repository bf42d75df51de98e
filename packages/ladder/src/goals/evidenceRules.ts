import type { JsonValue } from '../rules/JsonValue.js'
import type { ObserverRole } from '../facts/vocabulary.js'
import type { ObservationRequirement } from './LearningGoal.js'

/**
 * The default evidence for a work-skill goal (issue 4 and docs/learning-goals.md): at least three
 * positive observations (level 3 "independently" or higher) by a work supervisor or master
 * trainer, the first and the last at least four weeks (28 days) apart.
 *
 * @example
 * ```ts
 * DEFAULT_OBSERVATION_REQUIREMENT.minObservations //=> 3
 * ```
 */
export const DEFAULT_OBSERVATION_REQUIREMENT: Omit<ObservationRequirement, 'goal'> = {
  minObservations: 3,
  minLevel: 3,
  observerRoles: ['supervisor', 'master-trainer'],
  minSpanDays: 28,
}

// The latest and earliest possible dates, used as reduce seeds so that no `var` reads null
// (a null read would make the rule unknown). Year 1000, not 0: Date.UTC maps years 0–99 to 19xx.
const LATEST = '9999-12-31'
const EARLIEST = '1000-01-01'

/**
 * Builds the JSON Logic rule for an observation requirement: the qualifying observations (this
 * goal, an accepted observer role, at least the minimum level, dated on or before the assessment
 * date) number at least `minObservations` and span at least `minSpanDays`. Absent `observations`
 * make the rule unknown; an empty list makes it not met.
 *
 * @example
 * ```ts
 * const rule = observationRule({ ...DEFAULT_OBSERVATION_REQUIREMENT, goal: 'punctuality' })
 * evaluate(rule, { observations: [] }) //=> false
 * ```
 */
export function observationRule(requirement: ObservationRequirement): JsonValue {
  const qualifying: JsonValue = {
    filter: [
      { var: 'observations' },
      {
        and: [
          { '==': [{ var: 'goal' }, requirement.goal] },
          { in: [{ var: 'observerRole' }, [...requirement.observerRoles]] },
          { '>=': [{ var: 'level' }, requirement.minLevel] },
          { '<=': [{ var: 'date' }, { as_of: [] }] },
        ],
      },
    ],
  }
  const count: JsonValue = { reduce: [qualifying, { '+': [{ var: 'accumulator' }, 1] }, 0] }
  const earliest: JsonValue = {
    reduce: [qualifying, { if: [{ '<': [{ var: 'current.date' }, { var: 'accumulator' }] }, { var: 'current.date' }, { var: 'accumulator' }] }, LATEST],
  }
  const latest: JsonValue = {
    reduce: [qualifying, { if: [{ '>': [{ var: 'current.date' }, { var: 'accumulator' }] }, { var: 'current.date' }, { var: 'accumulator' }] }, EARLIEST],
  }
  const parts: JsonValue[] = [{ '>=': [count, requirement.minObservations] }]
  if (requirement.minSpanDays > 0) parts.push({ '>=': [{ days_between: [earliest, latest] }, requirement.minSpanDays] })
  return { and: parts }
}

/**
 * A rule that holds when a course (from the `courses` fact) was completed on or before the
 * assessment date. A course without `completedOn` is still running: not met, not unknown.
 *
 * @example
 * ```ts
 * courseCompletedRule('nederlands-op-de-werkvloer')
 * ```
 */
export function courseCompletedRule(course: string): JsonValue {
  return {
    some: [
      { var: 'courses' },
      { and: [{ '==': [{ var: 'course' }, course] }, { '<=': [{ var: ['completedOn', LATEST] }, { as_of: [] }] }] },
    ],
  }
}

/** The roles accepted for language and digital goals: supervisors and the course teacher. */
export const SUPERVISOR_OR_TEACHER: readonly ObserverRole[] = ['supervisor', 'master-trainer', 'teacher']
