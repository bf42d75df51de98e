// `log`: json-logic-js prints the value; a library that sees personal data logs nothing, so it
// only passes the value on.
import { strictOperator } from './strict.js'

export const log = strictOperator({ name: 'log', minArgs: 1, maxArgs: 1, apply: ([a]) => a })
