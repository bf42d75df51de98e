import type { JsonValue } from '../rules/JsonValue.js'

/**
 * A language the ladder texts and explanations are available in.
 *
 * @example
 * ```ts
 * const locale: Locale = 'nl'
 * ```
 */
export type Locale = 'nl' | 'en'

/**
 * Text in Dutch and/or English; at least one of the two is present.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { nl: 'Beschermde werkplaats', en: 'Protected workplace' }
 * ```
 */
export type LocalizedText = { readonly nl: string; readonly en?: string } | { readonly nl?: string; readonly en: string }

/**
 * How `assess` and `place` choose a rung.
 * - `cumulative`: the highest rung such that every rung from the lowest up to it is met.
 * - `first-match`: scanning from the highest rung down, the first rung that is met.
 *
 * @example
 * ```ts
 * const mode: PlacementMode = 'first-match' // the participatieladder
 * ```
 */
export type PlacementMode = 'cumulative' | 'first-match'

/**
 * One criterion of a rung: a JSON Logic rule over the participant's facts.
 *
 * @example
 * ```ts
 * const criterion: Criterion = {
 *   id: 'twaalf-uur', title: { nl: 'Werkt ten minste 12 uur per week' },
 *   rule: { '>=': [{ var: 'work.hoursPerWeek' }, 12] },
 * }
 * ```
 */
export interface Criterion {
  /** Unique within the ladder; lowercase kebab-case. */
  readonly id: string
  readonly title: LocalizedText
  /** A JSON Logic rule (json-logic-js semantics, plus the date operations). */
  readonly rule: JsonValue
}

/**
 * One rung (trede) of a ladder.
 *
 * @example
 * ```ts
 * const rung: Rung = { id: 'vrijwilligerswerk', title: { nl: 'Vrijwilligerswerk' }, criteria: [] }
 * ```
 */
export interface Rung {
  /** Unique within the ladder; lowercase kebab-case. */
  readonly id: string
  readonly title: LocalizedText
  readonly description?: LocalizedText
  /** All must be met for the rung to be met; a rung without criteria is met. */
  readonly criteria: readonly Criterion[]
}

/**
 * A validated ladder definition (format version 1). `(id, version)` identifies one definition;
 * rungs are ordered from the lowest to the highest. Get one from {@link validateLadder}.
 *
 * @example
 * ```ts
 * const ladder: Ladder = validateLadder(JSON.parse(text))
 * ladder.rungs.map((rung) => rung.id)
 * ```
 */
export interface Ladder {
  /** Lowercase kebab-case, e.g. `pluspunt-participatie-werk`. */
  readonly id: string
  /** E.g. `2026.1`; a used version never changes, a change is a new version. */
  readonly version: string
  /** ISO date (YYYY-MM-DD) from which this version applies. */
  readonly effectiveFrom?: string
  readonly title: LocalizedText
  readonly description?: LocalizedText
  readonly placement: PlacementMode
  readonly rungs: readonly Rung[]
}
