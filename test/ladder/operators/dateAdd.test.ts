// rules/operators/dateAdd.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const date = fc.oneof(fc.constantFrom('2026-01-31', '2026-02-28', '2028-02-29', '2026-02-30', 'soon', 3, null, { as_of: [] }), arbitraryOperand())

describe('date_add', () => itAgreesInterpretedAndCompiled('date_add', {
  operands: fc.tuple(date, fc.oneof(fc.integer({ min: -13, max: 13 }), arbitraryOperand()), fc.oneof(fc.constantFrom('days', 'weeks', 'months', 'years', 'hours'), arbitraryOperand())),
}))
