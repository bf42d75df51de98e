// `!`: the operand's JSON Logic falsiness (an empty array is falsy, so `!` of it is true).
import { isTruthy } from '../truthy.js'
import { strictOperator } from './strict.js'

export const not = strictOperator({
  name: '!', minArgs: 1, maxArgs: 1, returnsBoolean: true, truthOperands: true,
  apply: ([a]) => !isTruthy(a),
  inline: (values, generator) => (values.length === 1 ? `!${generator.truthy(values[0]!)}` : undefined),
})
