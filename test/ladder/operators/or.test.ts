// rules/operators/or.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('or', () => itAgreesInterpretedAndCompiled('or'))
