import type { Ladder } from '../ladder/Ladder.js'
import { asEvaluationError } from '../rules/evaluate.js'
import { placeFromOutcomes } from '../internal/ladderCodegen.js'
import { UNKNOWN } from '../internal/unknown.js'
import type { AssessOptions, Assessment, CriterionResult, NextStep, Outcome, RungResult } from './Assessment.js'
import { checkFacts } from './checkInputs.js'
import { CompiledLadder, compileLadder } from './CompiledLadder.js'
import { LazyExplanation } from './explainCriterion.js'

const OUTCOME_CODES: Readonly<Record<Outcome, number>> = { met: 0, 'not-met': 1, unknown: 2 }
const NO_MISSING: readonly string[] = Object.freeze([])

/**
 * Assesses a participant on a ladder: the placed rung, whether missing evidence makes it
 * provisional, the outcome of every rung and criterion with the absent facts and a short
 * explanation in Dutch and English, and what stands between the participant and the next rung.
 *
 * Missing evidence is `unknown`, never a silent pass or fail. The result is plain JSON; each
 * explanation is worked out when first read (so do not change `facts` before reading them).
 *
 * @param ladder - A compiled ladder (fast) or a definition (compiled on every call).
 * @param facts - What is known about the participant, a plain JSON object read with `var`.
 * @param options - `asOf`: the assessment date (YYYY-MM-DD); the engine never reads the clock.
 * @throws {@link DoorstartError} `facts-not-object`, `invalid-as-of`, or a {@link RuleEvaluationError} (its path names the criterion).
 * @example
 * ```ts
 * const result = assess(ladder, { hoursPerWeek: 40 }, { asOf: '2026-03-01' })
 * result.rung //=> 'werk'
 * result.rungs[0]?.criteria[0]?.explanation.nl //=> 'Voldaan: hoursPerWeek is 40 (vereist: ten minste 32).'
 * ```
 */
export function assess(ladder: Ladder | CompiledLadder, facts: unknown, options: AssessOptions): Assessment {
  const compiled = ladder instanceof CompiledLadder ? ladder : compileLadder(ladder)
  checkFacts(facts)
  const asOf = compiled.asOfOf(options)
  const definition = compiled.ladder
  const missing: string[] = []
  const values: unknown[] = []
  const starts: number[] = []
  try {
    compiled.evaluateCriteria(facts, missing, asOf, values, starts)
  } catch (error) {
    throw asEvaluationError(error, failingCriterionPath(definition, values.length))
  }
  const rungs: RungResult[] = new Array(definition.rungs.length)
  let index = 0
  for (let r = 0; r < definition.rungs.length; r++) {
    const rung = definition.rungs[r]!
    const criteria: CriterionResult[] = new Array(rung.criteria.length)
    let rungOutcome: Outcome = 'met'
    for (let c = 0; c < rung.criteria.length; c++, index++) {
      const criterion = rung.criteria[c]!
      const value = values[index]
      let outcome: Outcome
      let absent = NO_MISSING
      if (value === UNKNOWN) {
        outcome = 'unknown'
        absent = distinct(missing, starts[index]!, index + 1 < starts.length ? starts[index + 1]! : missing.length)
        if (rungOutcome === 'met') rungOutcome = 'unknown'
      } else if (Array.isArray(value) ? value.length !== 0 : !!value) {
        outcome = 'met'
      } else {
        outcome = 'not-met'
        rungOutcome = 'not-met'
      }
      criteria[c] = { id: criterion.id, outcome, missing: absent, explanation: new LazyExplanation(criterion, facts, outcome, absent) }
    }
    rungs[r] = { id: rung.id, outcome: rungOutcome, criteria }
  }

  const placement = placeFromOutcomes(definition.placement, compiled.rungIds, (index) => OUTCOME_CODES[rungs[index]!.outcome])
  return {
    ladder: { id: definition.id, version: definition.version },
    asOf,
    rung: placement.rung,
    provisional: placement.provisional,
    rungs,
    next: nextStep(rungs, placement.rung),
  }
}

/** The distinct paths in `paths[start..end)`, in order. */
function distinct(paths: readonly string[], start: number, end: number): string[] {
  const result: string[] = []
  for (let i = start; i < end; i++) if (!result.includes(paths[i]!)) result.push(paths[i]!)
  return result
}

/** The JSON Pointer of the criterion that threw: the one after the last value written. */
function failingCriterionPath(ladder: Ladder, failedIndex: number): string {
  let index = 0
  for (let r = 0; r < ladder.rungs.length; r++) {
    for (let c = 0; c < ladder.rungs[r]!.criteria.length; c++, index++) {
      if (index === failedIndex) return `/rungs/${r}/criteria/${c}/rule`
    }
  }
  return ''
}

function nextStep(rungs: readonly RungResult[], placed: string | null): NextStep | null {
  const index = placed === null ? 0 : rungs.findIndex((rung) => rung.id === placed) + 1
  const rung = rungs[index]
  if (rung === undefined) return null
  return {
    rung: rung.id,
    unmet: rung.criteria.filter((criterion) => criterion.outcome === 'not-met').map((criterion) => criterion.id),
    unknown: rung.criteria.filter((criterion) => criterion.outcome === 'unknown').map((criterion) => criterion.id),
  }
}
