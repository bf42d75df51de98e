// Maps the CMS's trajectory (its events and exit) and the reviews recorded for it to the ladder
// library's `Trajectory`, which `trajectoryStatus` reasons about.
import { builtinPolicies, type Trajectory, type TrajectoryEvent, type TrajectoryPolicy } from '@doorstart/ladder'
import type { Trajectory as TrajectoryDocument } from '../payload-types'
import type { RelationValue } from '../access/DoorstartUser'
import { dayOf } from '../dates/calendarDay'

export interface StoredTrajectory {
  id: number | string
  participant?: RelationValue
  policy?: string | null
  startDate?: string | null
  coach?: RelationValue
  events?: readonly {
    date?: string | null
    type?: string | null
    decision?: string | null
    months?: number | null
    lasting?: boolean | null
    note?: string | null
  }[] | null
  exit?: TrajectoryDocument['exit'] | null
}

export interface StoredReview {
  reviewedOn?: string | null
  decision?: string | null
}

const REVIEW_DECISIONS = new Set(['continue', 'adjust', 'exit', 'stop'])

/** The trajectory's events as the library reads them; entries it cannot reason about are left out. */
export const trajectoryEventsOf = (trajectory: StoredTrajectory, reviews: readonly StoredReview[] = []): TrajectoryEvent[] => {
  const events: TrajectoryEvent[] = []
  for (const event of trajectory.events ?? []) {
    const date = dayOf(event.date)
    if (date === null) continue
    switch (event.type) {
      case 'review':
        events.push(REVIEW_DECISIONS.has(event.decision ?? '') ? { kind: 'review', date, decision: event.decision as 'continue' } : { kind: 'review', date })
        break
      case 'trial-decision':
        if (event.decision === 'go' || event.decision === 'no-go') {
          events.push({ kind: 'trial-decision', date, decision: event.decision, ...(event.note ? { reason: event.note } : {}) })
        }
        break
      case 'ready-for-work':
      case 'dropout':
        events.push({ kind: event.type, date })
        break
      case 'extension':
        // An extension without months or a logged reason does not count (DOMAIN.md §7.2).
        if (Number.isInteger(event.months) && (event.months ?? 0) >= 1 && event.note?.trim()) {
          events.push({ kind: 'extension', date, months: event.months as number, reason: event.note })
        }
        break
      case 'follow-up':
        events.push({ kind: 'follow-up', date, lasting: Boolean(event.lasting) })
        break
      default:
        break
    }
  }
  const exitDate = dayOf(trajectory.exit?.date)
  if (exitDate !== null && trajectory.exit?.type) {
    events.push({ kind: 'exit', date: exitDate, outflow: trajectory.exit.type })
  }
  for (const review of reviews) {
    const date = dayOf(review.reviewedOn)
    if (date === null) continue
    events.push(REVIEW_DECISIONS.has(review.decision ?? '') ? { kind: 'review', date, decision: review.decision as 'continue' } : { kind: 'review', date })
  }
  return events
}

/** The library's trajectory, or `null` without a start date. */
export const toLibraryTrajectory = (trajectory: StoredTrajectory, reviews: readonly StoredReview[] = []): Trajectory | null => {
  const startedOn = dayOf(trajectory.startDate)
  return startedOn === null ? null : { startedOn, events: trajectoryEventsOf(trajectory, reviews) }
}

/** The trajectory's policy: its own, else the centre's; `null` when neither names a built-in policy. */
export const policyOf = (trajectory: { policy?: string | null }, centrePolicy?: string | null): TrajectoryPolicy | null => {
  const id = trajectory.policy ?? centrePolicy ?? null
  return id !== null && Object.hasOwn(builtinPolicies, id) ? (builtinPolicies[id] ?? null) : null
}
