// The property every operator module must have: interpreted (its `interpret`) and compiled (its
// `operation` / `compile`, or the generator's fallback) give the same result, in json-logic-js
// mode and in Kleene mode (the same value, the same absent facts, the same outcome tested in
// place), with operands that read facts and operands that are constant (folded at compile time).
import { expect, it } from 'vitest'
import fc from 'fast-check'
import { interpret, type EvaluationMode } from '../../../packages/ladder/src/internal/interpreter.js'
import { RuleCodeGenerator, type GeneratedRule } from '../../../packages/ladder/src/internal/codegen.js'
import { UNKNOWN } from '../../../packages/ladder/src/internal/unknown.js'
import { OPERATORS, type Operator } from '../../../packages/ladder/src/rules/operators/index.js'
import { arbitraryData, arbitraryRule, arbitraryScalar } from '../../support/arbitraryRule.js'

type Attempt = { ok: true; value: unknown } | { ok: false }

function attempt(run: () => unknown): Attempt {
  try {
    return { ok: true, value: run() }
  } catch {
    return { ok: false }
  }
}

const PATHS = ['a', 'b', 'x', 'items', 'a.b', 'items.0', 'items.1.x', 'x.y', '']

/** An operand: a constant, a fact, or a small rule over the standard operators. */
export const arbitraryOperand = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: arbitraryScalar() },
    { weight: 3, arbitrary: fc.constantFrom(...PATHS).map((path) => ({ var: path })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PATHS), arbitraryScalar()).map(([path, fallback]) => ({ var: [path, fallback] })) },
    { weight: 1, arbitrary: fc.array(arbitraryScalar(), { maxLength: 3 }) },
    { weight: 2, arbitrary: arbitraryRule() },
  )

/** The list of an iterating operator: a fact, a literal list of numbers and items, or any operand. */
export const arbitraryItems = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom({ var: 'items' }, { var: 'a' }),
    fc.array(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.record({ x: fc.integer({ min: 0, max: 3 }), y: fc.constant(0) }), fc.constant(null)), { maxLength: 3 }),
    arbitraryOperand(),
  )

/** The rule an iterating operator runs per item (`filter`, `map`, `all`, `some`, `none`). */
export const arbitraryItemRule = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constantFrom({ var: 'x' }, { var: '' }, { '>': [{ var: 'x' }, 1] }, { '!!': { var: '' } }), arbitraryOperand())

/** Operands in the counts the operator takes (and one more or fewer, as plain evaluation allows). */
export const arbitraryOperands = (operator: Operator): fc.Arbitrary<unknown[]> =>
  fc.array(arbitraryOperand(), { minLength: Math.max(0, operator.minArgs - 1), maxLength: Math.min(operator.maxArgs + 1, operator.minArgs + 3) })

function compile(rule: unknown, mode: EvaluationMode, truthOnly: boolean): GeneratedRule {
  const generator = new RuleCodeGenerator(mode)
  const result = generator.emit(rule, truthOnly)
  return generator.build<GeneratedRule>(`return ${result.expr};`)
}

/** The outcome code of `rule` as a criterion: through `emitCondition`, which tests operations in place. */
function compileOutcome(rule: unknown): (data: unknown, asOf: string | undefined) => number {
  const generator = new RuleCodeGenerator('kleene', { tracksMissing: false })
  const condition = generator.emitCondition(rule)
  const known = `${condition.truth} ? 0 : 1`
  const main = generator.build<GeneratedRule>(`return ${condition.unknown === null ? known : `${condition.unknown} ? 2 : ${known}`};`)
  return (data, asOf) => main(data, null, asOf, '') as number
}

const outcomeOf = (value: unknown): number => (value === UNKNOWN ? 2 : (Array.isArray(value) ? value.length !== 0 : !!value) ? 0 : 1)

export interface AgreementOptions {
  /** Operands to try; by default constants, facts and small rules in about the right counts. */
  readonly operands?: fc.Arbitrary<readonly unknown[]>
  readonly data?: fc.Arbitrary<unknown>
  readonly runs?: number
}

/** Declares the interpreted-vs-compiled property of the operator `name`. */
export function itAgreesInterpretedAndCompiled(name: string, options: AgreementOptions = {}): void {
  const operator = OPERATORS[name]
  const operands = options.operands ?? (operator === undefined ? fc.constant([]) : arbitraryOperands(operator))
  const data = options.data ?? arbitraryData()
  const asOf = fc.constantFrom(undefined, '2026-03-01')
  const numRuns = options.runs ?? Number(process.env.OPERATOR_RUNS ?? 400)

  it(`"${name}" is in the operator table`, () => {
    expect(operator?.name).toBe(name)
  })

  it(`"${name}" gives the same results interpreted and compiled, in json-logic-js mode`, () => {
    fc.assert(fc.property(operands, data, asOf, (args, facts, date) => {
      const rule = { [name]: args }
      const interpreted = attempt(() => interpret(rule, facts, { mode: 'plain', asOf: date, missing: undefined }, false))
      expect(attempt(() => compile(rule, 'plain', false)(facts, null, date, ''))).toEqual(interpreted)
    }), { numRuns })
  })

  it(`"${name}" gives the same value and absent facts interpreted and compiled, in Kleene mode`, () => {
    fc.assert(fc.property(operands, data, asOf, fc.boolean(), (args, facts, date, truthOnly) => {
      const rule = { [name]: args }
      const interpretedMissing: string[] = []
      const compiledMissing: string[] = []
      const interpreted = attempt(() => interpret(rule, facts, { mode: 'kleene', asOf: date, missing: interpretedMissing }, truthOnly))
      const compiled = attempt(() => compile(rule, 'kleene', truthOnly)(facts, compiledMissing, date, ''))
      expect(compiled).toEqual(interpreted)
      if (interpreted.ok) expect(compiledMissing).toEqual(interpretedMissing)
      const outcome = attempt(() => compileOutcome(rule)(facts, date))
      const expected = attempt(() => outcomeOf(interpret(rule, facts, { mode: 'kleene', asOf: date, missing: undefined }, true)))
      expect(outcome).toEqual(expected)
    }), { numRuns })
  })
}
