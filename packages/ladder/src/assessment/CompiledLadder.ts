import type { Ladder } from '../ladder/Ladder.js'
import { validateLadder } from '../ladder/validateLadder.js'
import { checkAsOf } from './checkInputs.js'
import { checkFactLabels } from './checkFactLabels.js'
import { factLabels as vocabularyLabels, type FactLabels } from '../facts/factLabels.js'
import { OutcomePass } from './OutcomePass.js'
import { generatePlacement, type GeneratedPlacement } from '../internal/ladderCodegen.js'

/**
 * A ladder compiled for fast, repeated assessment: compile once per (id, version), then call
 * `place` or `assess` for as many participants as you like. Immutable.
 *
 * @example
 * ```ts
 * const compiled = compileLadder(ladder)
 * for (const facts of participants) place(compiled, facts, { asOf: '2026-03-01' })
 * ```
 */
export class CompiledLadder {
  /** The validated definition this was compiled from. */
  readonly ladder: Ladder
  /** @internal */
  readonly placeFacts: GeneratedPlacement
  /** @internal Every criterion's outcome code (0 met, 1 not met, 2 unknown) and absent facts, rung by rung. */
  readonly outcomes: OutcomePass
  /** @internal The rung ids, lowest first. */
  readonly rungIds: readonly string[]
  /** @internal Where each rung's criteria start in ladder order; one more entry: the criterion count. */
  readonly rungStarts: readonly number[]
  /** @internal Every criterion's id, in ladder order. */
  readonly criterionIds: readonly string[]
  /** The names of facts that explanations use instead of their paths (the vocabulary's, and any passed to {@link compileLadder}). */
  readonly factLabels: FactLabels
  /** @internal The `ladder` reference of every assessment: `{ id, version }`. */
  readonly reference: { readonly id: string; readonly version: string }

  /** The last asOf that passed validation: batch runs use one date, so it is checked once. */
  private readonly checkedAsOf = { value: '' }

  /** @internal Use {@link compileLadder}. */
  constructor(ladder: Ladder, placeFacts: GeneratedPlacement, factLabels: FactLabels) {
    this.ladder = ladder
    this.factLabels = factLabels
    this.placeFacts = placeFacts
    this.rungIds = Object.freeze(ladder.rungs.map((rung) => rung.id))
    const starts = [0]
    for (const rung of ladder.rungs) starts.push(starts[starts.length - 1]! + rung.criteria.length)
    this.rungStarts = Object.freeze(starts)
    this.criterionIds = Object.freeze(ladder.rungs.flatMap((rung) => rung.criteria.map((criterion) => criterion.id)))
    this.outcomes = new OutcomePass(ladder, starts[starts.length - 1]!)
    this.reference = Object.freeze({ id: ladder.id, version: ladder.version })
    Object.freeze(this)
  }

  /** @internal Returns the validated `asOf` option, or throws `invalid-as-of`. */
  asOfOf(options: unknown): string {
    const asOf = typeof options === 'object' && options !== null ? (options as { asOf?: unknown }).asOf : undefined
    if (asOf === this.checkedAsOf.value && asOf !== '') return asOf
    this.checkedAsOf.value = checkAsOf(options)
    return this.checkedAsOf.value
  }

  /** The ladder's id. */
  get id(): string {
    return this.ladder.id
  }

  /** The ladder's version. */
  get version(): string {
    return this.ladder.version
  }
}

/** Options of {@link compileLadder}. */
export interface CompileOptions {
  /**
   * Names of facts for explanations, by dotted path, in Dutch and English, added to (and
   * overriding) the fact vocabulary's {@link factLabels}: e.g. a centre's own facts.
   */
  readonly factLabels?: FactLabels
}

/**
 * Validates and compiles a ladder definition once, for many assessments. Each criterion becomes
 * generated JavaScript with literal property reads; values from the rules never become code.
 *
 * @param ladder - A ladder definition (validated again here, so parsed JSON is fine). A ladder
 *   that is already compiled is returned as it is (with its own fact names).
 * @param options - `factLabels`: names of a centre's own facts for the explanations.
 * @returns A compiled ladder for {@link place} and {@link assess}.
 * @throws {@link LadderValidationError} when the definition is not valid; a {@link DoorstartError}
 *   `invalid-fact-labels` when a fact name is not `{ nl?, en? }` text.
 * @example
 * ```ts
 * const compiled = compileLadder(validateLadder(JSON.parse(text)), {
 *   factLabels: { keukenUren: { nl: 'uren in de keuken per week', en: 'hours in the kitchen per week' } },
 * })
 * place(compiled, { keukenUren: 16 }, { asOf: '2026-03-01' }).rung
 * ```
 */
export function compileLadder(ladder: Ladder | CompiledLadder, options: CompileOptions = {}): CompiledLadder {
  if (ladder instanceof CompiledLadder) return ladder
  const labels = options.factLabels === undefined ? vocabularyLabels : Object.freeze({ ...vocabularyLabels, ...checkFactLabels(options.factLabels) })
  const validated = deepFreeze(validateLadder(ladder))
  return new CompiledLadder(validated, generatePlacement(validated), labels)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
