import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'

/** Role, centre and workplace of a user: set by admins and centre admins, never by the user. */
export const canManageStaffFields: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'centre-admin')
