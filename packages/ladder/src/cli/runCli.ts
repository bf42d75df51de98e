// The `doorstart` command: the only part of @doorstart/ladder that does I/O. Exit codes:
// 0 success, 1 some records or validation issues failed, 2 usage error or unusable input.
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Readable, Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { compileLadder } from '../assessment/CompiledLadder.js'
import { builtinLadders } from '../builtins/builtinLadders.js'
import { isCalendarDate } from '../rules/calendar.js'
import { factSchema } from '../facts/factSchema.js'
import { findFactIssues } from '../facts/validateFacts.js'
import type { Ladder, Locale } from '../ladder/Ladder.js'
import { LadderValidationError } from '../ladder/LadderValidationError.js'
import { validateLadder } from '../ladder/validateLadder.js'
import { assessStream } from './assessStream.js'
import { explainAssessment, type AssessmentRecord } from './explainAssessment.js'

/** The streams the CLI talks to; `stderr.isTTY` switches the progress line on. */
export interface CliIo {
  readonly stdin: Readable
  readonly stdout: Writable
  readonly stderr: Writable & { readonly isTTY?: boolean }
}

const USAGE = `Usage: doorstart <command> [options]

Commands:
  ladders [--json]                         List the built-in ladders.
  validate <file>                          Check a ladder definition; print every issue with its path.
  validate --facts <file.ndjson>           Check NDJSON facts against the fact vocabulary.
  assess --ladder <id|file> --as-of <date> [--in <file>] [--placement | --explain] [--no-check-facts]
                                           Assess NDJSON facts (stdin or --in), one result per line:
                                           outcomes per rung and criterion (--explain adds the texts,
                                           --placement gives only rung and provisional).
  explain [--lang nl|en] [--ladder <id|file>] [<file>]
                                           Print one assessment (JSON or the first NDJSON line) as text.
  schema                                   Print the fact vocabulary as JSON Schema.
  certificate ..., credential ...          Certificates and Open Badges (@doorstart/certificates).
`

class UsageError extends Error {}

function write(stream: Writable, text: string): void {
  stream.write(text)
}

