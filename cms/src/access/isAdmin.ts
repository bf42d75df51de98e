import type { Access, FieldAccess } from 'payload'
import { hasRole } from './hasRole'

/** Platform admins: the only role that crosses centres. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
