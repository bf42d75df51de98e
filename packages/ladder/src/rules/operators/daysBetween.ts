// `days_between`: whole days from the first ISO date to the second (negative when earlier).
import { daysBetween as days } from '../dates.js'
import { strictOperator } from './strict.js'

export const daysBetween = strictOperator({ name: 'days_between', minArgs: 2, maxArgs: 2, apply: ([a, b]) => days(a, b) })
