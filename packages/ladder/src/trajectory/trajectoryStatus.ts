import { DoorstartError } from '../errors/DoorstartError.js'
import { addDays, addMonths, isCalendarDate } from '../rules/calendar.js'
import type { OutflowType } from '../facts/vocabulary.js'
import type { Obligation, Trajectory, TrajectoryEvent, TrajectoryPhase, TrajectoryPolicy, TrajectoryStatus } from './TrajectoryPolicy.js'
import type { LadderErrorCode } from '../errors/ErrorCode.js'

/**
 * Thrown by the trajectory functions for input they cannot reason about: `code` is
 * `invalid-date` (a date that does not exist or is not YYYY-MM-DD) or `invalid-extension`, and
 * `path` a JSON Pointer into the trajectory (`''` for `asOf`).
 *
 * @example
 * ```ts
 * try { trajectoryStatus(lpcRotterdamPolicy, { startedOn: '2026-02-30', events: [] }, { asOf: '2026-03-01' }) }
 * catch (error) {
 *   if (error instanceof TrajectoryError) error.path //=> '/startedOn'
 * }
 * ```
 */
export class TrajectoryError extends DoorstartError<LadderErrorCode> {}

const PAID_WORK: ReadonlySet<OutflowType> = new Set(['paid-work', 'paid-work-with-support'])
const DEFAULT_SUCCESS: readonly OutflowType[] = ['paid-work', 'paid-work-with-support', 'education']

function checkDates(trajectory: Trajectory, asOf: string): void {
  if (!isCalendarDate(asOf)) throw new TrajectoryError('invalid-date', 'asOf must be a date that exists, written YYYY-MM-DD.', '')
  if (!isCalendarDate(trajectory.startedOn)) {
    throw new TrajectoryError('invalid-date', 'startedOn must be a date that exists, written YYYY-MM-DD.', '/startedOn')
  }
  trajectory.events.forEach((event, index) => {
    if (!isCalendarDate(event.date)) {
      throw new TrajectoryError('invalid-date', `Event ${index} (${event.kind}) needs a date that exists, written YYYY-MM-DD.`, `/events/${index}/date`)
    }
    if (event.kind === 'extension' && (!Number.isInteger(event.months) || event.months < 1 || event.reason.trim() === '')) {
      throw new TrajectoryError('invalid-extension', `Extension ${index} needs a whole number of months (1 or more) and a logged reason (DOMAIN.md §7.2).`, `/events/${index}`)
    }
  })
}

const ALERTS: ReadonlySet<Obligation['kind']> = new Set(['end-warning', 'aftercare-dropout', 'return-to-centre'])

function isAlert(obligation: Obligation, asOf: string): boolean {
  return ALERTS.has(obligation.kind) || (obligation.kind === 'work-target' && obligation.dueOn < asOf)
}

const text = (nl: string, en: string): { nl: string; en: string } => ({ nl, en })

/**
 * Where a trajectory stands on `asOf` under a policy: its phase, the end date (cap plus
 * extensions), and which obligations are due within the lookahead, late, or further ahead.
 * Calendar-correct (a start on 31 August has its 3-month review on 30 November, a 12-month
 * trajectory from 29 February 2028 ends on 28 February 2029) and pure: `asOf` is passed in and
 * only events dated on or before it count.
 *
 * Reviews fall due every `reviewEveryMonths` from the start, before the end; a review event
 * counts for the earliest open review whose due date is at most `reviewWindowDays` after it.
 * An exit ends the trajectory; after an exit to paid work, aftercare runs `aftercareMonths`.
 * A dropout at the employer during aftercare is for the aftercare job coach first (obligation
 * `aftercare-dropout`, phase `aftercare`); a dropout after aftercare, or one still unresolved when
 * aftercare ends, is a return to the centre (phase `returning`, obligation `return-to-centre`,
 * see {@link startReturnTrajectory}). This follows the Rotterdam LPC page
 * (000_3edb52956db5646c.txt: the jobcoach nazorg stays involved up to six months after the exit;
 * whoever drops out at an employer after six months comes back to the centre). A policy with
 * `homeBaseStaysOpen` treats a dropout after any exit as a return; `returnWithinMonths` can close
 * the window.
 *
 * The work target (`workTargetMonths`) is an aim, not a cap: before it, a `work-target`
 * reminder; once it passes without an exit, a `work-target` alert in `due` while the trajectory
 * goes on (004_fb80b8ab7482f406.txt: "binnen drie maanden doorgroeien naar werk, dat is het doel").
 *
 * @throws {@link TrajectoryError} for dates that do not exist and extensions without a reason.
 * @example
 * ```ts
 * const status = trajectoryStatus(lpcRotterdamPolicy, { startedOn: '2026-01-31', events: [] }, { asOf: '2026-04-20' })
 * status.phase //=> 'active'
 * status.due.map((o) => [o.kind, o.dueOn]) //=> [['review', '2026-04-30']] (3 months after 31 January, clamped)
 * status.endsOn //=> '2027-01-31'
 * ```
 */
