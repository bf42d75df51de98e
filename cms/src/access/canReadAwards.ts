import type { Access, AccessResult } from 'payload'
import { asDoorstartUser } from './DoorstartUser'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { idOf } from './idOf'
import { scopeForCentreStaff } from './scopeForCentreStaff'

/**
 * Awards (certificates) are read by the staff of their centre: admins all, centre admins and
 * coaches their centre's (coaches only their caseload's when the centre says so), work
 * supervisors those of participants at their workplace (to approve them). Policy viewers: none.
 */
export const canReadAwards: Access = async ({ req }): Promise<AccessResult> => {
  const staff = await scopeForCentreStaff(req)
  if (staff !== null) return staff
  const { user } = req
  const centre = centreIdOf(user)
  if (hasRole(user, 'work-supervisor') && centre !== null) {
    const workplace = idOf(asDoorstartUser(user)?.workplace)
    return workplace === null ? false : { and: [{ centre: { equals: centre } }, { atWorkplace: { equals: workplace } }] }
  }
  return false
}
