import type { TypedUser } from 'payload'

/** The roles a user can have; one per user. */
export const ROLES = ['admin', 'centre-admin', 'coach', 'work-supervisor', 'policy-viewer'] as const
export type Role = (typeof ROLES)[number]

/** A relationship value as Payload hands it over: an id, a populated document, or nothing. */
export type RelationValue = number | string | { id: number | string } | null | undefined

/** The fields of a signed-in user that access decisions read. */
export interface DoorstartUser {
  id: number | string
  collection?: string
  role?: Role | null
  centre?: RelationValue
  workplace?: RelationValue
}

/** Narrows Payload's user to the fields access decisions use. */
export const asDoorstartUser = (user: TypedUser | null | undefined): DoorstartUser | null =>
  (user as unknown as DoorstartUser | null | undefined) ?? null
