// The first step of every assessment: one generated function writes each criterion's outcome
// (and, when asked, the absent facts it read) into buffers. Allocating typed arrays costs more
// than evaluating a whole ladder, so each compiled ladder keeps one set of buffers and lends it out.
import type { Ladder } from '../ladder/Ladder.js'
import { generateOutcomes, type GeneratedOutcomes } from '../internal/ladderCodegen.js'

/** What the outcome pass wrote for one participant. */
export interface CriterionOutcomes {
  /** Per criterion in ladder order: 0 met, 1 not met, 2 unknown. */
  readonly codes: Uint8Array
  /** The absent facts read, criterion after criterion. */
  readonly missing: string[]
  /** Per criterion: where its absent facts start in `missing`. */
  readonly starts: Int32Array
  /** The placement the codes give, packed (placementRules.ts, `packPlacement`). */
  placement: number
}

export class OutcomePass {
  readonly #ladder: Ladder
  readonly #outcomesOnly: GeneratedOutcomes
  /** Generated on first use: only reading an assessment's `rungs` needs the absent facts. */
  #withMissing: GeneratedOutcomes | undefined
  readonly #count: number
  /** The buffers when nobody holds them; a nested call (a getter in the facts) gets its own. */
  #spare: CriterionOutcomes | undefined

  constructor(ladder: Ladder, criterionCount: number) {
    this.#ladder = ladder
    this.#outcomesOnly = generateOutcomes(ladder, false)
    this.#count = criterionCount
    this.#spare = this.#newBuffers()
  }

  /**
   * Evaluates every criterion into lent buffers (`missing` and `starts` only with
   * `recordMissing`); hand them back with {@link release} once read. Throws whatever a rule
   * throws (after taking the buffers back).
   */
  run(facts: unknown, asOf: string, recordMissing: boolean): CriterionOutcomes {
    const outcomes = this.#spare ?? this.#newBuffers()
    this.#spare = undefined
    outcomes.missing.length = 0
    try {
      const evaluate = recordMissing ? (this.#withMissing ??= generateOutcomes(this.#ladder, true)) : this.#outcomesOnly
      outcomes.placement = evaluate(facts, asOf, outcomes.codes, outcomes.missing, outcomes.starts)
    } catch (error) {
      this.#spare = outcomes
      throw error
    }
    return outcomes
  }

  release(outcomes: CriterionOutcomes): void {
    this.#spare = outcomes
  }

  #newBuffers(): CriterionOutcomes {
    return { codes: new Uint8Array(this.#count), missing: [], starts: new Int32Array(this.#count), placement: 0 }
  }
}
