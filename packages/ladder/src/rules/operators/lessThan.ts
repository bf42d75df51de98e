// `<`: JavaScript's comparison; with three operands, `a < b < c` (b strictly between).
import { binary, strictOperator } from './strict.js'

export const lessThan = strictOperator({
  name: '<', minArgs: 2, maxArgs: 3, returnsBoolean: true,
  apply: ([a, b, c]) => (c === undefined ? (a as never) < (b as never) : (a as never) < (b as never) && (b as never) < (c as never)),
  inline: binary('<'),
  explain: { kind: 'comparison', requirement: (value, locale) => (locale === 'nl' ? `minder dan ${value}` : `less than ${value}`), flipped: '>' },
})
