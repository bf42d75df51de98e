import type { DoorstartUser, Role } from './DoorstartUser'

/** Whether the user (the server's `req.user`, or the admin's client-side user) has one of the given roles. */
export const hasRole = (user: Pick<DoorstartUser, 'role'> | null | undefined, ...roles: readonly Role[]): boolean => {
  const role = user?.role
  return role !== null && role !== undefined && roles.includes(role)
}
