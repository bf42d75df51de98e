// `+`: the sum, each operand parsed with parseFloat (json-logic-js: `{"+": ["1", 2]}` is 3).
import { strictOperator } from './strict.js'

export const plus = strictOperator({
  name: '+', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY,
  apply: (args) => args.reduce<number>((a, b) => parseFloat(a as unknown as string) + parseFloat(b as string), 0),
})
