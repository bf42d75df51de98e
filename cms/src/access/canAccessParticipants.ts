import type { Access, AccessResult } from 'payload'
import { asDoorstartUser } from './DoorstartUser'
import { centreIdOf } from './centreIdOf'
import { getCentreSettings } from './getCentreSettings'
import { hasRole } from './hasRole'
import { idOf } from './idOf'

/**
 * Read and update of participants. Coaches: their centre's participants, or only their own
 * caseload when the centre says so. Work supervisors: only participants placed at their
 * workplace (field access then hides everything but work-related fields). Policy viewers: none.
 */
export const canAccessParticipants: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (!user || centre === null) return false
  if (hasRole(user, 'centre-admin')) return { centre: { equals: centre } }
  if (hasRole(user, 'coach')) {
    const { caseloadOnly } = await getCentreSettings(req, centre)
    return caseloadOnly
      ? { and: [{ centre: { equals: centre } }, { coach: { equals: user.id } }] }
      : { centre: { equals: centre } }
  }
  if (hasRole(user, 'work-supervisor')) {
    const workplace = idOf(asDoorstartUser(user)?.workplace)
    return workplace === null
      ? false
      : { and: [{ centre: { equals: centre } }, { workplace: { equals: workplace } }] }
  }
  return false
}
