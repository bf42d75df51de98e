import type { LocalizedText } from '../ladder/Ladder.js'
import type { JsonValue } from '../rules/JsonValue.js'
import type { ObserverRole, Sector } from '../facts/vocabulary.js'

/**
 * The competence area a learning goal belongs to.
 *
 * @example
 * ```ts
 * const area: CompetenceArea = 'hygiene'
 * ```
 */
export type CompetenceArea = 'employee-skills' | 'language' | 'digital' | 'safety' | 'hygiene' | 'vocational'

/**
 * What a learning goal contributes to when it is achieved.
 *
 * @example
 * ```ts
 * const contribution: GoalContribution = { kind: 'certificate', achievement: 'deelcertificaat-hygiene-keuken' }
 * ```
 */
export type GoalContribution =
  | { readonly kind: 'rung'; readonly ladder: string; readonly rung: string; readonly criterion?: string }
  | { readonly kind: 'certificate'; readonly achievement: string }

/**
 * An evidence requirement in terms of observations, kept next to the rule it generated so that
 * progress ("2 of 3 observations, over 10 of 28 days") can be shown without parsing the rule.
 *
 * @example
 * ```ts
 * const requirement: ObservationRequirement = { goal: 'punctuality', minObservations: 3, minLevel: 3, observerRoles: ['supervisor'], minSpanDays: 28 }
 * ```
 */
export interface ObservationRequirement {
  /** The goal (or employee skill) id that observations must name. */
  readonly goal: string
  /** How many qualifying observations are needed. */
  readonly minObservations: number
  /** Lowest level (1–4) that counts as positive. */
  readonly minLevel: number
  /** Observer roles that count. */
  readonly observerRoles: readonly ObserverRole[]
  /** Days from the first to the last qualifying observation, at least. */
  readonly minSpanDays: number
}

/**
 * The evidence that proves a learning goal: a JSON Logic rule over the facts.
 *
 * @example
 * ```ts
 * const evidence: GoalEvidence = { title: { nl: 'Cursus afgerond' }, rule: courseCompletedRule('digitale-vaardigheden') }
 * ```
 */
export interface GoalEvidence {
  /** What the evidence is, in words. */
  readonly title: LocalizedText
  /** A JSON Logic rule (engine semantics, three-valued) over the participant facts. */
  readonly rule: JsonValue
  /** Present when the rule was generated from an observation requirement. */
  readonly observations?: ObservationRequirement
}

/**
 * A learning goal (leerdoel) as data: what it is, which competence area and sectors it belongs
 * to, the evidence that proves it, and what it contributes to.
 *
 * @example
 * ```ts
 * const goal: LearningGoal = {
 *   id: 'tafels-dekken', title: { nl: 'Tafels dekken', en: 'Laying tables' }, competence: 'vocational', sectors: ['hospitality'],
 *   evidence: { title: { nl: 'Twee keer goed gezien' }, rule: observationRule({ goal: 'tafels-dekken', minObservations: 2, minLevel: 3, observerRoles: ['supervisor'], minSpanDays: 14 }) },
 *   contributesTo: [{ kind: 'certificate', achievement: 'deelcertificaat-gastheerschap' }], sources: ['001_9a0c4fce56949085.txt'],
 * }
 * ```
 */
export interface LearningGoal {
  /** Lowercase kebab-case, unique among the goals of a centre. */
  readonly id: string
  readonly title: LocalizedText
  readonly description?: LocalizedText
  readonly competence: CompetenceArea
  /** The sectors of work-experience places where the goal is trained; `general` for all. */
  readonly sectors: readonly Sector[]
  readonly evidence: GoalEvidence
  readonly contributesTo: readonly GoalContribution[]
  /** Source documents that name the goal (DOMAIN.md file names). */
  readonly sources: readonly string[]
}
