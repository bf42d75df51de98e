import type { Access, AccessResult } from 'payload'
import { asDoorstartUser } from './DoorstartUser'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { idOf } from './idOf'
import { scopeForCentreStaff } from './scopeForCentreStaff'

/**
 * Read and update of participants. Coaches: their centre's participants, or only their own
 * caseload when the centre says so. Work supervisors: only participants placed at their
 * workplace (field access then hides everything but work-related fields). Policy viewers: none.
 */
export const canAccessParticipants: Access = async ({ req }): Promise<AccessResult> => {
  const staff = await scopeForCentreStaff(req)
  if (staff !== null) return staff
  const { user } = req
  const centre = centreIdOf(user)
  if (hasRole(user, 'work-supervisor') && centre !== null) {
    const workplace = idOf(asDoorstartUser(user)?.workplace)
    return workplace === null
      ? false
      : { and: [{ centre: { equals: centre } }, { workplace: { equals: workplace } }] }
  }
  return false
}
