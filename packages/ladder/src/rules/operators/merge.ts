// `merge`: the operands as one flat list (arrays are spread one level, other values added).
import { strictOperator } from './strict.js'

export const merge = strictOperator({
  name: 'merge', minArgs: 0, maxArgs: Number.POSITIVE_INFINITY,
  apply: (args) => args.reduce<unknown[]>((a, b) => a.concat(b), []),
})
