// rules/operators/missingSome.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const keys = fc.array(fc.constantFrom('a', 'b', 'x', 'items', 'a.b', 'items.0', 'items.1.x', 'x.y', '', 0), { maxLength: 3 })

describe('missing_some', () => itAgreesInterpretedAndCompiled('missing_some', {
  operands: fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 3 }), keys),
    fc.tuple(arbitraryOperand(), fc.oneof(keys, arbitraryOperand())),
  ),
}))
