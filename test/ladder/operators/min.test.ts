// rules/operators/min.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('min', () => itAgreesInterpretedAndCompiled('min'))
