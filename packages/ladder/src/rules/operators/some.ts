// `some`: some item of the list meets the rule.
import { quantifier } from './quantifier.js'

export const some = quantifier('some')
