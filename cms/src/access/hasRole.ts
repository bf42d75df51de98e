import type { TypedUser } from 'payload'
import { asDoorstartUser, type Role } from './DoorstartUser'

/** Whether the user has one of the given roles. */
export const hasRole = (user: TypedUser | null | undefined, ...roles: readonly Role[]): boolean => {
  const role = asDoorstartUser(user)?.role
  return role !== null && role !== undefined && roles.includes(role)
}
