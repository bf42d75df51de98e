// rules/operators/none.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryItemRule, arbitraryItems, itAgreesInterpretedAndCompiled } from './agreement.js'

describe('none', () => itAgreesInterpretedAndCompiled('none', { operands: fc.tuple(arbitraryItems(), arbitraryItemRule()) }))
