// `max`: Math.max of the operands.
import { strictOperator } from './strict.js'

export const max = strictOperator({ name: 'max', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, apply: (args) => Math.max(...(args as number[])) })
