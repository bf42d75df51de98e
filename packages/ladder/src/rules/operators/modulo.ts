// `%`: JavaScript's remainder.
import { binary, strictOperator } from './strict.js'

export const modulo = strictOperator({
  name: '%', minArgs: 2, maxArgs: 2,
  apply: ([a, b]) => (a as number) % (b as number),
  inline: binary('%'),
})
