import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/** The centres collection itself: a centre admin may change their own centre's settings. */
export const isCentreAdminOfCentre: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  return hasRole(user, 'centre-admin') && centre !== null ? { id: { equals: centre } } : false
}
