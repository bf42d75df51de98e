import type { CentreInfo, DocumentLocale, Period } from './CentreInfo.js'

/** Status of a learning goal in a progress report. */
export type GoalStatus = 'achieved' | 'in-progress' | 'not-started'

/**
 * Input of {@link renderProgressReport}: a progress report with the rung history drawn as a chart.
 * The ladder is given as its rung ids and titles (lowest first), so a `Ladder` from
 * `@doorstart/ladder` maps onto it with `rungs.map(r => ({ id: r.id, title: r.title[locale] }))`.
 *
 * @example
 * ```ts
 * const input: ProgressReportInput = {
 *   locale: 'en',
 *   participant: { name: 'Mehmet Yılmaz' },
 *   centre: { name: 'Pluspunt' },
 *   ladder: { title: 'Participation & work', rungs: ladder.rungs.map((rung) => ({ id: rung.id, title: rung.title.en ?? rung.id })) },
 *   history: assessments.map((a) => ({ date: a.assessedOn, rungId: a.rung })),
 *   period: { from: '2025-09-01', to: '2026-05-31' },
 *   issuedOn: '2026-06-02',
 * }
 * ```
 */
export interface ProgressReportInput {
  readonly locale: DocumentLocale
  readonly participant: { readonly name: string; readonly pseudonym?: string }
  readonly centre: CentreInfo
  readonly ladder: {
    readonly title: string
    /** Lowest rung first (2–8 rungs). */
    readonly rungs: readonly { readonly id: string; readonly title: string }[]
  }
  /** Dated placements, oldest first (1–60); each `rungId` is one of `ladder.rungs`. */
  readonly history: readonly { readonly date: string; readonly rungId: string }[]
  readonly period: Period
  /** Learning goals and where they stand (0–8). */
  readonly goals?: readonly { readonly title: string; readonly status: GoalStatus }[]
  /** The coach's summary in plain language. */
  readonly summary?: string
  readonly coach?: { readonly name: string }
  /** Date of the report (YYYY-MM-DD); the PDF's creation date. */
  readonly issuedOn: string
}
