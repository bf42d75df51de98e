/**
 * One problem found while validating input: where it is, what kind it is, and what to do.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: '/rungs/0/criteria/1/rule',
 *   code: 'unknown-operator',
 *   message: 'Unknown JSON Logic operator "sum"; use one of +, -, *, /, ...',
 * }
 * ```
 */
export interface ValidationIssue {
  /** A JSON Pointer (RFC 6901) into the input, e.g. `/rungs/2/criteria/0/rule`. */
  readonly path: string
  /** A stable kebab-case code, e.g. `duplicate-rung-id`. */
  readonly code: string
  /** A sentence the author of the input can act on. */
  readonly message: string
}
