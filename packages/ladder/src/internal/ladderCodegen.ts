// Code generation for a whole ladder: one `place` function with every criterion inlined, and
// one function per criterion for `assess`. Both evaluate in Kleene mode (missing evidence is
// UNKNOWN); see codegen.ts for how rule values are kept out of the generated source.
import type { Ladder } from '../ladder/Ladder.js'
import type { Placement } from '../assessment/Assessment.js'
import { interpret } from './interpreter.js'
import { RuleCodeGenerator, type GeneratedRule } from './codegen.js'
import { UNKNOWN } from './unknown.js'

/**
 * `(facts, null, asOf, '') => placement`, for checked facts; the placements are shared frozen
 * objects, so nothing is allocated per call.
 */
export type GeneratedPlacement = (facts: unknown, missing: null, asOf: string, scope: '') => Placement

const MET = 0
const NOT_MET = 1
const OPEN = 2

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
 * Evaluates every criterion of a ladder, in order: `values[i]` receives criterion i's value (or
 * UNKNOWN) and `starts[i]` the length of `missing` before it, so that its absent facts are
 * `missing.slice(starts[i], starts[i + 1])`.
 */
export type GeneratedAssessment = (facts: unknown, missing: string[], asOf: string, values: unknown[], starts: number[]) => void

/** Generates one function that evaluates all criteria, each inlined (no call per criterion). */
export function generateAssessment(ladder: Ladder): GeneratedAssessment {
  try {
    const generator = new RuleCodeGenerator('kleene', true)
    let index = 0
    for (const rung of ladder.rungs) {
      for (const criterion of rung.criteria) {
        generator.line(`B[${index}] = M.length;`)
        const value = generator.emit(criterion.rule, true)
        generator.line(`O[${index}] = ${value.expr};`)
        index += 1
      }
    }
    const main = generator.build<(d: unknown, M: string[], A: string, S: string, O: unknown[], B: number[]) => void>('', 'd, M, A, S, O, B')
    return (facts, missing, asOf, values, starts) => main(facts, missing, asOf, '', values, starts)
  } catch (error) {
    if (!(error instanceof EvalError)) throw error
    const rules = generateCriteria(ladder)
    return (facts, missing, asOf, values, starts) => {
      rules.forEach((rule, index) => {
        starts[index] = missing.length
        values[index] = rule(facts, missing, asOf, '')
      })
    }
  }
}

/** Generates one function per criterion, in ladder order (rung by rung). */
export function generateCriteria(ladder: Ladder): GeneratedRule[] {
  const rules = ladder.rungs.flatMap((rung) => rung.criteria.map((criterion) => criterion.rule))
  try {
    const generator = new RuleCodeGenerator('kleene')
    const names = rules.map((rule) => generator.hoist(rule, true))
    return generator.build<() => GeneratedRule[]>(`return [${names.join(', ')}];`, '')()
  } catch (error) {
    if (!(error instanceof EvalError)) throw error
    return rules.map((rule): GeneratedRule => (data, missing, asOf) =>
      interpret(rule, data, { mode: 'kleene', asOf, missing: missing ?? undefined }))
  }
}

function generatePlacementCode(ladder: Ladder): GeneratedPlacement {
  const generator = new RuleCodeGenerator('kleene', true, false)
  const outcome = generator.temp()
  const sawUnknown = generator.temp()
  const ids = ladder.rungs.map((rung) => rung.id)

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

  if (ladder.placement === 'cumulative') {
    // The highest rung R such that every rung up to R is met; provisional when the rung above is open.
    ids.forEach((_, index) => {
      emitRung(index)
      const below = index === 0 ? null : ids[index - 1]!
      generator.line(`if (${outcome} !== ${MET}) return ${outcome} === ${OPEN} ? ${generator.reference(placementOf(below, true))} : ${generator.reference(placementOf(below, false))};`)
    })
    return generator.build(`return ${generator.reference(placementOf(ids[ids.length - 1]!, false))};`)
  }
  // first-match: scanning down from the top, the first rung met; provisional when a rung above it is open.
  const anyOpen = generator.temp()
  generator.line(`${anyOpen} = false;`)
  for (let index = ids.length - 1; index >= 0; index--) {
    emitRung(index)
    const placed = ids[index]!
    generator.line(`if (${outcome} === ${MET}) return ${anyOpen} ? ${generator.reference(placementOf(placed, true))} : ${generator.reference(placementOf(placed, false))};`)
    generator.line(`if (${outcome} === ${OPEN}) ${anyOpen} = true;`)
  }
  return generator.build(`return ${anyOpen} ? ${generator.reference(placementOf(null, true))} : ${generator.reference(placementOf(null, false))};`)
}

function interpretPlacement(ladder: Ladder): GeneratedPlacement {
  const rungOutcome = (index: number, facts: unknown, asOf: string): number => {
    let open = false
    for (const criterion of ladder.rungs[index]!.criteria) {
      const value = interpret(criterion.rule, facts, { mode: 'kleene', asOf, missing: undefined })
      if (value === UNKNOWN) open = true
      else if (!(Array.isArray(value) ? value.length !== 0 : !!value)) return NOT_MET
    }
    return open ? OPEN : MET
  }
  const ids = ladder.rungs.map((rung) => rung.id)
  return (facts, _missing, asOf) => placeFromOutcomes(ladder.placement, ids, (index) => rungOutcome(index, facts, asOf))
}

/** Placement from rung outcomes (0 met, 1 not met, 2 open), for the interpreter fallback and `assess`. */
export function placeFromOutcomes(mode: Ladder['placement'], ids: readonly string[], outcomeOf: (index: number) => number): Placement {
  if (mode === 'cumulative') {
    for (let index = 0; index < ids.length; index++) {
      const outcome = outcomeOf(index)
      if (outcome !== MET) return { rung: index === 0 ? null : ids[index - 1]!, provisional: outcome === OPEN }
    }
    return { rung: ids[ids.length - 1]!, provisional: false }
  }
  let anyOpen = false
  for (let index = ids.length - 1; index >= 0; index--) {
    const outcome = outcomeOf(index)
    if (outcome === MET) return { rung: ids[index]!, provisional: anyOpen }
    if (outcome === OPEN) anyOpen = true
  }
  return { rung: null, provisional: anyOpen }
}
