// rules/operators/missing.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const keys = fc.array(fc.constantFrom('a', 'b', 'x', 'items', 'a.b', 'items.0', 'items.1.x', 'x.y', '', 0), { maxLength: 3 })

describe('missing', () => itAgreesInterpretedAndCompiled('missing', {
  operands: fc.oneof(keys, keys.map((list) => [list]), fc.array(arbitraryOperand(), { minLength: 1, maxLength: 2 })),
}))
