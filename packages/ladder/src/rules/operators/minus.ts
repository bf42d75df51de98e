// `-`: the difference; with one operand (or an undefined second one) the negation.
import { strictOperator } from './strict.js'

export const minus = strictOperator({
  name: '-', minArgs: 1, maxArgs: 2,
  apply: ([a, b]) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  // Inline only with a constant subtrahend: json-logic-js negates when the second operand is undefined.
  inline: (values) => {
    const [a, b] = values
    return values.length === 2 && b!.constant !== undefined && b!.constant.value !== undefined ? `(${a!.expr} - ${b!.expr})` : undefined
  },
})
