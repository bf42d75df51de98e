import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliUsageError } from './CliUsageError.js'

type Options = NonNullable<ParseArgsConfig['options']>
type Config<O extends Options> = { args: string[]; options: O; allowPositionals: true; strict: true }
/** What {@link parseCommandLine} returns: `values` typed by the option definitions, and `positionals`. */
export type ParsedCommandLine<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>

/**
 * The one argument parser of every command: `node:util` `parseArgs`, strict, positionals allowed,
 * with its errors turned into a {@link CliUsageError} (`invalid-arguments`).
 */
export function parseCommandLine<O extends Options>(args: readonly string[], options: O): ParsedCommandLine<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new CliUsageError('invalid-arguments', error.message, '', { cause: error })
    }
    throw error
  }
}

/** The one value of a string option given at most once (`multiple: true` in its definition). */
export function single(values: readonly string[] | undefined, name: string, required: true): string
export function single(values: readonly string[] | undefined, name: string, required?: false): string | undefined
export function single(values: readonly string[] | undefined, name: string, required = false): string | undefined {
  if (values === undefined || values.length === 0) {
    if (required) throw new CliUsageError('missing-option', `Give --${name} exactly once.`)
    return undefined
  }
  if (values.length > 1) throw new CliUsageError('repeated-option', `Give --${name} exactly once.`)
  return values[0]
}
