// `===`: strict equality.
import { binary, strictOperator } from './strict.js'

export const strictEquals = strictOperator({
  name: '===', minArgs: 2, maxArgs: 2, returnsBoolean: true,
  apply: ([a, b]) => a === b,
  inline: binary('==='),
  explain: { kind: 'comparison', requirement: (value) => value, flipped: '===' },
})
