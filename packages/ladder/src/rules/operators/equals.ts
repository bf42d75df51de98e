// `==`: JavaScript's loose equality, as json-logic-js.
import { binary, strictOperator } from './strict.js'

/* eslint-disable eqeqeq -- loose equality is JSON Logic's `==` */
export const equals = strictOperator({
  name: '==', minArgs: 2, maxArgs: 2, returnsBoolean: true,
  apply: ([a, b]) => (a as never) == (b as never),
  inline: binary('=='),
  explain: { kind: 'comparison', requirement: (value) => value, flipped: '==' },
})
