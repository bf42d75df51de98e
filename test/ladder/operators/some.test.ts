// rules/operators/some.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryItemRule, arbitraryItems, itAgreesInterpretedAndCompiled } from './agreement.js'

describe('some', () => itAgreesInterpretedAndCompiled('some', { operands: fc.tuple(arbitraryItems(), arbitraryItemRule()) }))
