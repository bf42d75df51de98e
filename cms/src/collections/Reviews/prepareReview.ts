import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../access/hasRole'
import { idOf, isSameId } from '../../access/idOf'
import { dayOf, storedDay, todayInAmsterdam } from '../../dates/calendarDay'
import { fieldError } from '../../hooks/fieldError'
import { participantCodeOf, recordTitle } from '../../fields/recordTitle'

// Lower case after "Evaluatie: " (the Dutch labels of REVIEW_DECISIONS).
const REVIEW_DECISION_LABELS: Record<string, string> = { continue: 'doorgaan', adjust: 'bijstellen', exit: 'uitstroom', stop: 'stoppen' }

const formatted = (day: string): string => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`

/**
 * A review belongs to its trajectory: the participant and centre come from the trajectory (looked
 * up with the writer's access), the coach defaults to the writer. The date may not lie before the
 * trajectory's start nor after today (Europe/Amsterdam); the coach must be a coach and the
 * supervisor a work supervisor of the same centre.
 */
export const prepareReview: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const { user } = req
  const next = { ...data }
  const trajectoryId = operation === 'update' ? idOf(originalDoc?.trajectory) : idOf(data.trajectory)
  // Nothing chosen yet is a form to finish, not a refusal.
  if (trajectoryId === null) {
    throw fieldError(req, 'reviews', [{ path: 'trajectory', message: { nl: 'Traject: kies een traject.', en: 'Trajectory: pick a trajectory.' } }])
  }
  const trajectory =
    trajectoryId === null
      ? null
      : await req.payload
          .findByID({ collection: 'trajectories', id: trajectoryId, depth: 0, req, user, overrideAccess: !user })
          .catch(() => null)
  if (!trajectory) throw new Forbidden(req.t)
  next.trajectory = trajectory.id
  next.participant = idOf(trajectory.participant)
  next.centre = idOf(trajectory.centre)
  if (operation === 'create' && (data.coach === undefined || data.coach === null)) {
    next.coach = user && hasRole(user, 'coach') ? user.id : (idOf(trajectory.coach) ?? null)
  }

  const errors: { path: string; message: { nl: string; en: string } }[] = []
  const reviewedOn = dayOf(next.reviewedOn ?? originalDoc?.reviewedOn)
  const startedOn = dayOf(trajectory.startDate)
  if (reviewedOn === null) {
    errors.push({ path: 'reviewedOn', message: { nl: 'Datum: kies een datum die bestaat.', en: 'Date: pick a date that exists.' } })
  } else {
    if (startedOn !== null && reviewedOn < startedOn) {
      errors.push({
        path: 'reviewedOn',
        message: { nl: `Datum: mag niet voor de start van het traject liggen (${formatted(startedOn)}).`, en: `Date: cannot be before the trajectory started (${formatted(startedOn)}).` },
      })
    }
    if (reviewedOn > todayInAmsterdam()) {
      errors.push({ path: 'reviewedOn', message: { nl: 'Datum: mag niet in de toekomst liggen.', en: 'Date: cannot be in the future.' } })
    }
    next.reviewedOn = storedDay(reviewedOn)
  }

  const people: { field: 'coach' | 'supervisor'; roles: readonly string[]; message: { nl: string; en: string } }[] = [
    { field: 'coach', roles: ['coach', 'centre-admin'], message: { nl: 'Coach: kies een coach van dit centrum.', en: 'Coach: pick a coach of this centre.' } },
    { field: 'supervisor', roles: ['work-supervisor'], message: { nl: 'Werkbegeleider: kies een werkbegeleider van dit centrum.', en: 'Work supervisor: pick a work supervisor of this centre.' } },
  ]
  for (const { field, roles, message } of people) {
    const id = idOf(next[field])
    if (next[field] === undefined || id === null) continue
    const person = await req.payload
      .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, select: { role: true, centre: true } })
      .catch(() => null)
    if (!person || !roles.includes(person.role ?? '') || !isSameId(person.centre, next.centre)) errors.push({ path: field, message })
  }
  if (errors.length > 0) throw fieldError(req, 'reviews', errors)
  const decision = (next.decision ?? originalDoc?.decision) as string | undefined
  const decisionLabel = REVIEW_DECISION_LABELS[decision ?? '']
  next.displayTitle = recordTitle(await participantCodeOf(req, next.participant), decisionLabel ? `Evaluatie: ${decisionLabel}` : 'Evaluatie', reviewedOn)
  return next
}
