// `!!`: the operand's JSON Logic truthiness (an empty array is falsy).
import { isTruthy } from '../truthy.js'
import { operandCondition, strictOperator } from './strict.js'

export const doubleNegation = strictOperator({
  name: '!!', minArgs: 1, maxArgs: 1, returnsBoolean: true, truthOperands: true,
  condition: operandCondition(false),
  apply: ([a]) => isTruthy(a),
  inline: (values, generator) => (values.length === 1 ? (values[0]!.isBoolean ? values[0]!.expr : generator.truthy(values[0]!)) : undefined),
  explain: { kind: 'fact' },
})
