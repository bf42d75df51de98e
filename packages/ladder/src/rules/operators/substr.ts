// `substr`: part of a text; a negative length counts from the end, as in PHP (json-logic-js does
// the same).
import { strictOperator } from './strict.js'

function substr([source, start, end]: readonly unknown[]): string {
  if ((end as number) < 0) {
    const rest = String(source).substr(start as number)
    return rest.substr(0, rest.length + (end as number))
  }
  return String(source).substr(start as number, end as number)
}

export const substring = strictOperator({ name: 'substr', minArgs: 2, maxArgs: 3, apply: substr })
