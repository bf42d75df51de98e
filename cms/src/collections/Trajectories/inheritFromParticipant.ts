import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../access/idOf'

/**
 * A trajectory belongs to its participant's centre and, unless set, to the participant's coach.
 * The participant is looked up with the writer's own access, so a participant the writer may not
 * see (another centre, another caseload) is refused as if it did not exist.
 */
export const inheritFromParticipant: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const participantId = idOf(data.participant !== undefined ? data.participant : originalDoc?.participant)
  const participant =
    participantId === null
      ? null
      : await req.payload
          .findByID({
            collection: 'participants',
            id: participantId,
            depth: 0,
            req,
            user: req.user,
            overrideAccess: !req.user,
          })
          .catch(() => null)
  if (!participant) {
    throw new ValidationError(
      { collection: 'trajectories', errors: [{ path: 'participant', message: req.i18n?.language === 'en' ? 'Unknown participant (participant-not-found).' : 'Onbekende deelnemer (participant-not-found).' }], req },
      req.t,
    )
  }
  return {
    ...data,
    centre: idOf(participant.centre),
    coach: idOf((data.coach ?? originalDoc?.coach ?? participant.coach)),
  }
}
