import { compileLadder, isCalendarDate } from '@doorstart/ladder'
import type { CliIo } from '../CliIo.js'
import { CliUsageError } from '../CliUsageError.js'
import { openStream } from '../files.js'
import { parseCommandLine } from '../parseCommandLine.js'
import { assessStream } from './assessStream.js'
import { loadLadder } from './loadLadder.js'

/** `doorstart assess --ladder <id|file> --as-of <date> [--in <file>] [--placement | --explain] [--no-check-facts]`. */
export async function assessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    ladder: { type: 'string' },
    'as-of': { type: 'string' },
    in: { type: 'string' },
    placement: { type: 'boolean' },
    explain: { type: 'boolean' },
    'no-check-facts': { type: 'boolean' },
  })
  if (positionals.length > 0) throw new CliUsageError('invalid-arguments', `assess takes no file argument; use --in ${positionals[0]}.`)
  if (values.ladder === undefined) throw new CliUsageError('missing-option', 'assess needs --ladder <id|file>.')
  const asOf = values['as-of']
  if (asOf === undefined || !isCalendarDate(asOf)) throw new CliUsageError('invalid-as-of', 'assess needs --as-of <YYYY-MM-DD>, a date that exists.')
  const ladder = compileLadder(await loadLadder(values.ladder, io.stdin))
  const input = values.in === undefined ? io.stdin : await openStream(values.in)
  const progress = io.stderr.isTTY === true
    ? (records: number, failed: number): void => { io.stderr.write(`\r${records} records, ${failed} failed`) }
    : undefined
  const result = await assessStream(input, io.stdout, ladder, {
    asOf,
    output: values.placement === true ? 'placement' : values.explain === true ? 'explained' : 'assessment',
    checkFacts: values['no-check-facts'] !== true,
    ...(progress ? { onProgress: progress, progressEvery: 10_000 } : {}),
  })
  if (progress) io.stderr.write('\n')
  if (result.failed > 0) io.stderr.write(`${result.failed} of ${result.records} records failed; see the error records in the output.\n`)
  return result.failed > 0 ? 1 : 0
}
