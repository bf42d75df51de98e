// `!==`: strict inequality.
import { binary, strictOperator } from './strict.js'

export const strictNotEquals = strictOperator({
  name: '!==', minArgs: 2, maxArgs: 2, returnsBoolean: true,
  apply: ([a, b]) => a !== b,
  inline: binary('!=='),
  explain: { kind: 'comparison', requirement: (value, locale) => (locale === 'nl' ? `niet ${value}` : `not ${value}`), flipped: '!==' },
})
