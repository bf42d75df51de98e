import type { TypedUser } from 'payload'
import type { User } from '../payload-types'

/** The roles a user can have; one per user. */
export const ROLES = ['admin', 'centre-admin', 'coach', 'work-supervisor', 'policy-viewer'] as const
export type Role = (typeof ROLES)[number]

/** A relationship value as Payload hands it over: an id, a populated document, or nothing. */
export type RelationValue = number | string | { id: number | string } | null | undefined

/** The fields of a signed-in user that access decisions read (from the generated `User`). */
export type DoorstartUser = Pick<User, 'id'> & Partial<Pick<User, 'role' | 'centre' | 'workplace'>> & { collection?: string }

/** Narrows Payload's user to the fields access decisions use. */
export const asDoorstartUser = (user: TypedUser | null | undefined): DoorstartUser | null => user ?? null