export function trajectoryStatus(
  policy: TrajectoryPolicy,
  trajectory: Trajectory,
  options: { readonly asOf: string },
): TrajectoryStatus {
  const { asOf } = options
  checkDates(trajectory, asOf)
  const start = trajectory.startedOn
  const events = trajectory.events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.date <= asOf)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map(({ event }) => event)
  const of = <K extends TrajectoryEvent['kind']>(kind: K): Extract<TrajectoryEvent, { kind: K }>[] =>
    events.filter((event): event is Extract<TrajectoryEvent, { kind: K }> => event.kind === kind)

  const extensionMonths = of('extension').reduce((sum, event) => sum + event.months, 0)
  const endsOn = policy.maxMonths === null ? null : addMonths(start, policy.maxMonths + extensionMonths)
  const obligations: Obligation[] = []
  const exit = of('exit')[0]

  if (asOf < start) {
    return { policy: policy.id, asOf, phase: 'not-started', endsOn, aftercareEndsOn: null, successfulExit: null, due: [], late: [], upcoming: [] }
  }

  let phase: TrajectoryPhase = 'active'
  let aftercareEndsOn: string | null = null
  const trialDecision = of('trial-decision')[0]

  if (exit === undefined) {
    // Trial: a go/no-go decision is due when the trial ends.
    if (policy.trialDays !== null) {
      const trialEnds = addDays(start, policy.trialDays)
      if (trialDecision === undefined) {
        obligations.push({ kind: 'trial-decision', dueOn: trialEnds, message: text(`Besluit over de proefperiode (go/no-go) op ${trialEnds}.`, `Trial go/no-go decision due on ${trialEnds}.`) })
        if (asOf < trialEnds) phase = 'trial'
      } else if (trialDecision.decision === 'no-go') {
        phase = 'closed'
      }
    }
    // Reviews every n months before the end, matched greedily to the reviews held.
    if (policy.reviewEveryMonths !== null && phase !== 'closed') {
      const reviews = of('review').map((event) => event.date)
      const used = new Set<number>()
      const horizon = endsOn ?? addMonths(asOf, policy.reviewEveryMonths)
      for (let number = 1; ; number += 1) {
        const dueOn = addMonths(start, policy.reviewEveryMonths * number)
        if (dueOn > horizon || (endsOn !== null && dueOn >= endsOn)) break
        const earliest = addDays(dueOn, -policy.reviewWindowDays)
        const match = reviews.findIndex((date, index) => !used.has(index) && date >= earliest)
        if (match >= 0) used.add(match)
        else obligations.push({ kind: 'review', number, dueOn, message: text(`Evaluatie ${number} met werkcoach en werkbegeleider: past het traject nog, klaar voor betaald werk?`, `Review ${number} with coach and supervisor: does the trajectory still fit, ready for paid work?`) })
      }
    }
    if (endsOn !== null && phase !== 'closed') {
      if (policy.endWarningDays !== null) {
        const warnOn = addDays(endsOn, -policy.endWarningDays)
        if (asOf >= warnOn && asOf <= endsOn) {
          obligations.push({ kind: 'end-warning', dueOn: warnOn, message: text(`Het traject eindigt op ${endsOn}: bespreek uitstroom of verlenging (met reden).`, `The trajectory ends on ${endsOn}: decide on exit or extension (with a reason).`) })
        }
      }
      obligations.push({ kind: 'exit-decision', dueOn: endsOn, message: text(`Uitstroom vastleggen uiterlijk op ${endsOn} (maximale duur).`, `Record the exit by ${endsOn} (maximum duration).`) })
    }
    if (policy.workTargetMonths !== null && phase !== 'closed') {
      const target = addMonths(start, policy.workTargetMonths)
      obligations.push(asOf <= target
        ? { kind: 'work-target', dueOn: target, message: text(`Doel: aan het werk op ${target}.`, `Aim: in work by ${target}.`) }
        : { kind: 'work-target', dueOn: target, message: text(`Het doel (aan het werk op ${target}) is niet gehaald: bespreek hoe het traject verder gaat.`, `The aim (in work by ${target}) was not met: discuss how the trajectory goes on.`) })
    }
    if (phase === 'active' && of('ready-for-work').length > 0) phase = 'job-hunting'
  } else {
    phase = 'closed'
    if (PAID_WORK.has(exit.outflow) && policy.aftercareMonths !== null) {
      aftercareEndsOn = addMonths(exit.date, policy.aftercareMonths)
      if (asOf < aftercareEndsOn) phase = 'aftercare'
    }
    const dropout = of('dropout').find((event) => event.date >= exit.date)
    const canReturn = dropout !== undefined
      && (PAID_WORK.has(exit.outflow) || policy.homeBaseStaysOpen === true)
      && (policy.returnWithinMonths === null || dropout.date <= addMonths(exit.date, policy.returnWithinMonths))
    if (dropout !== undefined && canReturn) {
      if (aftercareEndsOn !== null && dropout.date < aftercareEndsOn && asOf < aftercareEndsOn) {
        // Within aftercare the municipal job coach acts first (000_3edb52956db5646c.txt).
        obligations.push({ kind: 'aftercare-dropout', dueOn: dropout.date, message: text('Uitgevallen bij de werkgever tijdens de nazorg: de jobcoach nazorg neemt contact op en zoekt met de deelnemer verder.', 'Dropped out at the employer during aftercare: the aftercare job coach gets in touch and looks for the next step with the participant.') })
      } else {
        phase = 'returning'
        const returnOn = aftercareEndsOn !== null && dropout.date < aftercareEndsOn ? aftercareEndsOn : dropout.date
        obligations.push({ kind: 'return-to-centre', dueOn: returnOn, message: text('Uitgevallen na de uitstroom: de deelnemer keert terug naar het centrum, in een nieuw traject dat als terugkeer is gemarkeerd.', 'Dropped out after the exit: the participant returns to the centre, in a new trajectory flagged as a return.') })
      }
    }
    if (policy.followUpMonths !== null && phase !== 'returning') {
      const followUpOn = addMonths(exit.date, policy.followUpMonths)
      if (!of('follow-up').some((event) => event.date >= exit.date)) {
        obligations.push({ kind: 'follow-up', dueOn: followUpOn, message: text(`Leg vast hoe het ${policy.followUpMonths} maanden na uitstroom gaat.`, `Record how things stand ${policy.followUpMonths} months after the exit.`) })
      }
    }
  }

  const lookahead = addDays(asOf, policy.lookaheadDays)
  const byDate = (a: Obligation, b: Obligation): number => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)
  obligations.sort(byDate)
  return {
    policy: policy.id,
    asOf,
    phase,
    endsOn,
    aftercareEndsOn,
    successfulExit: exit === undefined ? null : (policy.successfulOutflows ?? DEFAULT_SUCCESS).includes(exit.outflow),
    // Alerts (warnings, dropouts, a passed work target) are due from the moment they arise; the
    // rest when they fall due soon.
    due: obligations.filter((o) => (o.dueOn >= asOf && o.dueOn <= lookahead) || isAlert(o, asOf)),
    late: obligations.filter((o) => o.dueOn < asOf && !isAlert(o, asOf)),
    upcoming: obligations.filter((o) => o.dueOn > lookahead && !isAlert(o, asOf)),
  }
}

