import { DoorstartError, type ValidationIssue } from '@doorstart/ladder'
import type { CertificateErrorCode } from './CertificateErrorCode.js'

/**
 * Thrown when the input of a renderer or of `issueCredential` is not valid. All problems are
 * collected first: `issues` lists every one, and `code`, `path` and the start of `message` repeat
 * the first.
 *
 * @example
 * ```ts
 * try {
 *   await renderCertificate({ ...input, issuedOn: '31-12-2026' })
 * } catch (error) {
 *   if (error instanceof CertificateInputError) {
 *     error.code //=> 'invalid-date'
 *     error.path //=> '/issuedOn'
 *   }
 * }
 * ```
 */
export class CertificateInputError extends DoorstartError<CertificateErrorCode> {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue<CertificateErrorCode>[]

  constructor(issues: readonly [ValidationIssue<CertificateErrorCode>, ...ValidationIssue<CertificateErrorCode>[]]) {
    const [first] = issues
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1).map((issue) => `${issue.path || '/'} ${issue.code}`).join(', ')})` : ''
    super(first.code, `${first.path || '/'}: ${first.message}${more}`, first.path)
    this.issues = issues
  }
}
