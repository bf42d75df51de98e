// `!=`: JavaScript's loose inequality, as json-logic-js.
import { binary, strictOperator } from './strict.js'

/* eslint-disable eqeqeq -- loose inequality is JSON Logic's `!=` */
export const notEquals = strictOperator({
  name: '!=', minArgs: 2, maxArgs: 2, returnsBoolean: true,
  apply: ([a, b]) => (a as never) != (b as never),
  inline: binary('!='),
  explain: { kind: 'comparison', requirement: (value, locale) => (locale === 'nl' ? `niet ${value}` : `not ${value}`), flipped: '!=' },
})
