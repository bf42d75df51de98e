// rules/operators/map.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import fc from 'fast-check'
import { arbitraryItemRule, arbitraryItems, itAgreesInterpretedAndCompiled } from './agreement.js'

describe('map', () => itAgreesInterpretedAndCompiled('map', { operands: fc.tuple(arbitraryItems(), arbitraryItemRule()) }))
