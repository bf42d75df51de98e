// `months_between`: the largest n such that the first date plus n months is not after the second.
import { monthsBetween as months } from '../dates.js'
import { strictOperator } from './strict.js'

export const monthsBetween = strictOperator({ name: 'months_between', minArgs: 2, maxArgs: 2, apply: ([a, b]) => months(a, b) })
