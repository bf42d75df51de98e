import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import jsonLogic from 'json-logic-js'
import { assess, compileRule, DoorstartError, evaluate, isTruthy, place, type Ladder } from '@doorstart/ladder'
import { interpret } from '../../packages/ladder/src/internal/interpreter.js'
import { RuleCodeGenerator, type GeneratedRule } from '../../packages/ladder/src/internal/codegen.js'
import { UNKNOWN } from '../../packages/ladder/src/internal/unknown.js'
import { arbitraryData, arbitraryRule } from '../support/arbitraryRule.js'

type Outcome = { ok: true; value: unknown } | { ok: false }

function attempt(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() }
  } catch {
    return { ok: false }
  }
}

function compileKleene(rule: unknown): GeneratedRule {
  const generator = new RuleCodeGenerator('kleene')
  const result = generator.emit(rule, true)
  return generator.build<GeneratedRule>(`return ${result.expr};`)
}

const RUNS = 10_000

describe('evaluate and compileRule against json-logic-js', () => {
  it(`agree with json-logic-js on ${RUNS} generated rules and data`, () => {
    fc.assert(
      fc.property(arbitraryRule(), arbitraryData(), (rule, data) => {
        const reference = attempt(() => jsonLogic.apply(rule as never, data))
        expect(attempt(() => evaluate(rule, data))).toEqual(reference)
        expect(attempt(() => compileRule(rule)(data))).toEqual(reference)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('three-valued evaluation', () => {
  it('gives the same value and the same missing facts interpreted and compiled', () => {
    fc.assert(
      fc.property(arbitraryRule(), arbitraryData(), (rule, data) => {
        const interpretedMissing: string[] = []
        const compiledMissing: string[] = []
        const interpreted = attempt(() => interpret(rule, data, { mode: 'kleene', asOf: undefined, missing: interpretedMissing }))
        const compiled = attempt(() => compileKleene(rule)(data, compiledMissing, undefined, ''))
        expect(compiled).toEqual(interpreted)
        if (interpreted.ok) expect(compiledMissing).toEqual(interpretedMissing)
      }),
      { numRuns: 3_000 },
    )
  })

  it('is sound: a known result has the truthiness json-logic-js gives, whatever was missing', () => {
    fc.assert(
      fc.property(arbitraryRule(), arbitraryData(), (rule, data) => {
        const kleene = attempt(() => compileKleene(rule)(data, null, undefined, ''))
        const reference = attempt(() => jsonLogic.apply(rule as never, data))
        if (kleene.ok && reference.ok && kleene.value !== UNKNOWN) {
          expect(isTruthy(kleene.value)).toBe(isTruthy(reference.value))
        }
      }),
      { numRuns: 3_000 },
    )
  })

  it('never depends on the order of the operands of and / or', () => {
    fc.assert(
      fc.property(fc.constantFrom('and', 'or'), fc.array(arbitraryRule(), { minLength: 2, maxLength: 4 }), arbitraryData(), (op, operands, data) => {
        const outcome = (args: unknown[]): string => {
          const value = attempt(() => compileKleene({ [op]: args })(data, null, undefined, ''))
          if (!value.ok) return 'error'
          return value.value === UNKNOWN ? 'unknown' : isTruthy(value.value) ? 'met' : 'not-met'
        }
        const forward = outcome(operands)
        const backward = outcome([...operands].reverse())
        if (forward !== 'error' && backward !== 'error') expect(backward).toBe(forward)
      }),
      { numRuns: 2_000 },
    )
  })
})

describe('assess on generated rules', () => {
  const ladderWith = (rule: unknown): Ladder => ({
    id: 'generated', version: '1', title: { en: 'Generated' }, placement: 'cumulative',
    rungs: [{ id: 'only', title: { en: 'Only' }, criteria: [{ id: 'rule', title: { en: 'Rule' }, rule: rule as never }] }],
  })

  it('returns an assessment or throws a DoorstartError, never anything else, and the same every time', () => {
    fc.assert(
      fc.property(arbitraryRule(), arbitraryData(), (rule, data) => {
        const run = (): string => {
          try {
            return JSON.stringify(assess(ladderWith(rule), data, { asOf: '2026-03-01' }))
          } catch (error) {
            expect(error).toBeInstanceOf(DoorstartError)
            return (error as DoorstartError).code
          }
        }
        expect(run()).toBe(run())
      }),
      { numRuns: 2_000 },
    )
  })

  it.each(['cumulative', 'first-match'] as const)('places where assess places (%s): place tests outcomes its own way', (placement) => {
    const twoRungs = (lower: unknown, upper: unknown): Ladder => ({
      id: 'generated', version: '1', title: { en: 'Generated' }, placement,
      rungs: [
        { id: 'lower', title: { en: 'Lower' }, criteria: [{ id: 'a', title: { en: 'A' }, rule: lower as never }, { id: 'b', title: { en: 'B' }, rule: upper as never }] },
        { id: 'upper', title: { en: 'Upper' }, criteria: [{ id: 'c', title: { en: 'C' }, rule: upper as never }] },
      ],
    })
    const outcomeOf = (run: () => { rung: string | null; provisional: boolean }): unknown => {
      try {
        const { rung, provisional } = run()
        return { rung, provisional }
      } catch (error) {
        expect(error).toBeInstanceOf(DoorstartError)
        return (error as DoorstartError).code
      }
    }
    fc.assert(
      fc.property(arbitraryRule(), arbitraryRule(), arbitraryData(), (lower, upper, data) => {
        const ladder = twoRungs(lower, upper)
        const facts = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : { value: data }
        const placed = outcomeOf(() => place(ladder, facts, { asOf: '2026-03-01' }))
        const assessed = outcomeOf(() => assess(ladder, facts, { asOf: '2026-03-01' }))
        // assess evaluates every criterion, place only those it needs: a rule that throws on a
        // rung place never reaches fails assess alone.
        if (typeof assessed === 'string' && typeof placed !== 'string') return
        expect(placed).toEqual(assessed)
      }),
      { numRuns: 2_000 },
    )
  })
})
