// rules/operators/all.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryItemRule, arbitraryItems, itAgreesInterpretedAndCompiled } from './agreement.js'

describe('all', () => itAgreesInterpretedAndCompiled('all', { operands: fc.tuple(arbitraryItems(), arbitraryItemRule()) }))
