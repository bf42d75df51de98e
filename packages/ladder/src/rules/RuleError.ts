import { DoorstartError } from '../errors/DoorstartError.js'
import type { ValidationIssue } from '../errors/ValidationIssue.js'
import { describeIssues } from '../errors/describeIssues.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

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
export class RuleValidationError extends DoorstartError<LadderErrorCode> {
  readonly issues: readonly ValidationIssue<LadderErrorCode>[]

  constructor(issues: readonly ValidationIssue<LadderErrorCode>[]) {
    super('invalid-rule', describeIssues('The rule', issues), issues[0]?.path ?? '')
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
export class RuleEvaluationError extends DoorstartError<LadderErrorCode> {}
