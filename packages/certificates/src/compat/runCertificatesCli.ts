// Kept for programs that embed the certificate commands: the `doorstart` command itself lives in
// @doorstart/cli, which this package cannot import (imports go cli → certificates → ladder).
import { readFile, writeFile } from 'node:fs/promises'
import { DoorstartError } from '@doorstart/ladder'
import { CertificateInputError } from '../errors/CertificateInputError.js'
import type { TrustedIssuer } from '../badges/verifyCredential.js'
import { describeVerification, parseTrustedIssuers, verifyCredentialDocument } from '../badges/verifyCredentialDocument.js'
import { renderCertificate } from '../pdf/renderCertificate.js'
import { renderProgressReport } from '../pdf/renderProgressReport.js'
import { renderWorkAgenda } from '../pdf/renderWorkAgenda.js'
import type { CertificateInput } from '../layout/CertificateInput.js'
import type { ProgressReportInput } from '../layout/ProgressReportInput.js'
import type { WorkAgendaInput } from '../layout/WorkAgendaInput.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

/**
 * The streams {@link runCertificatesCli} talks to.
 *
 * @deprecated The `doorstart` command and its I/O type `CliIo` live in `@doorstart/cli`.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }
 * ```
 */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
}

const USAGE = `Usage:
  doorstart certificate render --input <json|-> --out <pdf|-> [--document certificate|work-agenda|progress-report]
      Renders a PDF from a JSON input (default document: certificate). Exit 1 on invalid input.
  doorstart credential verify <jwt-or-pdf|-> --trust <trusted-issuers.json> [--status-list <jwt-file>]... [--at <iso-date>]
      Verifies an Open Badges 3.0 VC-JWT, or the credential embedded in a certificate PDF.
      Exit 0 when verified, 1 when not.
`

/** A mistake in how the CLI was called (exit code 2). */
class UsageError extends DoorstartError<CertificateErrorCode> {}

interface Parsed {
  readonly positional: string[]
  readonly flags: Map<string, string[]>
}

function parse(args: readonly string[]): Parsed {
  const positional: string[] = []
  const flags = new Map<string, string[]>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2)
      const value = inline ?? args[++i]
      if (name === 'help') {
        flags.set('help', [''])
        if (inline === undefined) i--
        continue
      }
      if (value === undefined) throw new UsageError('missing-option-value', `--${name} needs a value.`)
      flags.set(name, [...(flags.get(name) ?? []), value])
    } else {
      positional.push(arg)
    }
  }
  return { positional, flags }
}

function one(parsed: Parsed, name: string): string {
  const values = parsed.flags.get(name)
  if (!values || values.length !== 1 || values[0] === undefined) throw new UsageError('missing-option', `Give --${name} exactly once.`)
  return values[0]
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

const readSource = (path: string, io: CliIo): Promise<Buffer> => (path === '-' ? readAll(io.stdin) : readFile(path))

function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown
  } catch (error) {
    throw new UsageError('invalid-json', `${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function render(parsed: Parsed, io: CliIo): Promise<number> {
  const input = parseJson(await readSource(one(parsed, 'input'), io), 'The input')
  const out = one(parsed, 'out')
  const document = parsed.flags.get('document')?.[0] ?? 'certificate'
  // The renderers validate their input; the casts only pick which validator runs.
  const pdf = document === 'certificate' ? await renderCertificate(input as CertificateInput)
    : document === 'work-agenda' ? await renderWorkAgenda(input as WorkAgendaInput)
    : document === 'progress-report' ? await renderProgressReport(input as ProgressReportInput)
    : undefined
  if (!pdf) throw new UsageError('unknown-document', `Unknown --document "${document}"; use certificate, work-agenda or progress-report.`)
  if (out === '-') io.stdout.write(pdf)
  else {
    await writeFile(out, pdf)
    io.stdout.write(`Wrote ${out} (${Math.round(pdf.byteLength / 1024)} KB)\n`)
  }
  return 0
}

function trustedIssuersFrom(value: unknown): TrustedIssuer[] {
  try {
    return parseTrustedIssuers(value)
  } catch (error) {
    throw new UsageError('invalid-trust-file', `The --trust file is not usable: ${(error as Error).message}`)
  }
}

async function verify(parsed: Parsed, io: CliIo): Promise<number> {
  const [file] = parsed.positional
  if (!file) throw new UsageError('missing-file', 'Give the credential file (a .jwt, or a certificate PDF).')
  const trustedIssuers = trustedIssuersFrom(parseJson(await readFile(one(parsed, 'trust')), 'The --trust file'))
  const statusLists = await Promise.all((parsed.flags.get('status-list') ?? []).map((path) => readFile(path, 'utf8')))
  const at = parsed.flags.get('at')?.[0]
  const result = await verifyCredentialDocument(await readSource(file, io), { trustedIssuers, statusLists, ...(at ? { at } : {}) })
  ;(result.verified ? io.stdout : io.stderr).write(`${describeVerification(result)}\n`)
  return result.verified ? 0 : 1
}

/**
 * Runs the `certificate` and `credential` commands as the `doorstart` CLI did before it moved to
 * `@doorstart/cli`. `args` is what follows `doorstart`. Returns the exit code: 0 success, 1 invalid
 * input or a credential that does not verify, 2 wrong usage. Prints no personal data.
 *
 * @deprecated Use `runCli` of `@doorstart/cli` (the same commands, and the ladder ones).
 *
 * @example
 * ```ts
 * const code = await runCertificatesCli(
 *   ['certificate', 'render', '--input', 'getuigschrift.json', '--out', 'getuigschrift.pdf'],
 *   { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
 * )
 * process.exitCode = code
 * ```
 */
export async function runCertificatesCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parse(args)
    const [group, command] = parsed.positional.splice(0, 2)
    if (parsed.flags.has('help') || group === undefined) {
      io.stdout.write(USAGE)
      return 0
    }
    if (group === 'certificate' && command === 'render') return await render(parsed, io)
    if (group === 'credential' && command === 'verify') return await verify(parsed, io)
    throw new UsageError('unknown-command', `Unknown command "${[group, command].filter(Boolean).join(' ')}".`)
  } catch (error) {
    if (error instanceof CertificateInputError) {
      io.stderr.write(`Invalid input (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n`)
      for (const issue of error.issues) io.stderr.write(`  ${issue.path || '/'}  ${issue.code}: ${issue.message}\n`)
      return 1
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}`)
      return 2
    }
    if (error instanceof DoorstartError) {
      io.stderr.write(`${error.code} at ${error.path || '/'}: ${error.message}\n`)
      return 1
    }
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      io.stderr.write(`${(error as Error).message}\n`)
      return 2
    }
    throw error
  }
}
