// Code generation for a whole ladder: one `place` function and one `assess` pass, each with every
// criterion inlined. Both evaluate in Kleene mode (missing evidence is UNKNOWN); see codegen.ts
// for how rule values are kept out of the generated source.
import type { Ladder } from '../ladder/Ladder.js'
import type { Placement } from '../assessment/Assessment.js'
import { interpret } from './interpreter.js'
import { RuleCodeGenerator } from './codegen.js'
import { UNKNOWN } from './unknown.js'
import {
  MET, NOT_MET, OPEN, PLACEMENT_RULES, packPlacement, packedPlacement, placedIndex, rungOutcome, scannedRung, type PlacementStep, type Provisional,
} from '../assessment/placementRules.js'

export { MET, NOT_MET, OPEN, packedPlacement }

/**
 * `(facts, null, asOf, '') => placement`, for checked facts; the placements are shared frozen
 * objects, so nothing is allocated per call.
 */
export type GeneratedPlacement = (facts: unknown, missing: null, asOf: string, scope: '') => Placement

function placementOf(rung: string | null, provisional: boolean): Placement {
  return Object.freeze({ rung, provisional })
}

/** Generates the placement function of a ladder. */
export function generatePlacement(ladder: Ladder): GeneratedPlacement {
  try {
    return generatePlacementCode(ladder)
  } catch (error) {
    if (!(error instanceof EvalError)) throw error
    return interpretPlacement(ladder)
  }
}

/**
 * Evaluates every criterion of a ladder, in ladder order: `codes[i]` receives criterion i's
 * outcome (0 met, 1 not met, 2 unknown) and `starts[i]` the length of `missing` before it, so that
 * the absent facts it read are `missing.slice(starts[i], starts[i + 1])`. Returns the placement
 * those outcomes give, packed (see {@link packPlacement}).
 */
export type GeneratedOutcomes = (facts: unknown, asOf: string, codes: Uint8Array, missing: string[], starts: Int32Array) => number

/**
 * Generates the outcome pass of a ladder: one function, every criterion inlined and tested in
 * place, then the placement rules over the rung outcomes. Without `tracksMissing` it leaves
 * `missing` and `starts` alone, and is faster.
 */
export function generateOutcomes(ladder: Ladder, tracksMissing: boolean): GeneratedOutcomes {
  try {
    const generator = new RuleCodeGenerator('kleene', { factsAreObject: true, tracksMissing })
    // The main function is called as (d, A, O, M, B): facts at the top of the scope.
    generator.line('const S = "";')
    let index = 0
    const rungOutcomes = ladder.rungs.map((rung) => {
      // A rung's outcome: the OR of its codes (bit 0: some criterion not met, bit 1: some unknown).
      const outcome = generator.temp()
      generator.line(`${outcome} = ${MET};`)
      for (const criterion of rung.criteria) {
        if (tracksMissing) generator.line(`B[${index}] = M.length;`)
        const condition = generator.emitCondition(criterion.rule)
        const known = `${condition.truth} ? ${MET} : ${NOT_MET}`
        generator.line(`${outcome} |= (O[${index}] = ${condition.unknown === null ? known : `${condition.unknown} ? ${OPEN} : ${known}`});`)
        index += 1
      }
      generator.line(`if (${outcome} === ${NOT_MET | OPEN}) ${outcome} = ${NOT_MET};`)
      return outcome
    })
    const tail = emitPlacementRule(generator, ladder, (rung) => rungOutcomes[rung]!, (rung, provisional) => {
      const packed = (open: boolean): string => String(packPlacement(rung, open))
      return provisional === 'if-open-passed' ? `OPEN_PASSED ? ${packed(true)} : ${packed(false)}` : packed(provisional)
    })
    return generator.build<GeneratedOutcomes>(tail, 'd, A, O, M, B')
  } catch (error) {
    if (!(error instanceof EvalError)) throw error
    const rules = criterionRules(ladder)
    const starts = [0]
    for (const rung of ladder.rungs) starts.push(starts[starts.length - 1]! + rung.criteria.length)
    return (facts, asOf, codes, missing, missingStarts) => {
      rules.forEach((rule, index) => {
        missingStarts[index] = missing.length
        codes[index] = outcomeCode(interpret(rule, facts, { mode: 'kleene', asOf, missing: tracksMissing ? missing : undefined }))
      })
      return packedPlacement(ladder.placement, ladder.rungs.length, (rung) => rungOutcome(codes, starts[rung]!, starts[rung + 1]!))
    }
  }
}

