// `min`: Math.min of the operands.
import { strictOperator } from './strict.js'

export const min = strictOperator({ name: 'min', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, apply: (args) => Math.min(...(args as number[])) })
