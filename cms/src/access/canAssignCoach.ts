import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'

/**
 * Who a participant's coach is decides who reads their special-category notes, so changing it is
 * a centre-admin action (admins too): on an update the field is ignored for everyone else.
 */
export const canChangeCoach: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'centre-admin')

/**
 * On create, staff name the coach (checked against the fitting coaches of the centre); nothing is
 * read through it yet, and the notes are only written by the coach named.
 */
export const canSetCoachOnCreate: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'centre-admin', 'coach')
