import type { Ladder } from '../ladder/Ladder.js'
import { asEvaluationError } from '../rules/evaluate.js'
import type { AssessOptions, Placement } from './Assessment.js'
import { checkFacts } from './checkInputs.js'
import { CompiledLadder, compileLadder } from './CompiledLadder.js'

/**
 * Places a participant on a ladder: the same rung and `provisional` flag as {@link assess},
 * without outcomes or explanations. The fast path for batch work: pass a compiled ladder, and
 * nothing is allocated per call (the result is a shared, frozen object).
 *
 * @param ladder - A compiled ladder (fast) or a definition (compiled on every call).
 * @param facts - What is known about the participant; a missing fact leaves its criterion unknown.
 * @param options - `asOf`: the assessment date (YYYY-MM-DD); the engine never reads the clock.
 * @throws {@link DoorstartError} `facts-not-object`, `invalid-as-of`, or a {@link RuleEvaluationError}.
 * @example
 * ```ts
 * const compiled = compileLadder(builtinLadders.participatieladder)
 * place(compiled, { socialContactsPerWeek: 2 }, { asOf: '2026-03-01' }) //=> { rung: 'sociale-contacten', provisional: true }
 * ```
 */
export function place(ladder: Ladder | CompiledLadder, facts: unknown, options: AssessOptions): Placement {
  const compiled = ladder instanceof CompiledLadder ? ladder : compileLadder(ladder)
  checkFacts(facts)
  const asOf = compiled.asOfOf(options)
  try {
    return compiled.placeFacts(facts, null, asOf, '')
  } catch (error) {
    throw asEvaluationError(error)
  }
}