/**
 * Starts the trajectory of someone who returns after dropping out (DOMAIN.md §7.1: readmit
 * anytime, a new linked trajectory flagged as a return, with a fresh clock when the policy says so;
 * otherwise the old start date is kept). Cheap to record (003_39bc035d67f3ea38.txt: at Pluspunt
 * most participants who leave for work come back): only `returnOn` is needed; without `dropoutOn`
 * the previous trajectory's latest dropout counts, or else the day of the return.
 *
 * @throws {@link TrajectoryError} `invalid-date` for a date that does not exist.
 * @example
 * ```ts
 * startReturnTrajectory(lpcRotterdamPolicy, { startedOn: '2026-01-05', events: [] }, { dropoutOn: '2026-11-02', returnOn: '2026-11-16' })
 * //=> { startedOn: '2026-11-16', events: [], returnOf: { startedOn: '2026-01-05', dropoutOn: '2026-11-02' } }
 * startReturnTrajectory(pluspuntPolicy, { startedOn: '2025-03-03', events: [] }, { returnOn: '2026-02-02' }).returnOf
 * //=> { startedOn: '2025-03-03', dropoutOn: '2026-02-02' }
 * ```
 */
export function startReturnTrajectory(
  policy: TrajectoryPolicy,
  previous: Trajectory,
  options: { readonly dropoutOn?: string; readonly returnOn: string },
): Trajectory {
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined && !isCalendarDate(value)) throw new TrajectoryError('invalid-date', `${name} must be a date that exists, written YYYY-MM-DD.`, `/${name}`)
  }
  const recorded = previous.events
    .filter((event) => event.kind === 'dropout' && event.date <= options.returnOn)
    .map((event) => event.date)
    .sort()
    .at(-1)
  return {
    startedOn: policy.freshClockOnReturn ? options.returnOn : previous.startedOn,
    events: [],
    returnOf: { startedOn: previous.startedOn, dropoutOn: options.dropoutOn ?? recorded ?? options.returnOn },
  }
}
