// `*`: the product, operands parsed with parseFloat; with one operand json-logic-js returns it
// unchanged (reduce without a start value).
import { RuleEvaluationError } from '../RuleError.js'
import { strictOperator } from './strict.js'

function multiply(args: readonly unknown[]): unknown {
  if (args.length === 0) {
    throw new RuleEvaluationError('rule-evaluation-failed', '"*" needs at least one operand.')
  }
  return args.reduce((a, b) => parseFloat(a as string) * parseFloat(b as string))
}

export const times = strictOperator({ name: '*', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, apply: multiply })
