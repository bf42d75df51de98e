import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/**
 * Non-personal data of a centre (workplaces, curricula, media): every signed-in user of that centre
 * reads it; admins read all.
 */
export const canReadOwnCentre: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  return centre === null ? false : { centre: { equals: centre } }
}
