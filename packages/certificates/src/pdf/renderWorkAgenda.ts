import { layoutWorkAgenda } from '../layout/layoutWorkAgenda.js'
import { validateWorkAgendaInput } from '../layout/validateWorkAgendaInput.js'
import type { WorkAgendaInput } from '../layout/WorkAgendaInput.js'
import { renderPdf } from './renderPdf.js'

/**
 * Renders the weekly work agenda (*werkweekagenda*) as an A4 PDF that prints: each day with its
 * activities, the week's goals and the coach to call. Same input, same bytes.
 *
 * @throws {@link CertificateInputError} listing every invalid field (code + JSON Pointer).
 * @example
 * ```ts
 * const pdf = await renderWorkAgenda({
 *   locale: 'nl',
 *   participant: { name: 'Zoë Çelik' },
 *   centre: { name: 'Leer Praktijk Centrum Zuid' },
 *   week: { year: 2026, number: 10, startsOn: '2026-03-02' },
 *   days: [{ date: '2026-03-02', activities: [{ start: '09:00', end: '12:30', title: 'Keuken', kind: 'work' }] }],
 *   issuedOn: '2026-02-27',
 * })
 * ```
 */
export async function renderWorkAgenda(input: WorkAgendaInput): Promise<Uint8Array> {
  return renderPdf(layoutWorkAgenda(validateWorkAgendaInput(input)))
}
