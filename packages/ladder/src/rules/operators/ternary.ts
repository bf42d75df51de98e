// `?:`: `if` with exactly one condition, a result and an else-result.
import { conditional } from './if.js'
import type { Operator } from './Operator.js'

export const ternary: Operator = { ...conditional, name: '?:', maxArgs: 3 }
