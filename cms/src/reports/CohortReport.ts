/** Dutch and English text of a label. */
export interface ReportText {
  nl: string
  en: string
}

/** A cell: a count or figure, or `null` when it is suppressed (fewer than 5 people). */
export type ReportValue = number | null

/**
 * One table of the policy report. The dashboard draws a chart and the same table from it, and the
 * CSV export writes exactly these rows: what is shown is what is exported.
 */
export interface ReportTable {
  id: string
  title: ReportText
  /** How the dashboard draws it: bars per row (first column), or a transition matrix. */
  chart: 'bar' | 'matrix' | 'none'
  columns: { key: string; label: ReportText; unit?: 'people' | 'days' | 'percent' | 'goals' }[]
  rows: { key: string; label: ReportText; values: ReportValue[] }[]
  note?: ReportText
}

/** The figures of one centre over one period, with no personal data in it. */
export interface CohortReport {
  centre: { id: number | string; name: string }
  from: string
  to: string
  minCellSize: number
  ladder: { id: string; title: ReportText } | null
  /** Ladders with assessments at this centre, for the dashboard's ladder choice. */
  ladders: { id: string; title: ReportText }[]
  tables: ReportTable[]
}
