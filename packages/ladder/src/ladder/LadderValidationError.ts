import { DoorstartError } from '../errors/DoorstartError.js'
import type { ValidationIssue } from '../errors/ValidationIssue.js'
import { describeIssues } from '../errors/describeIssues.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

/**
 * Thrown by `validateLadder` with every problem found in a ladder definition (not just the first),
 * each with a JSON Pointer `path`, a stable `code` and a `message` a ladder author can act on.
 *
 * @example
 * ```ts
 * try { validateLadder({ id: 'Bad Id' }) } catch (error) {
 *   if (error instanceof LadderValidationError) {
 *     for (const issue of error.issues) console.log(issue.path, issue.code, issue.message)
 *   }
 * }
 * ```
 */
export class LadderValidationError extends DoorstartError<LadderErrorCode> {
  readonly issues: readonly ValidationIssue<LadderErrorCode>[]

  constructor(issues: readonly ValidationIssue<LadderErrorCode>[]) {
    super('invalid-ladder', describeIssues('The ladder definition', issues), issues[0]?.path ?? '')
    this.issues = issues
  }
}
