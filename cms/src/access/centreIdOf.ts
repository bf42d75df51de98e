import type { TypedUser } from 'payload'
import { asDoorstartUser } from './DoorstartUser'
import { idOf } from './idOf'

/** The centre a user belongs to, or `null` (admins need none). */
export const centreIdOf = (user: TypedUser | null | undefined): number | string | null =>
  idOf(asDoorstartUser(user)?.centre)
