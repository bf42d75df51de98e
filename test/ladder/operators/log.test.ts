// rules/operators/log.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('log', () => itAgreesInterpretedAndCompiled('log'))
