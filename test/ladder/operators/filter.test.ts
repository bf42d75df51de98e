// rules/operators/filter.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryItemRule, arbitraryItems, itAgreesInterpretedAndCompiled } from './agreement.js'

describe('filter', () => itAgreesInterpretedAndCompiled('filter', { operands: fc.tuple(arbitraryItems(), arbitraryItemRule()) }))
