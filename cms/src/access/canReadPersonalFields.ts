import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'

/** Personal (not work-related) fields of a participant: hidden from work supervisors. */
export const canReadPersonalFields: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'centre-admin', 'coach')
