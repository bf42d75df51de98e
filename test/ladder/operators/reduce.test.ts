// rules/operators/reduce.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryItems, arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const logic = fc.oneof(fc.constantFrom({ var: 'current' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'current.x' }, { var: 'accumulator' }), arbitraryOperand())

describe('reduce', () => itAgreesInterpretedAndCompiled('reduce', {
  operands: fc.oneof(fc.tuple(arbitraryItems(), logic), fc.tuple(arbitraryItems(), logic, arbitraryOperand())),
}))
