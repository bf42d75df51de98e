import type { ErrorCode } from './ErrorCode.js'

/**
 * One problem found while validating input: where it is, what kind it is, and what to do.
 *
 * @typeParam Code - The codes it may carry; {@link LadderErrorCode} for the issues of this package.
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: '/rungs/0/criteria/1/rule',
 *   code: 'unknown-operator',
 *   message: 'Unknown JSON Logic operator "sum"; use one of +, -, *, /, ...',
 * }
 * ```
 */
export interface ValidationIssue<Code extends ErrorCode = ErrorCode> {
  /** A JSON Pointer (RFC 6901) into the input, e.g. `/rungs/2/criteria/0/rule`. */
  readonly path: string
  /** A stable kebab-case code, e.g. `duplicate-rung-id`; docs/errors.md lists them all. */
  readonly code: Code
  /** A sentence the author of the input can act on. */
  readonly message: string
}
