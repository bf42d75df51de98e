import { DoorstartError } from '../errors/DoorstartError.js'
import { interpret } from '../internal/interpreter.js'
import { checkRule } from './checkRule.js'
import { isIsoDate } from './dates.js'
import { RuleEvaluationError, RuleValidationError } from './RuleError.js'

/** Options of `evaluate` and of a compiled rule. */
export interface EvaluateOptions {
  /** The ISO date (YYYY-MM-DD) that `{"as_of": []}` returns; required only by rules that use it. */
  readonly asOf?: string
}

/**
 * Runs a JSON Logic rule on data, exactly as json-logic-js 2.0.5 `apply` does, plus the date
 * operations (`as_of`, `days_between`, `months_between`, `date_add`). `var` reads only own
 * properties, and the rule is checked first, so a hostile rule gets a typed error, never a crash.
 *
 * @param rule - A JSON Logic rule.
 * @param data - The data `var` reads.
 * @param options - `asOf`: the date `as_of` returns.
 * @returns What json-logic-js would return.
 * @throws {@link RuleValidationError} for an unknown operator, a forbidden path or a rule past the limits.
 * @throws {@link RuleEvaluationError} when an operation cannot use its values (e.g. an invalid date).
 * @example
 * ```ts
 * evaluate({ '>=': [{ var: 'hoursPerWeek' }, 12] }, { hoursPerWeek: 16 }) //=> true
 * evaluate({ days_between: ['2026-01-31', { as_of: [] }] }, {}, { asOf: '2026-03-01' }) //=> 29
 * ```
 */
export function evaluate(rule: unknown, data?: unknown, options: EvaluateOptions = {}): unknown {
  assertRunnable(rule)
  const asOf = checkOptionalAsOf(options)
  return runGuarded(() => interpret(rule, data, { mode: 'plain', asOf, missing: undefined }))
}

/** Throws a RuleValidationError listing every problem of a rule that cannot run. */
export function assertRunnable(rule: unknown): void {
  const issues = checkRule(rule, '', { strict: false })
  if (issues.length > 0) throw new RuleValidationError(issues)
}

/** Validates an optional `asOf` option. */
export function checkOptionalAsOf(options: unknown): string | undefined {
  if (options === undefined || options === null) return undefined
  if (typeof options !== 'object') {
    throw new DoorstartError('invalid-options', 'Options must be an object such as { asOf: "2026-03-01" }.')
  }
  const { asOf } = options as { asOf?: unknown }
  if (asOf === undefined) return undefined
  if (!isIsoDate(asOf)) {
    throw new DoorstartError('invalid-as-of', `asOf must be an ISO date (YYYY-MM-DD) that exists, got ${JSON.stringify(asOf) ?? String(asOf)}.`, '/asOf')
  }
  return asOf
}

/** Runs `work`, turning anything but a DoorstartError into a RuleEvaluationError with its cause. */
export function runGuarded<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw asEvaluationError(error)
  }
}

/** A DoorstartError as it is; anything else (a TypeError inside an operation) as a RuleEvaluationError. */
export function asEvaluationError(error: unknown, path = ''): DoorstartError {
  if (error instanceof RuleEvaluationError && error.path === '' && path !== '') {
    return new RuleEvaluationError(error.code, error.message, path, { cause: error })
  }
  if (error instanceof DoorstartError) return error
  return new RuleEvaluationError(
    'rule-evaluation-failed',
    `The rule could not be evaluated: ${error instanceof Error ? error.message : String(error)}.`,
    path,
    { cause: error },
  )
}
