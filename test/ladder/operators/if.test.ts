// rules/operators/if.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('if', () => itAgreesInterpretedAndCompiled('if'))
