// Error codes are public: once released, a code never changes (STYLE.md). docs/errors.md lists
// them all, and test/docs/errorCodes.test.ts holds this file, the code and the docs together.

/**
 * Every `code` of a {@link CliUsageError} (exit code 2), and the codes of its own that
 * {@link assessStream} writes in NDJSON error records (beside the facts' codes of
 * `findFactIssues`). docs/errors.md says when each is used.
 *
 * @example
 * ```ts
 * const isAboutFiles = (code: CliErrorCode): boolean =>
 *   code === 'missing-file' || code === 'unreadable-file' || code === 'unwritable-file'
 * ```
 */
export type CliErrorCode =
  // How doorstart was called
  | 'unknown-command'
  | 'invalid-arguments'
  | 'missing-option'
  | 'repeated-option'
  | 'invalid-as-of'
  | 'invalid-language'
  | 'unknown-document'
  // Files and what is in them
  | 'missing-file'
  | 'unreadable-file'
  | 'unwritable-file'
  | 'invalid-json'
  | 'unknown-ladder'
  | 'invalid-ladder'
  | 'not-an-assessment'
  | 'invalid-trust-file'
  | 'invalid-status-list'
  // Error records of assessStream, one per input line
  | 'invalid-id'
  | 'line-too-long'

// Adds these codes to ErrorCode in @doorstart/ladder, where DoorstartError lives.
declare module '@doorstart/ladder' {
  interface DoorstartErrorCodes {
    readonly cli: CliErrorCode
  }
}
