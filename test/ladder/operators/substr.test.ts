// rules/operators/substr.ts: interpreted and compiled agree.
import { describe } from 'vitest'
import { itAgreesInterpretedAndCompiled } from './agreement.js'

describe('substr', () => itAgreesInterpretedAndCompiled('substr'))
