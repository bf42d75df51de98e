import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/**
 * Update and delete of a centre's reference data (workplaces, ladders, learning goals, curricula,
 * media): centre admins change their own centre's documents, admins everything. Moving a document
 * to another centre is refused by the `centre` field and the `enforceOwnCentre` hook.
 */
export const canManageOwnCentre: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  return hasRole(user, 'centre-admin') && centre !== null ? { centre: { equals: centre } } : false
}
