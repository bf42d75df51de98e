// `>`: JavaScript's comparison (numbers, strings, and its coercions).
import { binary, strictOperator } from './strict.js'

export const greaterThan = strictOperator({
  name: '>', minArgs: 2, maxArgs: 2, returnsBoolean: true,
  apply: ([a, b]) => (a as never) > (b as never),
  inline: binary('>'),
  explain: { kind: 'comparison', requirement: (value, locale) => (locale === 'nl' ? `meer dan ${value}` : `more than ${value}`), flipped: '<' },
})
