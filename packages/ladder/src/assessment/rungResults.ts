// The per-rung, per-criterion part of an assessment, built from what the generated outcome pass
// wrote: a code per criterion and the absent facts it read.
import type { CriterionResult, NextStep, Outcome, RungResult } from './Assessment.js'
import type { CompiledLadder } from './CompiledLadder.js'
import { MET, NOT_MET, OPEN as UNKNOWN_OUTCOME, packedPlacement, rungOutcome } from './placementRules.js'
import { LazyExplanation } from './explainCriterion.js'
import type { CriterionOutcomes } from './OutcomePass.js'

const OUTCOMES: readonly Outcome[] = ['met', 'not-met', 'unknown']
const NO_MISSING: readonly string[] = Object.freeze([])

export { rungOutcome }

/** The placement the outcome codes give, packed as {@link packedPlacement} says. */
export function placementCode(compiled: CompiledLadder, codes: Uint8Array): number {
  const starts = compiled.rungStarts
  return packedPlacement(compiled.ladder.placement, compiled.rungIds.length, (index) => rungOutcome(codes, starts[index]!, starts[index + 1]!))
}

/** Builds every rung result with its criteria, their absent facts and lazy explanations. */
export function buildRungResults(compiled: CompiledLadder, facts: unknown, outcomes: CriterionOutcomes): RungResult[] {
  const codes = outcomes.codes
  const rungs = compiled.ladder.rungs
  const results: RungResult[] = []
  for (let r = 0; r < rungs.length; r++) {
    const rung = rungs[r]!
    const start = compiled.rungStarts[r]!
    const criteria: CriterionResult[] = []
    let rungCode = MET
    for (let c = 0; c < rung.criteria.length; c++) {
      const index = start + c
      const code = codes[index]!
      let absent = NO_MISSING
      if (code === UNKNOWN_OUTCOME) {
        absent = absentFactsOf(outcomes, index)
        if (rungCode === MET) rungCode = UNKNOWN_OUTCOME
      } else if (code === NOT_MET) {
        rungCode = NOT_MET
      }
      const criterion = rung.criteria[c]!
      const outcome = OUTCOMES[code]!
      criteria.push({ id: criterion.id, outcome, missing: absent, explanation: new LazyExplanation(criterion, facts, outcome, absent, compiled.factLabels) })
    }
    results.push({ id: rung.id, outcome: OUTCOMES[rungCode]!, criteria })
  }
  return results
}

/** The distinct absent fact paths criterion `index` read, in order (from a pass that recorded them). */
export function absentFactsOf(outcomes: CriterionOutcomes, index: number): string[] {
  const { missing, starts } = outcomes
  const end = index + 1 < starts.length ? starts[index + 1]! : missing.length
  const result: string[] = []
  for (let i = starts[index]!; i < end; i++) if (!result.includes(missing[i]!)) result.push(missing[i]!)
  return result
}

/** The JSON Pointer of the rule of the criterion at `index` in ladder order ('' for -1). */
export function criterionPath(compiled: CompiledLadder, index: number): string {
  if (index < 0) return ''
  let rung = 0
  while (index >= compiled.rungStarts[rung + 1]!) rung += 1
  return `/rungs/${rung}/criteria/${index - compiled.rungStarts[rung]!}/rule`
}

/** The rung above the placement (`index`) and which of its criteria are not met or unknown. */
export function nextStep(compiled: CompiledLadder, codes: Uint8Array, index: number): NextStep | null {
  if (index >= compiled.rungIds.length) return null
  const ids = compiled.criterionIds
  const end = compiled.rungStarts[index + 1]!
  const unmet: string[] = []
  const unknown: string[] = []
  for (let i = compiled.rungStarts[index]!; i < end; i++) {
    const code = codes[i]
    if (code === NOT_MET) unmet.push(ids[i]!)
    else if (code === UNKNOWN_OUTCOME) unknown.push(ids[i]!)
  }
  return { rung: compiled.rungIds[index]!, unmet, unknown }
}
