import type { LocalizedText } from '../ladder/Ladder.js'
import type { OutflowType } from '../facts/vocabulary.js'

/**
 * The rules a centre applies to a trajectory, as data. Every duration is calendar-based and
 * optional (`null`: the centre has no such rule).
 *
 * @example
 * ```ts
 * const policy: TrajectoryPolicy = { ...lpcRotterdamPolicy, id: 'lpc-delfshaven', endWarningDays: 28 }
 * ```
 */
export interface TrajectoryPolicy {
  /** Lowercase kebab-case, e.g. `lpc-rotterdam`. */
  readonly id: string
  readonly title: LocalizedText
  /** Source documents the rules come from (file names of the source texts, DOMAIN.md §7 for defaults). */
  readonly sources: readonly string[]
  /** Agreed hours a week by default (LPC: 32, with benefit kept). */
  readonly hoursPerWeek: number | null
  /** Longest trajectory in calendar months, before extensions. */
  readonly maxMonths: number | null
  /** A review every so many calendar months from the start. */
  readonly reviewEveryMonths: number | null
  /** A review held at most this many days before its due date counts for it. */
  readonly reviewWindowDays: number
  /** Warn this many days before the end of the trajectory. */
  readonly endWarningDays: number | null
  /** A trial period ("op proef") of this many days, ended by a go/no-go decision. */
  readonly trialDays: number | null
  /**
   * Aim: exit to paid work within this many months of the start. A target, not a cap: once it
   * passes without an exit the coach gets an alert (`work-target` in `due`) and the trajectory
   * goes on.
   */
  readonly workTargetMonths: number | null
  /**
   * Aftercare by a job coach for this many months after an exit to paid work. Someone who drops
   * out at the employer during aftercare is the aftercare job coach's first (`aftercare-dropout`);
   * a dropout after it is a return to the centre (`return-to-centre`).
   */
  readonly aftercareMonths: number | null
  /**
   * A dropout later than this many months after the exit no longer counts as a return to the
   * centre; `null`: a return is possible at any time (DOMAIN.md §7.1, readmit anytime). Whether
   * the job coach or the centre acts first is set by `aftercareMonths`.
   */
  readonly returnWithinMonths: number | null
  /**
   * The centre stays a home base after any exit: a dropout after an exit of any type (not only
   * paid work) is a return to the centre, and a return needs no more than its date (see
   * `startReturnTrajectory`). Absent: `false`.
   */
  readonly homeBaseStaysOpen?: boolean
  /**
   * The outflow types the centre counts as a successful exit (e.g. De Verbindingskamer:
   * volunteering, education and paid work all count). Absent: paid work (with or without support)
   * and education.
   */
  readonly successfulOutflows?: readonly OutflowType[]
  /** Whether a return starts a fresh clock (a new linked trajectory) rather than resuming. */
  readonly freshClockOnReturn: boolean
  /** Record how the exit turned out this many months after it (the follow-up). */
  readonly followUpMonths: number | null
  /** An obligation is "due" when it falls within this many days after `asOf`. */
  readonly lookaheadDays: number
}

/**
 * One event of a trajectory.
 *
 * @example
 * ```ts
 * const event: TrajectoryEvent = { kind: 'extension', date: '2026-12-01', months: 2, reason: 'Finishing the hygiene certificate' }
 * ```
 */
export type TrajectoryEvent =
  | { readonly kind: 'review'; readonly date: string; readonly decision?: 'continue' | 'adjust' | 'exit' | 'stop' }
  | { readonly kind: 'trial-decision'; readonly date: string; readonly decision: 'go' | 'no-go'; readonly reason?: string }
  | { readonly kind: 'ready-for-work'; readonly date: string }
  | { readonly kind: 'extension'; readonly date: string; readonly months: number; readonly reason: string }
  | { readonly kind: 'exit'; readonly date: string; readonly outflow: OutflowType }
  | { readonly kind: 'dropout'; readonly date: string }
  | { readonly kind: 'follow-up'; readonly date: string; readonly lasting: boolean }

/**
 * A participant's trajectory at a centre: its start and what happened since.
 *
 * @example
 * ```ts
 * const trajectory: Trajectory = { startedOn: '2026-01-05', events: [{ kind: 'review', date: '2026-04-02' }] }
 * ```
 */
export interface Trajectory {
  readonly startedOn: string
  readonly events: readonly TrajectoryEvent[]
  /** Set on a trajectory that started because the participant returned after dropping out. */
  readonly returnOf?: { readonly startedOn: string; readonly dropoutOn: string }
}

/**
 * The phase a trajectory is in on a date.
 *
 * @example
 * ```ts
 * const phase: TrajectoryPhase = trajectoryStatus(lucratoPolicy, { startedOn: '2026-03-02', events: [] }, { asOf: '2026-03-10' }).phase //=> 'trial'
 * ```
 */
export type TrajectoryPhase =
  | 'not-started' | 'trial' | 'active' | 'job-hunting' | 'aftercare' | 'returning' | 'closed'

/**
 * Something a coach has to do by a date.
 *
 * @example
 * ```ts
 * const obligation: Obligation = { kind: 'review', number: 1, dueOn: '2026-04-05', message: { nl: 'Evaluatie 1', en: 'Review 1' } }
 * ```
 */
export interface Obligation {
  readonly kind: 'review' | 'trial-decision' | 'end-warning' | 'exit-decision' | 'work-target' | 'follow-up' | 'aftercare-dropout' | 'return-to-centre'
  readonly dueOn: string
  /** For reviews: 1 for the first review, 2 for the second, … */
  readonly number?: number
  readonly message: { readonly nl: string; readonly en: string }
}

/**
 * Where a trajectory stands on `asOf`.
 *
 * @example
 * ```ts
 * const status: TrajectoryStatus = trajectoryStatus(lpcRotterdamPolicy, { startedOn: '2026-01-05', events: [] }, { asOf: '2026-04-10' })
 * status.late[0]?.kind //=> 'review'
 * ```
 */
export interface TrajectoryStatus {
  readonly policy: string
  readonly asOf: string
  readonly phase: TrajectoryPhase
  /** The day the trajectory ends under the cap: the start plus the maximum months and extensions (`null` without a cap). */
  readonly endsOn: string | null
  /** End of aftercare after an exit to paid work. */
  readonly aftercareEndsOn: string | null
  /** Whether the exit (if any) is one the policy counts as a success (`null` before an exit). */
  readonly successfulExit: boolean | null
  /** Open obligations falling due within the lookahead. */
  readonly due: readonly Obligation[]
  /** Open obligations whose date has passed. */
  readonly late: readonly Obligation[]
  /** Open obligations further ahead, for planning. */
  readonly upcoming: readonly Obligation[]
}
