// The `doorstart` command over both libraries: the only package code that does I/O. Exit codes:
// 0 success, 1 failed records, validation issues, invalid certificate input or a credential that
// does not verify, 2 usage errors and unusable input.
import { DoorstartError, factSchema } from '@doorstart/ladder'
import type { CliIo } from './CliIo.js'
import { CliUsageError } from './CliUsageError.js'
import { assessCommand } from './ladder/assessCommand.js'
import { explainCommand } from './ladder/explainCommand.js'
import { listLadders } from './ladder/listLadders.js'
import { validateCommand } from './ladder/validateCommand.js'
import { parseCommandLine } from './parseCommandLine.js'

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
  certificate render --input <json|-> --out <pdf|-> [--document certificate|work-agenda|progress-report]
                                           Render a PDF from a JSON input (default: certificate).
  credential verify <jwt-or-pdf|-> --trust <trusted-issuers.json> [--status-list <jwt-file>]... [--at <iso-date>]
                                           Verify an Open Badges 3.0 VC-JWT, or the credential
                                           embedded in a certificate PDF.
  help                                     Print this text (so does --help after any command).
`

type Command = (args: readonly string[], io: CliIo) => number | Promise<number>

const schema: Command = (args, io) => {
  parseCommandLine(args, {})
  io.stdout.write(`${JSON.stringify(factSchema, null, 2)}\n`)
  return 0
}

// The certificate library (pdfkit, fonts, JSON-LD contexts) takes seconds to load: the ladder
// commands, `assess` over a batch above all, must not pay for it, so its commands load on use.
let certificates: typeof import('@doorstart/certificates') | undefined
const certificateCommand = (load: () => Promise<Command>): Command => async (args, io) => {
  certificates ??= await import('@doorstart/certificates')
  return (await load())(args, io)
}
const renderCommand = certificateCommand(async () => (await import('./certificates/renderCommand.js')).renderCommand)
const verifyCommand = certificateCommand(async () => (await import('./certificates/verifyCommand.js')).verifyCommand)

const COMMANDS: { readonly [name: string]: Command } = {
  ladders: listLadders,
  validate: validateCommand,
  assess: assessCommand,
  explain: explainCommand,
  schema,
  'certificate render': renderCommand,
  'credential verify': verifyCommand,
}

function commandOf(args: readonly string[]): [Command | undefined, string, readonly string[]] {
  const [first = '', second = '', ...rest] = args
  const pair = `${first} ${second}`
  if (Object.hasOwn(COMMANDS, pair)) return [COMMANDS[pair], pair, rest]
  if (first !== 'certificate' && first !== 'credential' && Object.hasOwn(COMMANDS, first)) return [COMMANDS[first], first, args.slice(1)]
  return [undefined, first === 'certificate' || first === 'credential' ? pair.trim() : first, []]
}

/**
 * Runs the `doorstart` command with `args` (without the node and script paths) against the given
 * streams and resolves to the exit code: 0 success; 1 failed records, validation issues, invalid
 * certificate input or a credential that does not verify; 2 usage errors and unusable input. It
 * never prints a fact value or other personal data.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(['assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01'], process)
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length === 0) {
    io.stderr.write(USAGE)
    return 2
  }
  if (args[0] === 'help' || args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE)
    return 0
  }
  try {
    const [command, name, rest] = commandOf(args)
    if (command === undefined) throw new CliUsageError('unknown-command', `Unknown command "${name}".`)
    return await command(rest, io)
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr.write(`doorstart: ${error.message}\n\n${USAGE}`)
      return 2
    }
    // Only a certificate command, which loaded the library first, can throw its input error.
    if (certificates !== undefined && error instanceof certificates.CertificateInputError) {
      io.stderr.write(`Invalid input (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n`)
      for (const issue of error.issues) io.stderr.write(`  ${issue.path || '/'}  ${issue.code}: ${issue.message}\n`)
      return 1
    }
    if (error instanceof DoorstartError) {
      io.stderr.write(`${error.code} at ${error.path || '/'}: ${error.message}\n`)
      return 1
    }
    throw error
  }
}
