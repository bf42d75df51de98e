import type { ClientUser, CollectionConfig } from 'payload'
import { hasRole } from '../access/hasRole'
import type { User } from '../payload-types'

/**
 * The collections a work supervisor works with at the workplace: participants, their observations
 * and the certificates they approve, and their own account. Everything else (centres, ladders,
 * curricula, media…) stays readable through the API where access allows, but is left out of their
 * menu and admin routes: on a phone between tasks, a menu of fifteen items hides the one they need.
 */
const SUPERVISOR_MENU: ReadonlySet<string> = new Set(['participants', 'observations', 'awards', 'users'])

type Hidden = NonNullable<CollectionConfig['admin']>['hidden']

// Payload types the admin's user loosely (ClientUser: any field at all); it is the saved User.
const roleOf = (user: ClientUser): Pick<User, 'role'> => ({ role: user.role })

const hiddenFor = (slug: string, hidden: Hidden) => ({ user }: { user: ClientUser }): boolean => {
  if (typeof hidden === 'function' ? hidden({ user }) : hidden) return true
  return hasRole(roleOf(user), 'work-supervisor') && !SUPERVISOR_MENU.has(slug)
}

/** Gives every collection the admin menu of the signed-in user's role. */
export const menuByRole = (collections: readonly CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    admin: { ...collection.admin, hidden: hiddenFor(collection.slug, collection.admin?.hidden) },
  }))
