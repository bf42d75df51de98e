import type { ErrorCode } from './ErrorCode.js'

/**
 * The base class of every error the Doorstart packages throw on purpose.
 *
 * `code` is a stable kebab-case string that callers may branch on, one of {@link ErrorCode}
 * (a subclass narrows it to its package's codes, e.g. {@link LadderErrorCode}); `path` is a JSON
 * Pointer (RFC 6901) into the input that caused it (`''` for the input as a whole).
 *
 * @typeParam Code - The codes this class may carry; a code outside them fails to compile.
 * @example
 * ```ts
 * try {
 *   assess(ladder, 'not an object' as never, { asOf: '2026-03-01' })
 * } catch (error) {
 *   if (error instanceof DoorstartError) console.error(error.code, error.path, error.message)
 * }
 * ```
 */
export class DoorstartError<Code extends ErrorCode = ErrorCode> extends Error {
  /** A stable kebab-case code, e.g. `facts-not-object`; docs/errors.md lists them all. */
  readonly code: Code
  /** A JSON Pointer into the input that caused the error; `''` means the input as a whole. */
  readonly path: string

  constructor(code: Code, message: string, path = '', options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    this.path = path
  }
}
