// rules/operators/and.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('and', () => itAgreesInterpretedAndCompiled('and'))
