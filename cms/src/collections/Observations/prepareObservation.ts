import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { asDoorstartUser } from '../../access/DoorstartUser'
import { hasRole } from '../../access/hasRole'
import { idOf, isSameId } from '../../access/idOf'
import { dayOf, storedDay, todayInAmsterdam } from '../../dates/calendarDay'
import { fieldError } from '../../hooks/fieldError'
import { participantCodeOf, recordTitle } from '../../fields/recordTitle'

const OBSERVER_ROLE_OF_USER = { 'work-supervisor': 'supervisor', coach: 'coach', 'centre-admin': 'coach', admin: 'coach' } as const

/**
 * Fills in, on the server, what an observation is about and who made it: the participant is looked
 * up with the writer's access (a supervisor sees only participants at their own workplace, so a
 * participant elsewhere is refused), the centre and workplace come from the participant, the
 * observer and their role from the signed-in user. The participant, workplace and observer never
 * change afterwards.
 */
export const prepareObservation: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const { user } = req
  const next = { ...data }
  // Read here on create; on an update, for the title only.
  let participantCode: string | null | undefined
  if (operation === 'update') {
    next.participant = originalDoc?.participant
    next.workplace = originalDoc?.workplace
    next.observer = originalDoc?.observer
    next.observerRole = originalDoc?.observerRole
  } else {
    const participantId = idOf(data.participant)
    // Nothing chosen yet is a form to finish, not a refusal.
    if (participantId === null) {
      throw fieldError(req, 'observations', [{ path: 'participant', message: { nl: 'Deelnemer: kies een deelnemer.', en: 'Participant: pick a participant.' } }])
    }
    const participant =
      participantId === null
        ? null
        : await req.payload
            .findByID({ collection: 'participants', id: participantId, depth: 0, req, user, overrideAccess: !user })
            .catch(() => null)
    if (!participant) throw new Forbidden(req.t)
    participantCode = participant.code ?? null
    const participantWorkplace = idOf(participant.workplace)
    if (user && hasRole(user, 'work-supervisor')) {
      // Only participants at the supervisor's own workplace, whatever the request names.
      const own = idOf(asDoorstartUser(user)?.workplace)
      if (own === null || !isSameId(own, participantWorkplace)) throw new Forbidden(req.t)
      next.workplace = own
    } else {
      next.workplace = idOf(data.workplace) ?? participantWorkplace
    }
    next.centre = idOf(participant.centre)
    if (user) {
      next.observer = user.id
      next.observerRole = OBSERVER_ROLE_OF_USER[asDoorstartUser(user)?.role as keyof typeof OBSERVER_ROLE_OF_USER] ?? 'coach'
    } else {
      next.observerRole = data.observerRole ?? 'supervisor'
    }
  }

  const errors: { path: string; message: { nl: string; en: string } }[] = []
  const observedOn = dayOf(next.observedOn)
  if (next.observedOn !== undefined && observedOn === null) {
    errors.push({ path: 'observedOn', message: { nl: 'Datum: kies een datum die bestaat.', en: 'Date: pick a date that exists.' } })
  } else if (observedOn !== null) {
    if (observedOn > todayInAmsterdam()) {
      errors.push({ path: 'observedOn', message: { nl: 'Datum: mag niet in de toekomst liggen.', en: 'Date: cannot be in the future.' } })
    }
    next.observedOn = storedDay(observedOn)
  }
  const positive = next.positive ?? originalDoc?.positive
  const level = next.level ?? originalDoc?.level
  if ((positive === undefined || positive === null) && (level === undefined || level === null)) {
    errors.push({ path: 'level', message: { nl: 'Niveau: kies een niveau of geef aan of het goed ging.', en: 'Level: pick a level or say whether it went well.' } })
  }
  let goalTitle: string | null | undefined
  if (data.learningGoal !== undefined) {
    const goalId = idOf(data.learningGoal)
    // Built-in goals and the centre's own, as far as the writer may read them.
    const goal =
      goalId === null
        ? null
        : await req.payload
            .findByID({ collection: 'learning-goals', id: goalId, depth: 0, req, user, overrideAccess: !user })
            .catch(() => null)
    goalTitle = (goal as { displayTitle?: string | null } | null)?.displayTitle
    const goalCentre = idOf(goal?.centre)
    if (!goal || (goalCentre !== null && !isSameId(goalCentre, next.centre ?? originalDoc?.centre))) {
      errors.push({ path: 'learningGoal', message: { nl: 'Leerdoel: onbekend leerdoel.', en: 'Learning goal: unknown learning goal.' } })
    }
  }
  if (errors.length > 0) throw fieldError(req, 'observations', errors)
  if (goalTitle === undefined) {
    const goalId = idOf(originalDoc?.learningGoal)
    const goal = goalId === null ? null : await req.payload.findByID({ collection: 'learning-goals', id: goalId, depth: 0, overrideAccess: true, req, select: { displayTitle: true } }).catch(() => null)
    goalTitle = (goal as { displayTitle?: string | null } | null)?.displayTitle
  }
  if (participantCode === undefined) participantCode = await participantCodeOf(req, next.participant ?? originalDoc?.participant)
  next.displayTitle = recordTitle(participantCode, goalTitle, next.observedOn ?? originalDoc?.observedOn)
  return next
}
