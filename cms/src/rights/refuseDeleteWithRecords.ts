import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { findParticipantDocuments } from './eraseParticipant'

const MESSAGE = {
  nl: 'Deze deelnemer heeft nog trajecten of andere gegevens. Gebruik "Gegevens wissen (AVG)": dat verwijdert de persoonsgegevens overal en laat de tellingen staan.',
  en: 'This participant still has trajectories or other records. Use "Erase data (GDPR)": it removes the personal data everywhere and keeps the counts.',
}

/**
 * Deleting a participant whose trajectories, assessments or referrals still point at them used to
 * fail on a not-null constraint ("Something went wrong."); now it says what to do instead.
 */
export const refuseDeleteWithRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const documents = await findParticipantDocuments(req.payload, id, req)
  if (Object.values(documents).some((ids) => ids.length > 0)) {
    throw new APIError(MESSAGE[req.i18n?.language === 'en' ? 'en' : 'nl'], 409, undefined, true)
  }
}
