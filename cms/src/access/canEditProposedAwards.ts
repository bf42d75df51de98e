import type { Access, AccessResult, Where } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { scopeForCentreStaff } from './scopeForCentreStaff'

const proposed: Where = { status: { equals: 'proposed' } }

/**
 * An award can be edited only while it is a proposal, by the centre's coaches and centre admins
 * (coaches within their caseload when the centre says so). Once approved it is the issuance
 * record: only the approve and revoke actions change it.
 */
export const canEditProposedAwards: Access = async ({ req }): Promise<AccessResult> => {
  if (!hasRole(req.user, 'admin', 'centre-admin', 'coach')) return false
  const scope = await scopeForCentreStaff(req)
  if (scope === null || scope === false) return false
  return scope === true ? proposed : { and: [scope as Where, proposed] }
}

/** Withdrawing a proposal: centre admins of its centre (admins any); issued awards are revoked instead. */
export const canDeleteProposedAwards: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return proposed
  const centre = centreIdOf(user)
  return hasRole(user, 'centre-admin') && centre !== null ? { and: [{ centre: { equals: centre } }, proposed] } : false
}
