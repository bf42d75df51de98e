// `and`: the first falsy operand, else the last; in Kleene mode any operand known falsy decides.
import { junction } from './junction.js'

export const and = junction('and')
