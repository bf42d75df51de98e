import type { Criterion, Ladder } from '../ladder/Ladder.js'
import { asEvaluationError } from '../rules/evaluate.js'
import { placeFromOutcomes } from '../internal/ladderCodegen.js'
import { UNKNOWN } from '../internal/unknown.js'
import type { AssessOptions, Assessment, CriterionResult, NextStep, Outcome, RungResult } from './Assessment.js'
import { checkFacts } from './checkInputs.js'
import { CompiledLadder, compileLadder } from './CompiledLadder.js'
import { explainCriterion, type Explanation } from './explainCriterion.js'

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
  const rungs: RungResult[] = []
  let ruleIndex = 0

  for (let r = 0; r < definition.rungs.length; r++) {
    const rung = definition.rungs[r]!
    const criteria: CriterionResult[] = []
    let rungOutcome: Outcome = 'met'
    for (let c = 0; c < rung.criteria.length; c++) {
      const criterion = rung.criteria[c]!
      const start = missing.length
      let value: unknown
      try {
        value = rules[ruleIndex++]!(facts, missing, asOf, '')
      } catch (error) {
        throw asEvaluationError(error, `/rungs/${r}/criteria/${c}/rule`)
      }
      const outcome: Outcome = value === UNKNOWN ? 'unknown' : (Array.isArray(value) ? value.length !== 0 : !!value) ? 'met' : 'not-met'
      const absent = outcome === 'unknown' ? [...new Set(missing.slice(start))] : NO_MISSING
      criteria.push(criterionResult(criterion, facts, outcome, absent))
      if (outcome === 'not-met') rungOutcome = 'not-met'
      else if (outcome === 'unknown' && rungOutcome === 'met') rungOutcome = 'unknown'
    }
    rungs.push({ id: rung.id, outcome: rungOutcome, criteria })
  }

  const ids = definition.rungs.map((rung) => rung.id)
  const placement = placeFromOutcomes(definition.placement, ids, (index) => OUTCOME_CODES[rungs[index]!.outcome])
  return {
    ladder: { id: definition.id, version: definition.version },
    asOf,
    rung: placement.rung,
    provisional: placement.provisional,
    rungs,
    next: nextStep(rungs, placement.rung),
  }
}

function criterionResult(criterion: Criterion, facts: unknown, outcome: Outcome, missing: readonly string[]): CriterionResult {
  let explanation: Explanation | undefined
  return {
    id: criterion.id,
    outcome,
    missing,
    // Worked out when first read: most batch callers never read it.
    get explanation(): Explanation {
      explanation ??= explainCriterion(criterion, facts, outcome, missing)
      return explanation
    },
  }
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
