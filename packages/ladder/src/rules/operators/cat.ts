// `cat`: the operands joined as text (`Array.prototype.join('')`: null and undefined become '').
import { strictOperator } from './strict.js'

export const cat = strictOperator({ name: 'cat', minArgs: 0, maxArgs: Number.POSITIVE_INFINITY, apply: (args) => args.join('') })
