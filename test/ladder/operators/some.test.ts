// rules/operators/some.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const items = fc.oneof(
  fc.constant({ var: 'items' }),
  fc.constant({ var: 'a' }),
  fc.array(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.record({ x: fc.integer({ min: 0, max: 3 }), y: fc.constant(0) }), fc.constant(null)), { maxLength: 3 }),
  arbitraryOperand(),
)
const logic = fc.oneof(fc.constantFrom({ var: 'x' }, { var: '' }, { '>': [{ var: 'x' }, 1] }, { '!!': { var: '' } }), arbitraryOperand())

describe('some', () => itAgreesInterpretedAndCompiled('some', { operands: fc.tuple(items, logic) }))
