// `/`: JavaScript's division.
import { binary, strictOperator } from './strict.js'

export const divide = strictOperator({
  name: '/', minArgs: 2, maxArgs: 2,
  apply: ([a, b]) => (a as number) / (b as number),
  inline: binary('/'),
})
