// rules/operators/in.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('in', () => itAgreesInterpretedAndCompiled('in'))
