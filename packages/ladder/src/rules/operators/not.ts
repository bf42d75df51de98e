// `!`: the operand's JSON Logic falsiness (an empty array is falsy, so `!` of it is true).
import { isTruthy } from '../truthy.js'
import { operandCondition, strictOperator } from './strict.js'

export const not = strictOperator({
  name: '!', minArgs: 1, maxArgs: 1, returnsBoolean: true, truthOperands: true,
  condition: operandCondition(true),
  apply: ([a]) => !isTruthy(a),
  inline: (values, generator) => (values.length === 1 ? `!${generator.truthy(values[0]!)}` : undefined),
})
