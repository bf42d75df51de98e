// `date_add`: an ISO date plus n days, weeks, months or years (months clamp to the month end).
import { dateAdd as add } from '../dates.js'
import { strictOperator } from './strict.js'

const UNITS: readonly unknown[] = ['days', 'weeks', 'months', 'years']

export const dateAdd = strictOperator({
  name: 'date_add', minArgs: 3, maxArgs: 3,
  apply: ([date, amount, unit]) => add(date, amount, unit),
  checkOperands: (operands, path, report) => {
    if (typeof operands[2] === 'string' && !UNITS.includes(operands[2])) {
      report(`${path}/2`, 'malformed-arguments', '"date_add" takes a unit of "days", "weeks", "months" or "years".')
    }
  },
})
