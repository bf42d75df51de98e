import type { Payload, TypedUser } from 'payload'
import type { Id, UserRef } from './types'

/** A user's name for display: their name, else the part of the e-mail address before the @. */
export const nameOfUser = (user: { id: Id; name?: string | null; email?: string | null }): UserRef => ({
  id: user.id,
  name: user.name || (user.email ? user.email.split('@')[0]! : String(user.id)),
})

/** Users by id, as far as the signed-in user may read them (others are left out). */
export const usersById = async (payload: Payload, user: TypedUser, ids: readonly (Id | null)[]): Promise<Map<string, UserRef>> => {
  const wanted = [...new Set(ids.filter((id): id is Id => id !== null).map(String))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload
    .find({ collection: 'users', where: { id: { in: wanted } }, pagination: false, depth: 0, user, overrideAccess: false, select: { name: true, email: true } })
    .catch(() => ({ docs: [] }))
  return new Map(docs.map((doc) => [String(doc.id), nameOfUser(doc)]))
}

/** `dd-mm-jjjj` for a `YYYY-MM-DD` day, for messages. */
export const formatDay = (day: string): string => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`
