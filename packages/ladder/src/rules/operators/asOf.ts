// `as_of`: the assessment date, the `asOf` option; the engine never reads the clock.
import { RuleEvaluationError } from '../RuleError.js'
import { strictOperator } from './strict.js'

export const asOf = strictOperator({
  name: 'as_of', minArgs: 0, maxArgs: 0,
  // Not folded: the date comes with each evaluation.
  folds: false,
  apply: (_args, date) => {
    if (date === undefined) {
      throw new RuleEvaluationError('as-of-required', 'The rule uses "as_of"; pass the assessment date as the asOf option (YYYY-MM-DD).')
    }
    return date
  },
})
