import { findFactIssues, LadderValidationError, validateLadder } from '@doorstart/ladder'
import type { CliIo } from '../CliIo.js'
import { CliUsageError } from '../CliUsageError.js'
import { openStream } from '../files.js'
import { parseCommandLine } from '../parseCommandLine.js'
import { readJsonFile } from './loadLadder.js'

/** Checks every line of an NDJSON facts file against the fact vocabulary. */
async function validateFactsFile(file: string, io: CliIo): Promise<number> {
  const input = await openStream(file, 'utf8')
  let records = 0
  let failed = 0
  let line = 0
  let rest = ''
  const check = (text: string): void => {
    line += 1
    if (text.trim() === '') return
    records += 1
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      failed += 1
      io.stdout.write(`${file}:${line}:/  invalid-json  Line ${line} is not valid JSON.\n`)
      return
    }
    const facts = typeof parsed === 'object' && parsed !== null && 'facts' in parsed ? (parsed as { facts: unknown }).facts : parsed
    const issues = findFactIssues(facts)
    if (issues.length > 0) failed += 1
    for (const issue of issues) io.stdout.write(`${file}:${line}:${issue.path || '/'}  ${issue.code}  ${issue.message}\n`)
  }
  for await (const chunk of input as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop() ?? ''
    for (const part of parts) check(part.endsWith('\r') ? part.slice(0, -1) : part)
  }
  if (rest !== '') check(rest)
  if (failed > 0) io.stderr.write(`${failed} of ${records} records have issues.\n`)
  else io.stdout.write(`${file}: ${records} records fit the fact vocabulary\n`)
  return failed > 0 ? 1 : 0
}

/** `doorstart validate <file>` (a ladder) and `doorstart validate --facts <file.ndjson>`. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandLine(args, { facts: { type: 'boolean' } })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) throw new CliUsageError('missing-file', 'validate needs exactly one file.')
  if (values.facts === true) return validateFactsFile(file, io)
  const input = await readJsonFile(file, io.stdin)
  try {
    const ladder = validateLadder(input)
    const criteria = ladder.rungs.reduce((sum, rung) => sum + rung.criteria.length, 0)
    io.stdout.write(`${file}: valid ladder ${ladder.id} ${ladder.version} (${ladder.rungs.length} rungs, ${criteria} criteria)\n`)
    return 0
  } catch (error) {
    if (!(error instanceof LadderValidationError)) throw error
    for (const issue of error.issues) io.stdout.write(`${file}:${issue.path || '/'}  ${issue.code}  ${issue.message}\n`)
    io.stderr.write(`${error.issues.length} issue(s) found.\n`)
    return 1
  }
}
