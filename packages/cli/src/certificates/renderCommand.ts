import { writeFile } from 'node:fs/promises'
import {
  renderCertificate, renderProgressReport, renderWorkAgenda, type CertificateInput, type ProgressReportInput, type WorkAgendaInput,
} from '@doorstart/certificates'
import type { CliIo } from '../CliIo.js'
import { CliUsageError } from '../CliUsageError.js'
import { parseJson, readInput } from '../files.js'
import { parseCommandLine, single } from '../parseCommandLine.js'

// The renderers validate their input; the casts only pick which validator runs.
const RENDERERS: { readonly [document: string]: (input: unknown) => Promise<Uint8Array> } = {
  certificate: (input) => renderCertificate(input as CertificateInput),
  'work-agenda': (input) => renderWorkAgenda(input as WorkAgendaInput),
  'progress-report': (input) => renderProgressReport(input as ProgressReportInput),
}

/** `doorstart certificate render --input <json|-> --out <pdf|-> [--document certificate|work-agenda|progress-report]`. */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(args, {
    input: { type: 'string', multiple: true },
    out: { type: 'string', multiple: true },
    document: { type: 'string', multiple: true },
  })
  const inputFile = single(values.input, 'input', true)
  const out = single(values.out, 'out', true)
  const document = single(values.document, 'document') ?? 'certificate'
  const renderer = Object.hasOwn(RENDERERS, document) ? RENDERERS[document] : undefined
  if (renderer === undefined) throw new CliUsageError('unknown-document', `Unknown --document "${document}"; use certificate, work-agenda or progress-report.`)
  const pdf = await renderer(parseJson(await readInput(inputFile, io.stdin), 'The input'))
  if (out === '-') {
    io.stdout.write(pdf)
    return 0
  }
  try {
    await writeFile(out, pdf)
  } catch (error) {
    throw new CliUsageError('unwritable-file', `Cannot write ${out}.`, '', { cause: error })
  }
  io.stdout.write(`Wrote ${out} (${Math.round(pdf.byteLength / 1024)} KB)\n`)
  return 0
}
