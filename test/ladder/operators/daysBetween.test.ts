// rules/operators/daysBetween.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

const date = fc.oneof(fc.constantFrom('2026-01-31', '2026-02-28', '2028-02-29', '2026-02-30', 'soon', 3, null, { as_of: [] }), arbitraryOperand())

describe('days_between', () => itAgreesInterpretedAndCompiled('days_between', { operands: fc.tuple(date, date) }))
