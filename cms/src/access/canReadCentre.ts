import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/** Every user reads their own centre; admins read all centres. */
export const canReadCentre: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  return centre === null ? false : { id: { equals: centre } }
}
