// rules/operators/var.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const path = fc.constantFrom('a', 'b', 'x', 'items', 'a.b', 'items.0', 'items.1.x', 'x.y', '', 0, 1, null)

describe('var', () => itAgreesInterpretedAndCompiled('var', {
  operands: fc.oneof(
    path.map((p) => [p]),
    fc.tuple(path, fc.oneof(arbitraryOperand(), fc.constant(undefined))).map(([p, fallback]) => [p, fallback]),
    fc.array(arbitraryOperand(), { maxLength: 2 }),
  ),
}))
