import type { Access } from 'payload'
import type { RelationValue, Role } from './DoorstartUser'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { isSameId } from './idOf'

/**
 * Creates by the given roles, only in their own centre (admins anywhere). A request naming another
 * centre's id is refused here, on the server, whatever the admin UI offered.
 */
export const canCreateInOwnCentre =
  (...roles: readonly Role[]): Access<{ centre?: RelationValue }> =>
  ({ req: { user }, data }) => {
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, ...roles)) return false
    const centre = centreIdOf(user)
    if (centre === null) return false
    const requested = data?.centre
    return requested === undefined || requested === null || isSameId(requested, centre)
  }
