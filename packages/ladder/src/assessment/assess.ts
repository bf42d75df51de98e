import type { Ladder } from '../ladder/Ladder.js'
import { asEvaluationError } from '../rules/evaluate.js'
import { firstFailingCriterion } from '../internal/ladderCodegen.js'
import type { AssessOptions, Assessment, AssessmentResult, NextStep, RungResult } from './Assessment.js'
import { checkFacts } from './checkInputs.js'
import { CompiledLadder, compileLadder } from './CompiledLadder.js'
import type { CriterionOutcomes } from './OutcomePass.js'
import { buildRungResults, criterionPath, nextStep } from './rungResults.js'

/**
 * Assesses a participant on a ladder: the placed rung, whether missing evidence makes it
 * provisional, the outcome of every rung and criterion with the absent facts and a short
 * explanation in Dutch and English, and what stands between the participant and the next rung.
 *
 * Missing evidence is `unknown`, never a silent pass or fail. Every criterion is evaluated here
 * (a rule that fails throws here), but `rungs` and each explanation are worked out when first
 * read, so batch work that needs only the placement and `next` does not pay for them; do not
 * change `facts` before reading them. `JSON.stringify` writes the whole assessment; for a plain
 * copy to spread, clone or store, use `toJSON()` (see {@link AssessmentResult}).
 *
 * @param ladder - A compiled ladder (fast) or a definition (compiled on every call).
 * @param facts - What is known about the participant, a plain JSON object read with `var`.
 * @param options - `asOf`: the assessment date (YYYY-MM-DD); the engine never reads the clock.
 * @throws {@link DoorstartError} `facts-not-object`, `invalid-as-of`, or a {@link RuleEvaluationError} (its path names the criterion).
 * @example
 * ```ts
 * const result = assess(builtinLadders.participatieladder, { paidWork: { hoursPerWeek: 24, support: [] } }, { asOf: '2026-03-01' })
 * result.rung //=> 'betaald-werk'
 * result.rungs[5]?.criteria[0]?.explanation.nl //=> 'Voldaan: contracturen betaald werk per week is 24 (vereist: meer dan 0).'
 * ```
 */
export function assess(ladder: Ladder | CompiledLadder, facts: unknown, options: AssessOptions): AssessmentResult {
  const compiled = ladder instanceof CompiledLadder ? ladder : compileLadder(ladder)
  checkFacts(facts)
  const asOf = compiled.asOfOf(options)
  const outcomes = evaluateCriteria(compiled, facts, asOf, false)
  const placement = outcomes.placement
  const placed = (placement >> 1) - 1
  const next = nextStep(compiled, outcomes.codes, placed + 1)
  compiled.outcomes.release(outcomes)
  return new LazyAssessment(compiled, facts, asOf, placed < 0 ? null : compiled.rungIds[placed]!, (placement & 1) === 1, next)
}

/**
 * @internal Lends `use` the outcome codes and absent facts of every criterion, for writers that
 * serialise an assessment without building its result objects (the CLI).
 */
export function withCriterionOutcomes<T>(compiled: CompiledLadder, facts: unknown, asOf: string, use: (outcomes: CriterionOutcomes) => T): T {
  const outcomes = evaluateCriteria(compiled, facts, asOf, true)
  try {
    return use(outcomes)
  } finally {
    compiled.outcomes.release(outcomes)
  }
}

/** Runs the outcome pass; a rule that throws becomes a RuleEvaluationError naming its criterion. */
function evaluateCriteria(compiled: CompiledLadder, facts: unknown, asOf: string, recordMissing: boolean): CriterionOutcomes {
  try {
    return compiled.outcomes.run(facts, asOf, recordMissing)
  } catch (error) {
    throw asEvaluationError(error, criterionPath(compiled, firstFailingCriterion(compiled.ladder, facts, asOf)))
  }
}

/**
 * An assessment whose `rungs` are built on first read: the criteria are evaluated again,
 * recording absent facts, and the results kept. Building them for every assessment would cost
 * several times the evaluation itself (dozens of objects per participant).
 */
class LazyAssessment implements AssessmentResult {
  readonly ladder: { readonly id: string; readonly version: string }
  readonly asOf: string
  readonly rung: string | null
  readonly provisional: boolean
  readonly next: NextStep | null
  #compiled: CompiledLadder | undefined
  #facts: unknown
  #rungs: readonly RungResult[] | undefined

  constructor(compiled: CompiledLadder, facts: unknown, asOf: string, rung: string | null, provisional: boolean, next: NextStep | null) {
    this.ladder = compiled.reference
    this.asOf = asOf
    this.rung = rung
    this.provisional = provisional
    this.next = next
    this.#compiled = compiled
    this.#facts = facts
  }

  get rungs(): readonly RungResult[] {
    if (this.#rungs === undefined) {
      const compiled = this.#compiled!
      this.#rungs = withCriterionOutcomes(compiled, this.#facts, this.asOf, (outcomes) => buildRungResults(compiled, this.#facts, outcomes))
      this.#compiled = undefined
      this.#facts = undefined
    }
    return this.#rungs
  }

  /** The assessment as plain data, `rungs` and explanation texts included: what `JSON.stringify` writes. */
  toJSON(): Assessment {
    const rungs = this.rungs.map((rung) => ({
      id: rung.id,
      outcome: rung.outcome,
      criteria: rung.criteria.map(({ id, outcome, missing, explanation }) => ({ id, outcome, missing, explanation: { nl: explanation.nl, en: explanation.en } })),
    }))
    return { ladder: this.ladder, asOf: this.asOf, rung: this.rung, provisional: this.provisional, rungs, next: this.next }
  }

  /** Node's console shows the whole assessment. */
  [Symbol.for('nodejs.util.inspect.custom')](): Assessment {
    return this.toJSON()
  }
}
