import { describe, expect, it } from 'vitest'
import { builtinLadders } from '@doorstart/ladder'
import { CertificateInputError, layoutProgressReport, renderProgressReport, validateProgressReportInput, type ProgressReportInput } from '@doorstart/certificates'
import { progressReport, withValue } from './support/fixtures.js'
import { inkPerPage, pdfText } from './support/poppler.js'

const render = (input: unknown): Promise<Uint8Array> => renderProgressReport(input as ProgressReportInput)

describe('renderProgressReport', () => {
  it('prints the participant, the ladder, every rung, the dated history, goals and summary', async () => {
    const input = progressReport()
    const text = await pdfText(await renderProgressReport(input))
    for (const field of [input.participant.name, input.ladder.title, input.summary ?? '', input.coach?.name ?? '', ...input.ladder.rungs.map((rung) => rung.title)]) {
      expect(text).toContain(field)
    }
    expect(text).toContain('1 September 2025 Protected workplace')
    expect(text).toContain('1 December 2025 Societal workplace')
    expect(text).toContain('15 January 2026 Protected workplace')
    expect(text).toContain('1 March 2026 Workplace at a CSR employer')
    expect(text).toContain('Work a full day at a partner workplace Achieved')
    expect(text).toContain('Travel to work on my own by metro In progress')
    expect(text).toContain('Finish the barista course Not started')
  })

  it('prints in Dutch with Dutch labels', async () => {
    const text = await pdfText(await renderProgressReport({ ...progressReport(), locale: 'nl' }))
    expect(text).toContain('Voortgangsverslag')
    expect(text).toContain('1 december 2025 Societal workplace')
    expect(text).toContain('Behaald')
  })

  it('draws the rung history as a step chart: one step per change, a dot per placement', () => {
    const layout = layoutProgressReport(validateProgressReportInput(progressReport()))
    const figure = layout.pages[0]?.items.find((item) => item.kind === 'figure')
    const items = figure?.kind === 'figure' ? figure.items : []
    const line = items.filter((item) => item.kind === 'polyline' && item.lineWidth === 2)
    expect(line).toHaveLength(1)
    const points = line[0]?.kind === 'polyline' ? line[0].points : []
    // 4 placements: the first point, then a horizontal and a vertical move per change, then on to the end.
    expect(points).toHaveLength(1 + 3 * 2 + 1)
    const ys = points.map(([, y]) => y)
    expect(ys[0]).toBeGreaterThan(ys[2] ?? 0) // a higher rung is drawn higher on the page
    expect(items.filter((item) => item.kind === 'circle')).toHaveLength(4)
  })

  it('draws ink on the page', async () => {
    for (const share of await inkPerPage(await renderProgressReport(progressReport()))) expect(share).toBeGreaterThan(0.01)
  })

  it('refuses a history entry on a rung the ladder does not have', async () => {
    const error = await render(withValue(progressReport(), '/history/2/rungId', 'paid-work')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CertificateInputError)
    expect(error).toMatchObject({ code: 'unknown-rung', path: '/history/2/rungId' })
  })

  it('refuses a history that is not oldest first', async () => {
    const error = await render(withValue(progressReport(), '/history/1/date', '2025-08-01')).catch((caught: unknown) => caught)
    expect((error as CertificateInputError).issues.map((issue) => issue.code)).toEqual(['history-out-of-order', 'outside-period'])
  })

  it('charts a history on a built-in ladder of @doorstart/ladder, with the ladder\'s own rung titles', async () => {
    const ladder = builtinLadders.participatieladder
    const rungs = ladder.rungs.map((rung) => ({ id: rung.id, title: rung.title.nl ?? rung.id }))
    const [first, second, third] = rungs
    const input: ProgressReportInput = {
      ...progressReport(),
      locale: 'nl',
      ladder: { title: ladder.title.nl ?? ladder.id, rungs },
      history: [
        { date: '2025-09-01', rungId: first?.id ?? '' },
        { date: '2025-12-01', rungId: third?.id ?? '' },
        { date: '2026-02-01', rungId: second?.id ?? '' },
      ],
    }
    const text = await pdfText(await renderProgressReport(input))
    for (const rung of rungs) expect(text).toContain(rung.title)
    expect(text).toContain(`1 december 2025 ${third?.title ?? ''}`)
  })
})
