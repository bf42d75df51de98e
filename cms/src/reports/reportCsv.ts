import type { CohortReport, ReportTable, ReportValue } from './CohortReport'
import { formatDay } from './reportDates'

export type ReportLocale = 'nl' | 'en'

/** How a suppressed cell reads, in the table and the CSV alike. */
export const suppressedText = (report: Pick<CohortReport, 'minCellSize'>, locale: ReportLocale): string =>
  locale === 'nl' ? `<${report.minCellSize}` : `<${report.minCellSize}`

/** A cell as the dashboard's table shows it (and the CSV writes it). */
export const formatValue = (value: ReportValue, report: Pick<CohortReport, 'minCellSize'>, locale: ReportLocale): string =>
  value === null ? suppressedText(report, locale) : locale === 'nl' ? String(value).replace('.', ',') : String(value)

/** The period as the dashboard heads it: `01-12-2025 t/m 01-12-2026`. */
export const periodText = (report: Pick<CohortReport, 'from' | 'to'>, locale: ReportLocale): string =>
  `${formatDay(report.from)} ${locale === 'nl' ? 't/m' : 'to'} ${formatDay(report.to)}`

/** The rows of one table as the dashboard shows them: a header, then label and cells. */
export const tableRows = (table: ReportTable, report: Pick<CohortReport, 'minCellSize'>, locale: ReportLocale): string[][] => [
  ['', ...table.columns.map((column) => column.label[locale])],
  ...table.rows.map((row) => [row.label[locale], ...row.values.map((value) => formatValue(value, report, locale))]),
]

const field = (value: string, separator: string): string =>
  /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value

/**
 * The CSV of a report, one line at a time: per table its title, the header and the rows exactly
 * as the dashboard's tables show them. Dutch uses `;` (decimal commas), English `,`.
 */
export function* reportCsvLines(report: CohortReport, locale: ReportLocale): Generator<string> {
  const separator = locale === 'nl' ? ';' : ','
  const line = (cells: string[]): string => `${cells.map((cell) => field(cell, separator)).join(separator)}\r\n`
  yield line([report.centre.name, periodText(report, locale)])
  for (const table of report.tables) {
    yield '\r\n'
    yield line([table.title[locale]])
    for (const row of tableRows(table, report, locale)) yield line(row)
  }
}

/** The whole CSV as a stream of UTF-8 bytes (with a BOM, so spreadsheets read the accents). */
export const reportCsvStream = (report: CohortReport, locale: ReportLocale): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  const lines = reportCsvLines(report, locale)
  let first = true
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next()
      if (next.done) return controller.close()
      controller.enqueue(encoder.encode(first ? `\uFEFF${next.value}` : next.value))
      first = false
    },
  })
}
