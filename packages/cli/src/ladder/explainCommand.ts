import { builtinLadders, explainAssessment, type AssessmentRecord } from '@doorstart/ladder'
import type { CliIo } from '../CliIo.js'
import { CliUsageError } from '../CliUsageError.js'
import { readInput } from '../files.js'
import { parseCommandLine } from '../parseCommandLine.js'
import { loadLadder } from './loadLadder.js'

function isAssessment(value: unknown): value is AssessmentRecord {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<AssessmentRecord>
  return typeof candidate.ladder === 'object' && candidate.ladder !== null && Array.isArray(candidate.rungs)
    && typeof candidate.asOf === 'string'
}

/** `doorstart explain [--lang nl|en] [--ladder <id|file>] [<file>]`: one assessment as text. */
export async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { lang: { type: 'string', default: 'nl' }, ladder: { type: 'string' } })
  const lang = values.lang
  if (lang !== 'nl' && lang !== 'en') throw new CliUsageError('invalid-language', '--lang must be nl or en.')
  const trimmed = (await readInput(positionals[0] ?? '-', io.stdin)).toString('utf8').trim()
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    try {
      parsed = JSON.parse(trimmed.split('\n')[0] ?? '')
    } catch {
      throw new CliUsageError('invalid-json', 'explain needs one assessment as JSON (or NDJSON from "doorstart assess").')
    }
  }
  const assessment = typeof parsed === 'object' && parsed !== null && 'assessment' in parsed
    ? (parsed as { assessment: unknown }).assessment : parsed
  if (!isAssessment(assessment)) {
    const error = typeof parsed === 'object' && parsed !== null && 'error' in parsed
    throw new CliUsageError('not-an-assessment', error ? 'That line is an error record, not an assessment.' : 'explain needs an assessment with "ladder", "asOf" and "rungs".')
  }
  const ladder = values.ladder !== undefined
    ? await loadLadder(values.ladder, io.stdin)
    : Object.hasOwn(builtinLadders, assessment.ladder.id) ? builtinLadders[assessment.ladder.id] : undefined
  io.stdout.write(explainAssessment(assessment, ladder, { lang }))
  return 0
}
