import { layoutProgressReport } from '../layout/layoutProgressReport.js'
import type { ProgressReportInput } from '../layout/ProgressReportInput.js'
import { validateProgressReportInput } from '../layout/validateProgressReportInput.js'
import { renderPdf } from './renderPdf.js'

/**
 * Renders a progress report as an A4 PDF: the rung history drawn as a step chart and listed by
 * date, learning goals with their status and the coach's summary. Same input, same bytes.
 *
 * @throws {@link CertificateInputError} listing every invalid field (e.g. `unknown-rung`).
 * @example
 * ```ts
 * const pdf = await renderProgressReport({
 *   locale: 'en',
 *   participant: { name: 'Mehmet Yılmaz' },
 *   centre: { name: 'Pluspunt' },
 *   ladder: { title: 'Participation & work', rungs: [
 *     { id: 'protected', title: 'Protected workplace' }, { id: 'societal', title: 'Societal workplace' }] },
 *   history: [{ date: '2026-01-05', rungId: 'protected' }, { date: '2026-04-01', rungId: 'societal' }],
 *   period: { from: '2026-01-01', to: '2026-06-30' },
 *   issuedOn: '2026-07-01',
 * })
 * ```
 */
export async function renderProgressReport(input: ProgressReportInput): Promise<Uint8Array> {
  return renderPdf(layoutProgressReport(validateProgressReportInput(input)))
}
