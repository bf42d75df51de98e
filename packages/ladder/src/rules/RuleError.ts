import { DoorstartError } from '../errors/DoorstartError.js'
import type { ValidationIssue } from '../errors/ValidationIssue.js'

/**
 * Thrown by `evaluate` and `compileRule` when a rule cannot be run at all: an unknown operator, a
 * forbidden `var` path, or a rule nested or sized past the limits. `issues` lists every problem.
 *
 * @example
 * ```ts
 * try { compileRule({ sum: [1, 2] }) } catch (error) {
 *   if (error instanceof RuleValidationError) error.issues[0]?.code //=> 'unknown-operator'
 * }
 * ```
 */
export class RuleValidationError extends DoorstartError {
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0]
    super(
      'invalid-rule',
      `The rule has ${issues.length} problem${issues.length === 1 ? '' : 's'}` +
        (first ? `; the first at "${first.path || '/'}": ${first.message}` : '.'),
      first?.path ?? '',
    )
    this.issues = issues
  }
}

/**
 * Thrown while running a rule whose input cannot be used: a date operation given something that
 * is not an ISO date, `as_of` without an `asOf` option, or an operation that fails on its values
 * (json-logic-js would throw there too).
 *
 * @example
 * ```ts
 * try { evaluate({ as_of: [] }, {}) } catch (error) {
 *   if (error instanceof RuleEvaluationError) error.code //=> 'as-of-required'
 * }
 * ```
 */
export class RuleEvaluationError extends DoorstartError {}
