// rules/operators/multiply.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('*', () => itAgreesInterpretedAndCompiled('*'))
