import type { LocalizedText } from '../ladder/Ladder.js'

/**
 * The three-valued outcome of a criterion or rung: missing evidence is `unknown`, never a silent fail.
 *
 * @example
 * ```ts
 * const outcome: Outcome = assess(ladder, {}, { asOf: '2026-03-01' }).rungs[0]!.outcome
 * ```
 */
export type Outcome = 'met' | 'not-met' | 'unknown'

/**
 * Options of {@link assess} and {@link place}.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { asOf: '2026-03-01' }
 * ```
 */
export interface AssessOptions {
  /** The ISO date (YYYY-MM-DD) the assessment is for; date operations use it, never the clock. */
  readonly asOf: string
}

/**
 * Where a participant stands: the fast result of {@link place}.
 *
 * @example
 * ```ts
 * const { rung, provisional }: Placement = place(compiled, facts, { asOf: '2026-03-01' })
 * ```
 */
export interface Placement {
  /** The id of the placed rung, or `null` when no rung is reached. */
  readonly rung: string | null
  /** True when missing evidence could still change the placement (see the engine guide). */
  readonly provisional: boolean
}

/**
 * The outcome of one criterion, with what was missing and why.
 *
 * @example
 * ```ts
 * for (const criterion of assessment.rungs[1]!.criteria) console.log(criterion.id, criterion.explanation.nl)
 * ```
 */
export interface CriterionResult {
  readonly id: string
  readonly outcome: Outcome
  /** For an `unknown` criterion: the absent fact paths read while evaluating it (dotted). */
  readonly missing: readonly string[]
  /** A short sentence in Dutch and English saying why, generated from the rule. */
  readonly explanation: LocalizedText & { readonly nl: string; readonly en: string }
}

/**
 * The outcome of one rung: met when all its criteria are met, not-met when any is not-met.
 *
 * @example
 * ```ts
 * const open = assessment.rungs.filter((rung: RungResult) => rung.outcome === 'unknown')
 * ```
 */
export interface RungResult {
  readonly id: string
  readonly outcome: Outcome
  readonly criteria: readonly CriterionResult[]
}

/**
 * What stands between the participant and the rung above the placement.
 *
 * @example
 * ```ts
 * const next: NextStep | null = assessment.next
 * if (next) console.log(`Naar ${next.rung}: nog niet voldaan ${next.unmet.join(', ')}`)
 * ```
 */
export interface NextStep {
  /** The rung above the placement (the lowest rung when there is no placement). */
  readonly rung: string
  /** Ids of that rung's criteria that are not met. */
  readonly unmet: readonly string[]
  /** Ids of that rung's criteria whose evidence is missing. */
  readonly unknown: readonly string[]
}

/**
 * An explained placement on a ladder, from {@link assess}. It writes as plain JSON and never
 * changes once made: store it as it is, with the ladder id and version it used.
 *
 * @example
 * ```ts
 * const assessment: Assessment = assess(ladder, facts, { asOf: '2026-03-01' })
 * await store.save(JSON.stringify(assessment))
 * ```
 */
export interface Assessment extends Placement {
  readonly ladder: { readonly id: string; readonly version: string }
  readonly asOf: string
  readonly rungs: readonly RungResult[]
  /** `null` when the participant is on the highest rung. */
  readonly next: NextStep | null
}

/**
 * What {@link assess} returns: an {@link Assessment} whose `rungs` (and each explanation) are
 * worked out when first read. `JSON.stringify` writes all of it; `toJSON()` gives a plain copy,
 * which is what to spread, `structuredClone` or store: those see only own properties, and
 * `rungs` is not one.
 *
 * @example
 * ```ts
 * const result = assess(compiled, facts, { asOf: '2026-03-01' })
 * const record = { participant: 'p-17', ...result.toJSON() } // rungs included
 * ```
 */
export interface AssessmentResult extends Assessment {
  /** The assessment as plain data: `rungs` included, explanations as `{ nl, en }` texts. */
  toJSON(): Assessment
}

