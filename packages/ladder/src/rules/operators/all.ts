// `all`: every item of the list meets the rule (a non-empty list).
import { quantifier } from './quantifier.js'

export const all = quantifier('all')
