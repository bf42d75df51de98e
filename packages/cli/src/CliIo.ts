/**
 * The streams the `doorstart` command talks to; the bin passes the process's own. A progress line
 * goes to `stderr` only when `stderr.isTTY` is true.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }
 * ```
 */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean }
}
