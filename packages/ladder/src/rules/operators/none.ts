// `none`: no item of the list meets the rule.
import { quantifier } from './quantifier.js'

export const none = quantifier('none')
