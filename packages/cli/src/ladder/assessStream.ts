// NDJSON batch assessment: one participant per line in, one result per line out. Streams with
// backpressure, so memory stays flat however long the input is. Privacy: no fact value ever
// reaches an error record or stderr; JSON.parse messages quote the input, so they are replaced.
import { once } from 'node:events'
import {
  assess, compileAssessmentWriter, DoorstartError, findFactIssues, place, type CompiledLadder, type ErrorCode, type Facts, type ValidationIssue,
} from '@doorstart/ladder'

/** Options of {@link assessStream}. */
export interface AssessStreamOptions {
  readonly asOf: string
  /**
   * `assessment`: the assessment with every rung's and criterion's outcome and missing facts, but
   * without the explanation texts (they cost more than the evaluation; `doorstart explain` shows
   * the ladder's titles instead); `explained`: the full assessment with explanations;
   * `placement`: rung and provisional only (the fast path).
   */
  readonly output: 'assessment' | 'explained' | 'placement'
  /** Check each record against the fact vocabulary first (default true). */
  readonly checkFacts: boolean
  /** Called every `progressEvery` records with the counts so far (for a progress line). */
  readonly onProgress?: (records: number, failed: number) => void
  readonly progressEvery?: number
  /** Longest line accepted, in characters (default 16 MiB); a longer one becomes a `line-too-long` error record, so memory stays bounded. */
  readonly maxLineLength?: number
}

/** Counts of a finished run. */
export interface AssessStreamResult {
  readonly records: number
  readonly failed: number
}

const FLUSH_AT = 1 << 16

function isPlainObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function errorRecord(line: number, id: unknown, code: ErrorCode, path: string, message: string, issues?: readonly ValidationIssue[]): string {
  const record: Record<string, unknown> = { line }
  if (id !== undefined) record['id'] = id
  record['error'] = { code, path, message }
  if (issues !== undefined) record['issues'] = issues
  return JSON.stringify(record)
}

/**
 * Assesses one NDJSON line; returns the output line (without newline) and whether it failed.
 * A line is either a facts object or `{"id": …, "facts": {…}}`; the id is copied to the output.
 */
function assessLine(
  text: string, line: number, ladder: CompiledLadder, options: AssessStreamOptions, compact: (facts: Facts) => string,
): [string, boolean] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return [errorRecord(line, undefined, 'invalid-json', '', `Line ${line} is not valid JSON.`), true]
  }
  let id: unknown
  let facts: unknown = parsed
  if (isPlainObject(parsed) && isPlainObject(parsed['facts'])) {
    id = parsed['id']
    facts = parsed['facts']
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      return [errorRecord(line, undefined, 'invalid-id', '/id', `Line ${line}: "id" must be a string or a number.`), true]
    }
  }
  if (options.checkFacts) {
    const issues = findFactIssues(facts)
    const first = issues[0]
    if (first !== undefined) {
      return [errorRecord(line, id, first.code, first.path, `Line ${line}: ${first.message}`, issues), true]
    }
  } else if (!isPlainObject(facts)) {
    return [errorRecord(line, id, 'facts-not-object', '', `Line ${line}: facts must be a JSON object.`), true]
  }
  try {
    const head = id === undefined ? `{"line":${line},` : `{"line":${line},"id":${JSON.stringify(id)},`
    if (options.output === 'placement') {
      const placement = place(ladder, facts as Facts, { asOf: options.asOf })
      return [`${head}"rung":${JSON.stringify(placement.rung)},"provisional":${placement.provisional}}`, false]
    }
    const assessment = options.output === 'explained' ? JSON.stringify(assess(ladder, facts as Facts, { asOf: options.asOf })) : compact(facts as Facts)
    return [`${head}"assessment":${assessment}}`, false]
  } catch (error) {
    if (error instanceof DoorstartError) return [errorRecord(line, id, error.code, error.path, `Line ${line}: ${error.message}`), true]
    throw error
  }
}

/**
 * Reads NDJSON facts from `input` and writes one NDJSON result per non-empty line to `output`:
 * `{"line":n,"id":…,"assessment":{…}}` (or `"rung"`/`"provisional"` with `output: 'placement'`),
 * or `{"line":n,"id":…,"error":{code,path,message},"issues":[…]}` for a bad record; the run goes on.
 * Respects backpressure, so memory does not grow with the input.
 *
 * @example
 * ```ts
 * const result = await assessStream(process.stdin, process.stdout, compileLadder(builtinLadders.participatieladder),
 *   { asOf: '2026-03-01', output: 'assessment', checkFacts: true })
 * process.exitCode = result.failed > 0 ? 1 : 0
 * ```
 */
export async function assessStream(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  ladder: CompiledLadder,
  options: AssessStreamOptions,
): Promise<AssessStreamResult> {
  let rest = ''
  let line = 0
  let records = 0
  let failed = 0
  let buffer = ''
  const every = options.progressEvery ?? 100_000
  const compact = compileAssessmentWriter(ladder, options.asOf)

  const flush = async (): Promise<void> => {
    if (buffer === '') return
    const ok = output.write(buffer)
    buffer = ''
    if (!ok) await once(output, 'drain')
  }
  const handle = (text: string): void => {
    line += 1
    if (text.trim() === '') return
    const [result, bad] = assessLine(text.endsWith('\r') ? text.slice(0, -1) : text, line, ladder, options, compact)
    buffer += result + '\n'
    records += 1
    if (bad) failed += 1
    if (options.onProgress !== undefined && records % every === 0) options.onProgress(records, failed)
  }

  const maxLine = options.maxLineLength ?? 16 * 1024 * 1024
  let skipping = false
  const tooLong = (): void => {
    line += 1
    records += 1
    failed += 1
    buffer += `${errorRecord(line, undefined, 'line-too-long', '', `Line ${line} is longer than ${maxLine} characters.`)}\n`
  }

  input.setEncoding('utf8')
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0
    let newline = chunk.indexOf('\n')
    while (newline >= 0) {
      if (skipping) {
        skipping = false
        tooLong()
      } else {
        handle(rest === '' ? chunk.slice(start, newline) : rest + chunk.slice(start, newline))
      }
      rest = ''
      start = newline + 1
      newline = chunk.indexOf('\n', start)
    }
    if (!skipping) {
      rest += chunk.slice(start)
      if (rest.length > maxLine) {
        skipping = true
        rest = ''
      }
    }
    if (buffer.length >= FLUSH_AT) await flush()
  }
  if (skipping) tooLong()
  if (rest !== '') handle(rest)
  await flush()
  if (options.onProgress !== undefined) options.onProgress(records, failed)
  return { records, failed }
}
