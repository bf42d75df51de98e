import { DoorstartError } from '@doorstart/ladder'
import type { CliErrorCode } from './CliErrorCode.js'

/**
 * A mistake in how `doorstart` was called, or input it cannot use at all (an unreadable file, a
 * ladder that does not validate): exit code 2, the message and the usage on stderr. `code` says
 * which mistake (`unknown-command`, `invalid-arguments`, `missing-option`, `unreadable-file`, …).
 *
 * @example
 * ```ts
 * function ladderOption(ladder: string | undefined): string {
 *   if (ladder === undefined) throw new CliUsageError('missing-option', 'assess needs --ladder <id|file>.')
 *   return ladder
 * }
 * ```
 */
export class CliUsageError extends DoorstartError<CliErrorCode> {}
