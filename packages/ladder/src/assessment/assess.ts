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
  const rules = compiled.criterionRules
  const missing: string[] = []
  const rungs: RungResult[] = new Array(definition.rungs.length)
  let ruleIndex = 0
  let r = 0
  let c = 0
  try {
    for (r = 0; r < definition.rungs.length; r++) {
      const rung = definition.rungs[r]!
      const criteria: CriterionResult[] = new Array(rung.criteria.length)
      let rungOutcome: Outcome = 'met'
      for (c = 0; c < rung.criteria.length; c++) {
        const criterion = rung.criteria[c]!
        const start = missing.length
        const value = rules[ruleIndex++]!(facts, missing, asOf, '')
        let outcome: Outcome
        let absent = NO_MISSING
        if (value === UNKNOWN) {
          outcome = 'unknown'
          absent = distinct(missing, start)
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
  } catch (error) {
    throw asEvaluationError(error, `/rungs/${r}/criteria/${c}/rule`)
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

/** The distinct paths pushed since `start`, in order. */
function distinct(paths: readonly string[], start: number): string[] {
  const result: string[] = []
  for (let i = start; i < paths.length; i++) if (!result.includes(paths[i]!)) result.push(paths[i]!)
  return result
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
