// rules/operators/asOf.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryOperand, itAgreesInterpretedAndCompiled } from './agreement.js'

describe('as_of', () => itAgreesInterpretedAndCompiled('as_of', { operands: fc.oneof(fc.constant([]), fc.array(arbitraryOperand(), { maxLength: 1 })) }))
