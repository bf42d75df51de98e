// rules/operators/missingSome.ts: interpreted and compiled agree.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const keys = fc.array(fc.constantFrom('a', 'b', 'x', 'items', 'a.b', 'items.0', 'items.1.x', 'x.y', '', 0), { maxLength: 3 })

describe('missing_some', () => itAgreesInterpretedAndCompiled('missing_some', {
  operands: fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 3 }), keys),
    fc.tuple(arbitraryOperand(), fc.oneof(keys, arbitraryOperand())),
  ),
}))

describe('missing_some with a key that is not a list', () => {
  it('counts as json-logic-js does (the length of a non-list is undefined), compiled too', async () => {
    const { compileRule, evaluate } = await import('@doorstart/ladder')
    const rule = { missing_some: [-1.5, 0.5] }
    expect(evaluate(rule, {})).toEqual([0.5])
    expect(compileRule(rule)({})).toEqual([0.5])
  })
})
