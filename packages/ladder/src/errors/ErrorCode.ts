// Error codes are public: once released, a code never changes (STYLE.md). docs/errors.md lists
// them all, and test/docs/errorCodes.test.ts holds this file, the code and the docs together.

/**
 * Every `code` that `@doorstart/ladder` throws, in a {@link DoorstartError} or in one of the
 * `issues` of a {@link LadderValidationError}, {@link RuleValidationError} or
 * {@link FactsValidationError}. docs/errors.md says when each is thrown.
 *
 * @example
 * ```ts
 * const advice: Partial<Record<LadderErrorCode, string>> = {
 *   'facts-not-object': 'Send the facts as a JSON object.',
 *   'invalid-as-of': 'Give asOf as YYYY-MM-DD.',
 * }
 * ```
 */
export type LadderErrorCode =
  // Whole-call errors of place, assess, evaluate and compileLadder
  | 'invalid-ladder'
  | 'invalid-rule'
  | 'invalid-options'
  | 'invalid-as-of'
  | 'facts-not-object'
  | 'invalid-fact-labels'
  // Ladder definitions (issues of a LadderValidationError)
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-id'
  | 'invalid-version'
  | 'invalid-date'
  | 'invalid-localized-text'
  | 'text-too-long'
  | 'unknown-placement'
  | 'empty-rungs'
  | 'too-many-rungs'
  | 'too-many-criteria'
  | 'duplicate-rung-id'
  | 'duplicate-criterion-id'
  | 'unsupported-format-version'
  // Rules (issues of a RuleValidationError)
  | 'unknown-operator'
  | 'malformed-arguments'
  | 'invalid-rule-object'
  | 'forbidden-path'
  | 'rule-too-deep'
  | 'rule-too-large'
  // Evaluating rules (RuleEvaluationError)
  | 'as-of-required'
  | 'invalid-date-amount'
  | 'invalid-date-unit'
  | 'rule-evaluation-failed'
  // Facts (issues of a FactsValidationError)
  | 'wrong-type'
  | 'out-of-range'
  | 'unknown-value'
  | 'unknown-fact'
  | 'duplicate-item'
  | 'too-many-items'
  | 'too-long'
  | 'invalid-fact'
  // Trajectories, the weekly agenda and cohort analytics
  | 'invalid-extension'
  | 'invalid-hours'
  | 'invalid-time'
  | 'invalid-weekday'
  | 'invalid-week-start'
  | 'duplicate-activity-id'
  | 'invalid-period'

/**
 * The error codes of each Doorstart package, by package name. `@doorstart/ladder` declares its
 * own; a package built on it (`@doorstart/certificates`, `@doorstart/cli`) adds its codes by
 * declaration merging, so {@link ErrorCode} is the union of the codes of every package a program
 * loads, and the ladder package never imports the packages above it.
 *
 * @example
 * ```ts
 * // In a package built on @doorstart/ladder:
 * declare module '@doorstart/ladder' {
 *   interface DoorstartErrorCodes { readonly reports: 'report-too-long' }
 * }
 * ```
 */
export interface DoorstartErrorCodes {
  readonly ladder: LadderErrorCode
}

/**
 * The `code` of any {@link DoorstartError}: {@link LadderErrorCode} and the codes of every other
 * Doorstart package the program imports (`CertificateErrorCode`, `CliErrorCode`). A code that is
 * not listed, a typo among them, fails to compile.
 *
 * @example
 * ```ts
 * function isAboutFacts(error: DoorstartError): boolean {
 *   const codes: readonly ErrorCode[] = ['facts-not-object', 'wrong-type', 'out-of-range', 'unknown-fact']
 *   return codes.includes(error.code)
 * }
 * ```
 */
export type ErrorCode = DoorstartErrorCodes[keyof DoorstartErrorCodes]