/**
 * Emits the ladder's placement rule (placementRules.ts) as statements: rungs in the rule's order,
 * each step an early return. `outcomeOf(rung)` emits what is needed and returns the JS of the
 * rung's outcome code; `result(rung, provisional)` the JS of a placement (`OPEN_PASSED` in it
 * stands for whether an open rung was passed). Returns the final statement.
 */
function emitPlacementRule(
  generator: RuleCodeGenerator, ladder: Ladder, outcomeOf: (rung: number) => string,
  result: (rung: number, provisional: Provisional) => string,
): string {
  const rule = PLACEMENT_RULES[ladder.placement]
  const openPassed = generator.temp()
  const emit = (code: string): string => code.replaceAll('OPEN_PASSED', openPassed)
  const count = ladder.rungs.length
  generator.line(`${openPassed} = false;`)
  let index = -1
  for (let k = 0; k < count; k++) {
    index = scannedRung(rule, k, count)
    const outcome = outcomeOf(index)
    rule.steps.forEach((step: PlacementStep, code) => {
      if (step.then === 'place') generator.line(`if (${outcome} === ${code}) return ${emit(result(placedIndex(step, index), step.provisional))};`)
      else if (step.passesOpen === true) generator.line(`if (${outcome} === ${code}) ${openPassed} = true;`)
    })
  }
  return `return ${emit(result(placedIndex(rule.end, index), rule.end.provisional))};`
}

/**
 * Evaluates the criteria one by one, interpreted, and returns the index of the first that throws
 * (-1 if none does): the path of an evaluation error. Only used once something has thrown.
 */
export function firstFailingCriterion(ladder: Ladder, facts: unknown, asOf: string): number {
  return criterionRules(ladder).findIndex((rule) => {
    try {
      interpret(rule, facts, { mode: 'kleene', asOf, missing: undefined })
      return false
    } catch {
      return true
    }
  })
}

function criterionRules(ladder: Ladder): unknown[] {
  return ladder.rungs.flatMap((rung) => rung.criteria.map((criterion) => criterion.rule))
}

function outcomeCode(value: unknown): number {
  return value === UNKNOWN ? OPEN : (Array.isArray(value) ? value.length !== 0 : !!value) ? MET : NOT_MET
}

/** `place` as one generated function: the placement rule of the ladder's mode, every criterion inlined. */
function generatePlacementCode(ladder: Ladder): GeneratedPlacement {
  const generator = new RuleCodeGenerator('kleene', { factsAreObject: true, tracksMissing: false })
  const outcome = generator.temp()
  const sawUnknown = generator.temp()
  const ids = ladder.rungs.map((rung) => rung.id)

  /** Evaluates rung `index` into `outcome`, stopping at its first criterion not met. */
  const emitRung = (index: number): string => {
    const label = generator.label()
    generator.line(`${label}: { ${sawUnknown} = false;`)
    for (const criterion of ladder.rungs[index]!.criteria) {
      const condition = generator.emitCondition(criterion.rule)
      const notMet = `if (!(${condition.truth})) { ${outcome} = ${NOT_MET}; break ${label}; }`
      generator.line(condition.unknown === null ? notMet : `if (${condition.unknown}) ${sawUnknown} = true; else ${notMet}`)
    }
    generator.line(`${outcome} = ${sawUnknown} ? ${OPEN} : ${MET}; }`)
    return outcome
  }
  const tail = emitPlacementRule(generator, ladder, emitRung, (index, provisional) => {
    const at = (open: boolean): string => generator.reference(placementOf(index < 0 ? null : ids[index]!, open))
    return provisional === 'if-open-passed' ? `OPEN_PASSED ? ${at(true)} : ${at(false)}` : at(provisional)
  })
  return generator.build(tail)
}

function interpretPlacement(ladder: Ladder): GeneratedPlacement {
  const rungOutcome = (index: number, facts: unknown, asOf: string): number => {
    let open = false
    for (const criterion of ladder.rungs[index]!.criteria) {
      const code = outcomeCode(interpret(criterion.rule, facts, { mode: 'kleene', asOf, missing: undefined }))
      if (code === OPEN) open = true
      else if (code === NOT_MET) return NOT_MET
    }
    return open ? OPEN : MET
  }
  const ids = ladder.rungs.map((rung) => rung.id)
  return (facts, _missing, asOf) => {
    const packed = packedPlacement(ladder.placement, ids.length, (index) => rungOutcome(index, facts, asOf))
    return { rung: packed < 2 ? null : ids[(packed >> 1) - 1]!, provisional: (packed & 1) === 1 }
  }
}
