import type { Access, AccessResult, Where } from 'payload'
import { asDoorstartUser } from './DoorstartUser'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { idOf } from './idOf'
import { scopeForCentreStaff } from './scopeForCentreStaff'

const supervisorScope = (user: Parameters<typeof centreIdOf>[0], own: boolean): AccessResult => {
  const centre = centreIdOf(user)
  const workplace = idOf(asDoorstartUser(user)?.workplace)
  if (!user || centre === null || workplace === null) return false
  const scope: Where[] = [{ centre: { equals: centre } }, { workplace: { equals: workplace } }]
  return { and: own ? [...scope, { observer: { equals: user.id } }] : scope }
}

/**
 * Reading observations: centre staff as for participants (coaches through the participant's
 * coach when the centre keeps caseloads); work supervisors only observations at their own
 * workplace. Policy viewers: none.
 */
export const canReadObservations: Access = async ({ req }): Promise<AccessResult> => {
  const staff = await scopeForCentreStaff(req, { coachPath: 'participant.coach' })
  if (staff !== null) return staff
  return hasRole(req.user, 'work-supervisor') ? supervisorScope(req.user, false) : false
}

/** Changing observations: centre staff in scope; a work supervisor only their own, at their workplace. */
export const canUpdateObservations: Access = async ({ req }): Promise<AccessResult> => {
  const staff = await scopeForCentreStaff(req, { coachPath: 'participant.coach' })
  if (staff !== null) return staff
  return hasRole(req.user, 'work-supervisor') ? supervisorScope(req.user, true) : false
}
