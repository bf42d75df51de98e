// The public entry of @doorstart/cli: re-exports only.
export { runCli } from './runCli.js'
export type { CliIo } from './CliIo.js'
export { CliUsageError } from './CliUsageError.js'
export type { CliErrorCode } from './CliErrorCode.js'
export { assessStream, type AssessStreamOptions, type AssessStreamResult } from './ladder/assessStream.js'
