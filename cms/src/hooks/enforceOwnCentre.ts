import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { idOf, isSameId } from '../access/idOf'

/**
 * Keeps every non-admin write inside the writer's centre: fills in the centre on create and
 * refuses a create or update that names another centre (e.g. sent straight to the REST API).
 * Local API calls without a user (seed, migrations) are trusted.
 */
export const enforceOwnCentre =
  (options: { allowBuiltin?: boolean } = {}): CollectionBeforeChangeHook =>
  ({ data, req, operation, originalDoc }) => {
    const { user } = req
    if (!user || hasRole(user, 'admin')) return data
    const own = centreIdOf(user)
    if (own === null) throw new Forbidden(req.t)
    const requested = data.centre !== undefined ? data.centre : originalDoc?.centre
    if (operation === 'create' && (requested === undefined || requested === null)) {
      return { ...data, centre: own }
    }
    if (idOf(requested) === null && options.allowBuiltin && operation === 'update') {
      // A built-in (centre-less) document is only writable by admins; access already refused others.
      throw new Forbidden(req.t)
    }
    if (!isSameId(requested, own)) throw new Forbidden(req.t)
    return data
  }