async function readJsonFile(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`Cannot read ${file}.`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON (${(error as Error).message}).`)
  }
}

async function loadLadder(reference: string): Promise<Ladder> {
  if (Object.hasOwn(builtinLadders, reference)) return builtinLadders[reference] as Ladder
  if (!/[./\\]/.test(reference)) {
    throw new UsageError(`No built-in ladder "${reference}" and no such file; run "doorstart ladders" for the ids.`)
  }
  const input = await readJsonFile(reference)
  try {
    return validateLadder(input)
  } catch (error) {
    if (error instanceof LadderValidationError) {
      throw new UsageError(`${reference} is not a valid ladder (${error.issues.length} issue(s)); run "doorstart validate ${reference}".`)
    }
    throw error
  }
}

function listLadders(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, strict: true })
  const ladders = Object.values(builtinLadders)
  if (values.json === true) {
    write(io.stdout, `${JSON.stringify(ladders.map((l) => ({ id: l.id, version: l.version, placement: l.placement, rungs: l.rungs.length, title: l.title })))}\n`)
    return 0
  }
  const width = Math.max(...ladders.map((l) => l.id.length))
  for (const ladder of ladders) {
    const criteria = ladder.rungs.reduce((sum, rung) => sum + rung.criteria.length, 0)
    write(io.stdout, `${ladder.id.padEnd(width)}  ${ladder.version}  ${ladder.placement.padEnd(11)}  ${String(ladder.rungs.length).padStart(2)} rungs  ${String(criteria).padStart(2)} criteria  ${ladder.title.nl ?? ladder.title.en ?? ''}\n`)
  }
  return 0
}

/** Checks every line of an NDJSON facts file against the fact vocabulary. */
async function validateFactsFile(file: string, io: CliIo): Promise<number> {
  let input: Readable
  try {
    input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })
    await new Promise<void>((resolve, reject) => {
      input.once('readable', resolve)
      input.once('error', reject)
    })
  } catch {
    throw new UsageError(`Cannot read ${file}.`)
  }
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
      write(io.stdout, `${file}:${line}:/  invalid-json  Line ${line} is not valid JSON.\n`)
      return
    }
    const facts = typeof parsed === 'object' && parsed !== null && 'facts' in parsed ? (parsed as { facts: unknown }).facts : parsed
    const issues = findFactIssues(facts)
    if (issues.length > 0) failed += 1
    for (const issue of issues) write(io.stdout, `${file}:${line}:${issue.path || '/'}  ${issue.code}  ${issue.message}\n`)
  }
  for await (const chunk of input as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop() ?? ''
    for (const part of parts) check(part.endsWith('\r') ? part.slice(0, -1) : part)
  }
  if (rest !== '') check(rest)
  if (failed > 0) write(io.stderr, `${failed} of ${records} records have issues.\n`)
  else write(io.stdout, `${file}: ${records} records fit the fact vocabulary\n`)
  return failed > 0 ? 1 : 0
}

async function validateFile(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { facts: { type: 'boolean' } } })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) throw new UsageError('validate needs exactly one file.')
  if (values.facts === true) return validateFactsFile(file, io)
  const input = await readJsonFile(file)
  try {
    const ladder = validateLadder(input)
    const criteria = ladder.rungs.reduce((sum, rung) => sum + rung.criteria.length, 0)
    write(io.stdout, `${file}: valid ladder ${ladder.id} ${ladder.version} (${ladder.rungs.length} rungs, ${criteria} criteria)\n`)
    return 0
  } catch (error) {
    if (!(error instanceof LadderValidationError)) throw error
    for (const issue of error.issues) write(io.stdout, `${file}:${issue.path || '/'}  ${issue.code}  ${issue.message}\n`)
    write(io.stderr, `${error.issues.length} issue(s) found.\n`)
    return 1
  }
}

async function assessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      ladder: { type: 'string' },
      'as-of': { type: 'string' },
      in: { type: 'string' },
      placement: { type: 'boolean' },
      explain: { type: 'boolean' },
      'no-check-facts': { type: 'boolean' },
    },
  })
  if (values.ladder === undefined) throw new UsageError('assess needs --ladder <id|file>.')
  const asOf = values['as-of']
  if (asOf === undefined || !isCalendarDate(asOf)) throw new UsageError('assess needs --as-of <YYYY-MM-DD>, a date that exists.')
  const ladder = compileLadder(await loadLadder(values.ladder))
  let input: Readable = io.stdin
  if (values.in !== undefined) {
    const file = values.in
    input = createReadStream(file, { highWaterMark: 1 << 16 })
    await new Promise<void>((resolve, reject) => {
      input.once('readable', resolve)
      input.once('error', () => reject(new UsageError(`Cannot read ${file}.`)))
    })
  }
  const progress = io.stderr.isTTY === true
    ? (records: number, failed: number): void => { write(io.stderr, `\r${records} records, ${failed} failed`) }
    : undefined
  const result = await assessStream(input, io.stdout, ladder, {
    asOf,
    output: values.placement === true ? 'placement' : values.explain === true ? 'explained' : 'assessment',
    checkFacts: values['no-check-facts'] !== true,
    ...(progress ? { onProgress: progress, progressEvery: 10_000 } : {}),
  })
  if (progress) write(io.stderr, '\n')
  if (result.failed > 0) write(io.stderr, `${result.failed} of ${result.records} records failed; see the error records in the output.\n`)
  return result.failed > 0 ? 1 : 0
}

async function readAll(stream: Readable): Promise<string> {
  let text = ''
  stream.setEncoding('utf8')
  for await (const chunk of stream as AsyncIterable<string>) text += chunk
  return text
}

function isAssessment(value: unknown): value is AssessmentRecord {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<AssessmentRecord>
  return typeof candidate.ladder === 'object' && candidate.ladder !== null && Array.isArray(candidate.rungs)
    && typeof candidate.asOf === 'string'
}

async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: { lang: { type: 'string', default: 'nl' }, ladder: { type: 'string' } },
  })
  const lang = values.lang
  if (lang !== 'nl' && lang !== 'en') throw new UsageError('--lang must be nl or en.')
  const file = positionals[0]
  let text: string
  try {
    text = file === undefined ? await readAll(io.stdin) : await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`Cannot read ${file ?? 'stdin'}.`)
  }
  const trimmed = text.trim()
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch {
    try {
      parsed = JSON.parse(trimmed.split('\n')[0] ?? '')
    } catch {
      throw new UsageError('explain needs one assessment as JSON (or NDJSON from "doorstart assess").')
    }
  }
  const assessment = typeof parsed === 'object' && parsed !== null && 'assessment' in parsed
    ? (parsed as { assessment: unknown }).assessment : parsed
  if (!isAssessment(assessment)) {
    const error = typeof parsed === 'object' && parsed !== null && 'error' in parsed
    throw new UsageError(error ? 'That line is an error record, not an assessment.' : 'explain needs an assessment with "ladder", "asOf" and "rungs".')
  }
  const ladder = values.ladder !== undefined
    ? await loadLadder(values.ladder)
    : Object.hasOwn(builtinLadders, assessment.ladder.id) ? builtinLadders[assessment.ladder.id] : undefined
  write(io.stdout, explainAssessment(assessment, ladder, { lang: lang as Locale }))
  return 0
}

interface CertificatesModule {
  readonly runCertificatesCli: (args: readonly string[], io: CliIo) => Promise<number>
}

async function certificatesCommand(args: readonly string[], io: CliIo): Promise<number> {
  // Imported by name at run time: @doorstart/certificates depends on this package, never the
  // other way round, so it is an optional peer here.
  const specifier = '@doorstart/certificates'
  let loaded: unknown
  try {
    loaded = await import(specifier)
  } catch (error) {
    write(io.stderr, `doorstart: "${args[0]}" needs the @doorstart/certificates package, which could not be loaded (${(error as Error).message}). Install it next to @doorstart/ladder (npm install @doorstart/certificates).\n`)
    return 2
  }
  const run = (loaded as Partial<CertificatesModule>).runCertificatesCli
  if (typeof run !== 'function') {
    write(io.stderr, 'doorstart: the installed @doorstart/certificates has no runCertificatesCli; update it.\n')
    return 2
  }
  return run(args, io)
}

/**
 * Runs the `doorstart` command with `args` (without the node and script paths) against the
 * given streams and resolves to the exit code: 0 success, 1 failed records or validation issues,
 * 2 usage errors and unusable input.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), process)
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args
  try {
    switch (command) {
      case 'ladders': return listLadders(rest, io)
      case 'validate': return await validateFile(rest, io)
      case 'assess': return await assessCommand(rest, io)
      case 'explain': return await explainCommand(rest, io)
      case 'schema':
        write(io.stdout, `${JSON.stringify(factSchema, null, 2)}\n`)
        return 0
      case 'certificate':
      case 'credential':
        return await certificatesCommand(args, io)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        write(command === undefined ? io.stderr : io.stdout, USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command "${command}".`)
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      write(io.stderr, `doorstart: ${error.message}\n\n${USAGE}`)
      return 2
    }
    throw error
  }
}
