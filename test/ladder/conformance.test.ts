import { describe, expect, it } from 'vitest'
import jsonLogic from 'json-logic-js'
import { compileRule, evaluate } from '@doorstart/ladder'
import suite from '../fixtures/jsonlogic-official-tests.json' with { type: 'json' }

interface Case { description: string; rule: unknown; data: unknown; result: unknown }

const cases = (suite as unknown[]).filter((entry): entry is Case => typeof entry === 'object' && entry !== null)

describe('the official JSON Logic suite', () => {
  it('has 278 cases', () => {
    expect(cases).toHaveLength(278)
  })

  it('is what json-logic-js 2.0.5 returns (the reference)', () => {
    const failures = cases.filter((c) => JSON.stringify(jsonLogic.apply(c.rule as never, c.data)) !== JSON.stringify(c.result))
    expect(failures).toEqual([])
  })

  it.each(cases.map((c, index) => [index, c.description, c] as const))('evaluate passes case %i: %s', (_index, _description, c) => {
    expect(evaluate(c.rule, c.data)).toEqual(c.result)
  })

  it.each(cases.map((c, index) => [index, c.description, c] as const))('compileRule passes case %i: %s', (_index, _description, c) => {
    expect(compileRule(c.rule)(c.data)).toEqual(c.result)
  })
})
