// rules/operators/max.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('max', () => itAgreesInterpretedAndCompiled('max'))
