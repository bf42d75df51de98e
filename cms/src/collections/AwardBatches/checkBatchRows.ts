// Checks every row of a bulk upload before anything is created: a known participant of the
// uploader's centre, once only, a printable name, and a certificate the library would render.
import { CertificateInputError, validateCertificateInput } from '@doorstart/certificates'
import type { PayloadRequest } from 'payload'
import { toCertificateInput } from '../Awards/certificateInput'
import { certificateIssueMessageNl } from '../Awards/messages'
import { parseCsv } from './parseCsv'
import type { Participant } from '../../payload-types'

export interface BatchRow {
  line: number
  participant: Participant['id']
  name: string
  certificateNumber?: string
}

export interface RowError {
  line: number
  message: string
}

const HEADERS: Record<string, 'participant' | 'name' | 'certificateNumber'> = {
  deelnemer: 'participant',
  participant: 'participant',
  code: 'participant',
  naam: 'name',
  name: 'name',
  certificaatnummer: 'certificateNumber',
  'certificate number': 'certificateNumber',
  certificatenumber: 'certificateNumber',
}

/** At most this many rows per upload. */
export const MAX_BATCH_ROWS = 500

/** The rows of the CSV, or the errors per row (line numbers as in the file, the header is 1), in Dutch. */
export const checkBatchRows = async (
  req: PayloadRequest,
  csv: string,
  template: Record<string, unknown>,
): Promise<{ rows: BatchRow[]; errors: RowError[] }> => {
  const table = parseCsv(csv)
  const errors: RowError[] = []
  const header = (table[0] ?? []).map((cell) => HEADERS[cell.toLowerCase()])
  const column = (name: 'participant' | 'name' | 'certificateNumber'): number => header.indexOf(name)
  if (column('participant') < 0 || column('name') < 0) {
    return { rows: [], errors: [{ line: 1, message: 'Rij 1: de kopregel moet de kolommen "deelnemer" en "naam" hebben.' }] }
  }
  const body = table.slice(1)
  if (body.length === 0) return { rows: [], errors: [{ line: 2, message: 'Het bestand heeft geen regels onder de kopregel.' }] }
  if (body.length > MAX_BATCH_ROWS) return { rows: [], errors: [{ line: MAX_BATCH_ROWS + 2, message: `Hoogstens ${MAX_BATCH_ROWS} regels per upload.` }] }

  const codes = [...new Set(body.map((cells) => cells[column('participant')] ?? '').filter(Boolean))]
  // With the uploader's own access: another centre's participant is as unknown as a typo.
  const { docs } = await req.payload.find({
    collection: 'participants',
    where: { code: { in: codes } },
    depth: 0,
    pagination: false,
    overrideAccess: !req.user,
    user: req.user,
    req,
  })
  const byCode = new Map(docs.map((doc) => [String(doc.code), doc.id]))
  const seen = new Map<string, number>()
  const rows: BatchRow[] = []
  body.forEach((cells, index) => {
    const line = index + 2
    const code = cells[column('participant')] ?? ''
    const name = cells[column('name')] ?? ''
    const certificateNumber = column('certificateNumber') >= 0 ? cells[column('certificateNumber')] || undefined : undefined
    const rowErrors: string[] = []
    if (!code) rowErrors.push('de deelnemercode ontbreekt')
    else if (!byCode.has(code)) rowErrors.push(`deelnemer "${code}" bestaat niet of hoort niet bij uw centrum`)
    else if (seen.has(code)) rowErrors.push(`deelnemer "${code}" staat ook al in rij ${seen.get(code)}`)
    if (!name) rowErrors.push('de naam ontbreekt')
    if (name && code) {
      const input = toCertificateInput(
        { ...template, recipient: { name }, ...(certificateNumber ? { certificateNumber } : {}) },
        { centre: { name: 'Centrum' }, issuedOn: new Date().toISOString().slice(0, 10), verifyUrl: 'https://doorstart.invalid/verify/x' },
      )
      try {
        validateCertificateInput(input)
      } catch (error) {
        if (!(error instanceof CertificateInputError)) throw error
        for (const issue of error.issues) rowErrors.push(`${issue.path.replace(/^\//, '').replace(/\//g, '.')}: ${certificateIssueMessageNl(issue)}`)
      }
    }
    if (code && !seen.has(code)) seen.set(code, line)
    if (rowErrors.length) errors.push({ line, message: `Rij ${line}: ${rowErrors.join('; ')}.` })
    else rows.push({ line, participant: byCode.get(code)!, name, ...(certificateNumber ? { certificateNumber } : {}) })
  })
  return { rows, errors }
}
