import type { AgendaItemKind } from '@doorstart/ladder'
import type { CentreInfo, DocumentLocale } from './CentreInfo.js'

/**
 * What kind of item an agenda entry is; it picks the label and colour mark on paper. The same
 * kinds as the planner's `AgendaItemKind` of `@doorstart/ladder`.
 *
 * @example
 * ```ts
 * const kind: AgendaActivityKind = 'coaching'
 * ```
 */
export type AgendaActivityKind = AgendaItemKind

/** One item of a day, e.g. `{ start: '09:00', end: '12:30', title: 'Keuken', kind: 'work' }`. */
export interface AgendaActivity {
  /** HH:MM, 24-hour clock. */
  readonly start: string
  /** HH:MM, after `start`. */
  readonly end: string
  readonly title: string
  readonly kind: AgendaActivityKind
  readonly location?: string
  /** Who to report to, e.g. the *werkbegeleider*. */
  readonly contact?: string
}

/** One day of the week (Monday–Sunday); a day without activities prints as free. */
export interface AgendaDay {
  readonly date: string
  readonly activities: readonly AgendaActivity[]
}

/**
 * Input of {@link renderWorkAgenda}: the *werkweekagenda*, a printable week plan in plain language.
 * Plain data, so the agenda planner's output maps onto it directly.
 *
 * @example
 * ```ts
 * const input: WorkAgendaInput = {
 *   locale: 'nl',
 *   participant: { name: 'Zoë Çelik', pseudonym: 'P-7F3K' },
 *   centre: { name: 'Leer Praktijk Centrum Zuid' },
 *   week: { year: 2026, number: 10, startsOn: '2026-03-02' },
 *   days: [{ date: '2026-03-02', activities: [{ start: '09:00', end: '12:30', title: 'Keuken', kind: 'work' }] }],
 *   goals: [{ title: 'Elke dag op tijd beginnen' }],
 *   coach: { name: 'Fatima el Amrani', phone: '010-1234567' },
 *   issuedOn: '2026-02-27',
 * }
 * ```
 */
export interface WorkAgendaInput {
  readonly locale: DocumentLocale
  /** The participant; `name` is printed, `pseudonym` (if given) is printed small for filing. */
  readonly participant: { readonly name: string; readonly pseudonym?: string }
  readonly centre: CentreInfo
  /** ISO week: year, week number 1–53 and the Monday it starts on. */
  readonly week: { readonly year: number; readonly number: number; readonly startsOn: string }
  /** The days to print, in order, all within the week. */
  readonly days: readonly AgendaDay[]
  /** The learning goals the week works on, in plain language (0–5). */
  readonly goals?: readonly { readonly title: string }[]
  /** The fixed contact, printed with phone number if given. */
  readonly coach?: { readonly name: string; readonly phone?: string }
  /** Date the agenda was made (YYYY-MM-DD); the PDF's creation date. */
  readonly issuedOn: string
}
