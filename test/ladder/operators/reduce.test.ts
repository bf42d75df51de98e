// rules/operators/reduce.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const items = fc.oneof(
  fc.constant({ var: 'items' }),
  fc.constant({ var: 'a' }),
  fc.array(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.record({ x: fc.integer({ min: 0, max: 3 }), y: fc.constant(0) }), fc.constant(null)), { maxLength: 3 }),
  arbitraryOperand(),
)
const logic = fc.oneof(fc.constantFrom({ var: 'current' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'current.x' }, { var: 'accumulator' }), arbitraryOperand())

describe('reduce', () => itAgreesInterpretedAndCompiled('reduce', {
  operands: fc.oneof(fc.tuple(items, logic), fc.tuple(items, logic, arbitraryOperand())),
}))
