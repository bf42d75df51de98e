// Code generation for a whole ladder: one `place` function and one `assess` pass, each with every
// criterion inlined. Both evaluate in Kleene mode (missing evidence is UNKNOWN); see codegen.ts
// for how rule values are kept out of the generated source.
import type { Ladder } from '../ladder/Ladder.js'
import type { Placement } from '../assessment/Assessment.js'
import { interpret } from './interpreter.js'
import { RuleCodeGenerator } from './codegen.js'
import { UNKNOWN } from './unknown.js'
import {
  MET, NOT_MET, OPEN, PLACEMENT_RULES, packedPlacement, placedIndex, scannedRung, type PlacementStep, type Provisional,
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
 * the absent facts it read are `missing.slice(starts[i], starts[i + 1])`.
 */
export type GeneratedOutcomes = (facts: unknown, asOf: string, codes: Uint8Array, missing: string[], starts: Int32Array) => void

/**
 * Generates the outcome pass of a ladder: one function, every criterion inlined and tested in
 * place. Without `tracksMissing` it leaves `missing` and `starts` alone, and is faster.
 */
export function generateOutcomes(ladder: Ladder, tracksMissing: boolean): GeneratedOutcomes {
  try {
    const generator = new RuleCodeGenerator('kleene', { factsAreObject: true, tracksMissing })
    let index = 0
    for (const rung of ladder.rungs) {
      for (const criterion of rung.criteria) {
        if (tracksMissing) generator.line(`B[${index}] = M.length;`)
        const condition = generator.emitCondition(criterion.rule)
        const known = `${condition.truth} ? ${MET} : ${NOT_MET}`
        generator.line(`O[${index}] = ${condition.unknown === null ? known : `${condition.unknown} ? ${OPEN} : ${known}`};`)
        index += 1
      }
    }
    const main = generator.build<(d: unknown, M: string[], A: string, S: string, O: Uint8Array, B: Int32Array) => void>('', 'd, M, A, S, O, B')
    return (facts, asOf, codes, missing, starts) => main(facts, missing, asOf, '', codes, starts)
  } catch (error) {
    if (!(error instanceof EvalError)) throw error
    const rules = criterionRules(ladder)
    return (facts, asOf, codes, missing, starts) => {
      rules.forEach((rule, index) => {
        starts[index] = missing.length
        codes[index] = outcomeCode(interpret(rule, facts, { mode: 'kleene', asOf, missing: tracksMissing ? missing : undefined }))
      })
    }
  }
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

/** `place` as one generated function: the placement rules of the ladder's mode, every criterion inlined. */
function generatePlacementCode(ladder: Ladder): GeneratedPlacement {
  const generator = new RuleCodeGenerator('kleene', { factsAreObject: true, tracksMissing: false })
  const outcome = generator.temp()
  const sawUnknown = generator.temp()
  const openPassed = generator.temp()
  const ids = ladder.rungs.map((rung) => rung.id)
  const rule = PLACEMENT_RULES[ladder.placement]
  const placed = (index: number, provisional: Provisional): string => {
    const at = (open: boolean): string => generator.reference(placementOf(index < 0 ? null : ids[index]!, open))
    return provisional === 'if-open-passed' ? `${openPassed} ? ${at(true)} : ${at(false)}` : at(provisional)
  }

  /** Evaluates rung `index` into `outcome`, stopping at its first criterion not met. */
  const emitRung = (index: number): void => {
    const label = generator.label()
    generator.line(`${label}: { ${sawUnknown} = false;`)
    for (const criterion of ladder.rungs[index]!.criteria) {
      const condition = generator.emitCondition(criterion.rule)
      const notMet = `if (!(${condition.truth})) { ${outcome} = ${NOT_MET}; break ${label}; }`
      generator.line(condition.unknown === null ? notMet : `if (${condition.unknown}) ${sawUnknown} = true; else ${notMet}`)
    }
    generator.line(`${outcome} = ${sawUnknown} ? ${OPEN} : ${MET}; }`)
  }
  const emitStep = (step: PlacementStep, code: number, index: number): void => {
    if (step.then === 'place') generator.line(`if (${outcome} === ${code}) return ${placed(placedIndex(step, index), step.provisional)};`)
    else if (step.passesOpen === true) generator.line(`if (${outcome} === ${code}) ${openPassed} = true;`)
  }

  generator.line(`${openPassed} = false;`)
  let index = -1
  for (let k = 0; k < ids.length; k++) {
    index = scannedRung(rule, k, ids.length)
    emitRung(index)
    rule.steps.forEach((step, code) => emitStep(step, code, index))
  }
  return generator.build(`return ${placed(placedIndex(rule.end, index), rule.end.provisional)};`)
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
