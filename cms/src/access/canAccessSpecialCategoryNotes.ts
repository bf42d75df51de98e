import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'
import type { RelationValue } from './DoorstartUser'
import { isSameId } from './idOf'
import { coachBeforeWrite } from '../collections/Participants/rememberCoach'
import type { Participant } from '../payload-types'

/**
 * Special-category data (health, addiction, justice; GDPR art. 9/10): readable and writable only
 * by the participant's current coach. Not platform admins, centre admins, colleagues or
 * supervisors. "Current" is the coach stored before the request: a write that changes the coach
 * (a centre-admin action) never hands the notes to anyone in its response.
 */
export const canAccessSpecialCategoryNotes: FieldAccess<Participant> = ({ req, id, doc, data }) => {
  const { user } = req
  if (!user || !hasRole(user, 'coach')) return false
  const stored = coachBeforeWrite(req, id ?? doc?.id)
  const coach: RelationValue = stored !== undefined ? stored : (doc?.coach ?? data?.coach)
  return isSameId(coach, user.id)
}
